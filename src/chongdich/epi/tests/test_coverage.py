"""Coverage from a dose table: hand-computed values, the loop reference, roll-ups, estimates."""

from __future__ import annotations

import numpy as np
import pytest

from chongdich.epi.coverage import (
    AGE_GROUPS,
    CENSUS_2019_SHARES,
    CoverageInputError,
    DoseTable,
    coverage_as_of,
    coverage_by_loop,
    estimate_age_populations,
    roll_up,
)


def _table(rows: list[tuple[int, int, int, int, float]]) -> DoseTable:
    a = np.array(rows, dtype=np.float64).reshape(-1, 5)
    i = a[:, :4].astype(np.int64)
    return DoseTable(i[:, 0], i[:, 1], i[:, 2], i[:, 3], a[:, 4])


POP = np.array([[100, 50, 400, 150, 50], [0, 0, 1000, 0, 0]], dtype=np.float64)


def test_it_computes_the_four_indicators_by_hand() -> None:
    doses = _table(
        [
            (0, 1, 2, 1, 280),  # 280 adults 18-49, first dose, day 1
            (0, 3, 3, 1, 100),  # 50-64 first dose, day 3
            (0, 5, 3, 2, 120),  # 50-64 second dose, day 5
            (0, 5, 4, 2, 40),  # 65+ second dose, day 5
            (0, 6, 1, 1, 30),  # 12-17: not adults
            (0, 6, 2, 3, 99),  # boosters change nothing
        ]
    )
    cov = coverage_as_of(doses, POP, np.array([2, 5, 6]), n_units=2)
    pct = cov.percentages()
    assert pct["adult_first_dose_pct"][0].tolist() == pytest.approx(
        [280 / 600 * 100, 380 / 6, 380 / 6]
    )
    assert pct["age50_full_pct"][0].tolist() == pytest.approx([0, 80, 80])
    assert pct["population_full_pct"][0].tolist() == pytest.approx([0, 160 / 7.5, 160 / 7.5])
    assert pct["high_risk_full_pct"][0].tolist() == pytest.approx([0, 80, 80])
    # Unit 1 has no one over 50: that indicator is unknown, not zero.
    assert np.isnan(pct["age50_full_pct"][1]).all()


def test_doses_after_the_last_date_are_ignored_and_coverage_is_capped() -> None:
    doses = _table([(1, 10, 2, 1, 5000), (1, 30, 2, 1, 1)])
    pct = coverage_as_of(doses, POP, np.array([10, 20]), n_units=2).percentages()
    assert pct["adult_first_dose_pct"][1].tolist() == [100.0, 100.0]


def test_it_agrees_with_the_per_unit_loop() -> None:
    rng = np.random.default_rng(7)
    n, units = 5000, 40
    doses = DoseTable(
        rng.integers(0, units, n),
        rng.integers(0, 200, n),
        rng.integers(0, 5, n),
        rng.integers(1, 4, n),
        rng.integers(1, 50, n).astype(np.float64),
    )
    pop = rng.integers(100, 5000, (units, 5)).astype(np.float64)
    days = np.arange(6, 200, 7)
    fast = coverage_as_of(doses, pop, days, n_units=units)
    slow = coverage_by_loop(doses, pop, days, n_units=units)
    for name in ("adult_first", "age50_full", "all_full"):
        np.testing.assert_allclose(getattr(fast, name), getattr(slow, name))


def test_roll_up_weighs_units_by_population() -> None:
    doses = _table([(0, 0, 2, 1, 400), (1, 0, 2, 1, 0)])
    cov = coverage_as_of(doses, POP, np.array([0]), n_units=2)
    total = roll_up(cov, np.array([0, 0]), 1).percentages()
    # 400 of 600 + 1000 adults, not the mean of 66.7 % and 0 %.
    assert total["adult_first_dose_pct"][0, 0] == pytest.approx(25.0)


@pytest.mark.parametrize(
    ("doses", "message"),
    [
        (_table([(5, 0, 2, 1, 1)]), "unit index"),
        (_table([(0, 0, 7, 1, 1)]), "age group"),
        (_table([(0, 0, 2, 4, 1)]), "dose number"),
        (_table([(0, 0, 2, 1, -1)]), "negative"),
    ],
)
def test_it_refuses_bad_rows(doses: DoseTable, message: str) -> None:
    with pytest.raises(CoverageInputError, match=message):
        coverage_as_of(doses, POP, np.array([1]), n_units=2)


def test_it_refuses_unsorted_dates() -> None:
    with pytest.raises(CoverageInputError, match="ascending"):
        coverage_as_of(_table([]), POP, np.array([5, 2]), n_units=2)


def test_estimated_age_groups_add_up_to_the_total() -> None:
    parts = estimate_age_populations(907_236)  # Bạc Liêu, GSO 2020
    assert sum(parts) == 907_236
    assert len(parts) == len(AGE_GROUPS)
    adults = sum(parts[2:]) / 907_236 * 100
    assert adults == pytest.approx(sum(CENSUS_2019_SHARES[2:]), abs=0.01)
    with pytest.raises(CoverageInputError):
        estimate_age_populations(100, (50.0, 50.0))
