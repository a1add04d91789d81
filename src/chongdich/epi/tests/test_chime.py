"""The CHIME mode against the figures CHIME v1.1.5's own test-suite asserts.

Inputs: CHIME's test parameters (``tests/conftest.py`` fixture ``param``); the expected
values are those of ``tests/penn_chime/model/test_sir.py`` in CodeForPhilly/chime.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from chongdich.epi.chime import ChimeParameters, Disposition, run_chime, simulate_sir

CURRENT = dt.date(2020, 3, 28)


def chime_test_params() -> ChimeParameters:
    return ChimeParameters(
        population=500000,
        current_hospitalized=100,
        doubling_time=6.0,
        hospitalized=Disposition(rate=0.05, days=7),
        icu=Disposition(rate=0.02, days=9),
        ventilated=Disposition(rate=0.01, days=10),
        infectious_days=14,
        market_share=0.05,
        mitigation_date=CURRENT,
        n_days=60,
        recovered=0,
        relative_contact_rate=0.15,
        current_date=CURRENT,
    )


def test_it_reproduces_chimes_model_figures() -> None:
    r = run_chime(chime_test_params())
    assert r.i_day == 43
    assert r.intrinsic_growth_rate == pytest.approx(0.12246204830937302, rel=1e-15)
    assert r.r_t == pytest.approx(2.307298374881539, rel=1e-14)
    assert r.r_naught == pytest.approx(2.7144686763312222, rel=1e-14)
    assert r.doubling_time_t == pytest.approx(7.764405988534983, rel=1e-14)
    assert abs(r.beta - 4.21501347256401e-07) < 1e-7  # CHIME's EPSILON
    c = r.columns
    assert round(c["infected"][r.i_day]) == 45810
    assert len(c["day"]) == 104
    assert c["susceptible"][0] == 499600.0
    assert round(c["infected"][1]) == 449
    assert round(c["recovered"][30]) == 7083
    assert round(c["susceptible"][-1]) == 83391
    assert r.dates[0] == dt.date(2020, 2, 14)
    assert [c["ever_hospitalized"][0], c["ever_icu"][0], c["ever_ventilated"][0]] == pytest.approx(
        [1.0, 0.4, 0.2]
    )
    assert r.dates[60] == dt.date(2020, 4, 14)
    got = [c["day"][60], c["ever_hospitalized"][60], c["ever_icu"][60], c["ever_ventilated"][60]]
    assert [round(v) for v in got] == [17, 549, 220, 110]


def test_admissions_add_up_to_the_ever_hospitalised() -> None:
    p = chime_test_params()
    c = run_chime(p).columns
    admits = np.nancumsum(c["admits_hospitalized"])
    expected = p.market_share * p.hospitalized.rate * (c["infected"] + c["recovered"]) - 1.0
    assert np.all(np.abs(admits[1:-1] - expected[1:-1]) < 0.1)


def test_fit_from_the_date_of_first_hospitalisation() -> None:
    p = dataclasses.replace(
        chime_test_params(), doubling_time=None, date_first_hospitalized=CURRENT - dt.timedelta(43)
    )
    r = run_chime(p)
    assert abs(r.intrinsic_growth_rate - 0.123) / 0.123 < 0.01
    assert abs(r.r_t - 2.32) / 2.32 < 0.01
    assert abs(r.r_naught - 2.72) / 2.72 < 0.01
    assert abs(r.doubling_time_t - 7.71) / 7.71 < 0.01


def test_sim_sir_matches_chimes_contrived_example() -> None:
    raw = simulate_sir(5, 6, 7, 0.1, 0, [(0.1, 40)])
    assert round(raw["infected"][-1], 2) == 0.18
    assert round(raw["recovered"][-1], 2) == 17.82


def test_it_needs_exactly_one_way_to_fit() -> None:
    with pytest.raises(ValueError, match="exactly one of doubling_time"):
        dataclasses.replace(chime_test_params(), date_first_hospitalized=dt.date(2020, 3, 1))
    with pytest.raises(ValueError, match="market_share must be in"):
        dataclasses.replace(chime_test_params(), market_share=1.5)
