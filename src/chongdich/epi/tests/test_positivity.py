"""Positivity and its Wilson interval, against values computed by hand and by R."""

from __future__ import annotations

import pytest

from chongdich.epi.positivity import positivity


def test_rate_and_wilson_interval_match_the_reference() -> None:
    # R: binom::binom.wilson(3, 4) -> 0.3006418 0.9544127; prop.test(..., correct=FALSE)
    small = positivity(4, 3)
    assert small.rate == 0.75
    assert small.low == pytest.approx(0.3006418, abs=1e-6)
    assert small.high == pytest.approx(0.9544127, abs=1e-6)
    large = positivity(4000, 3000)
    assert large.rate == 0.75 and large.high - large.low < 0.03


def test_edges() -> None:
    none = positivity(0, 0)
    assert (none.rate, none.low, none.high) == (None, None, None)
    zero = positivity(10, 0)
    assert zero.rate == 0 and zero.low == pytest.approx(0) and 0.2 < zero.high < 0.35
    allpos = positivity(10, 10)
    assert allpos.high == pytest.approx(1) and 0.65 < allpos.low < 0.75


@pytest.mark.parametrize(("tested", "positive"), [(-1, 0), (3, 4), (5, -2)])
def test_impossible_counts_are_refused(tested: int, positive: int) -> None:
    with pytest.raises(ValueError):
        positivity(tested, positive)
