"""Tiered demand: census from admissions and lengths of stay, and days to breach."""

from __future__ import annotations

import numpy as np
import pytest

from chongdich.epi import demand


def params(**kw: float) -> demand.DemandParameters:
    return demand.DemandParameters().with_overrides(kw)


def test_steady_cases_give_census_equal_to_share_times_stay() -> None:
    p = params()
    d = demand.project_demand(np.full(40, 100.0), np.full((3, 14), 100.0), p)
    # 100 new F0 a day, 11% to tier 2 for 14 days: 154 tier-2 patients every day.
    np.testing.assert_allclose(d.census["tier2"], 100 * 0.11 * 14)
    np.testing.assert_allclose(d.census["home"], 100 * 0.60 * 10)
    tier3 = 100 * 0.04 * 21
    np.testing.assert_allclose(d.need["icu_beds"], tier3 * 0.5)
    oxygen = 154 * 0.5 * 5 + tier3 * 0.5 * 10 + tier3 * 0.5 * 30
    np.testing.assert_allclose(d.need["oxygen_lpm"], oxygen)


def test_patients_admitted_before_day_0_are_still_in_care() -> None:
    history = np.r_[np.zeros(30), np.full(10, 100.0)]
    d = demand.project_demand(history, np.zeros((1, 5)), params())
    # Tier 1 stays 10 days: the 10 last days' admissions leave one a day.
    np.testing.assert_allclose(d.census["tier1"][0], [225, 200, 175, 150, 125])


def test_the_breach_day_is_the_first_day_need_exceeds_capacity() -> None:
    growing = np.tile(np.arange(1.0, 29.0) * 10, (100, 1))  # 10, 20, ... new F0 a day
    d = demand.project_demand(np.zeros(30), growing, params())
    [b] = demand.days_to_breach(d, {"tier2_beds": 100})
    tier2 = d.need["tier2_beds"][0]
    first = int(np.argmax(tier2 > 100))
    assert (b.median_day, b.early_day, b.late_day, b.probability) == (first, first, first, 1.0)


def test_no_breach_within_the_horizon_is_none() -> None:
    d = demand.project_demand(np.zeros(30), np.ones((10, 28)), params())
    [b] = demand.days_to_breach(d, {"icu_beds": 1000})
    assert b.median_day is None and b.probability == 0.0


def test_resources_without_capacity_are_skipped() -> None:
    d = demand.project_demand(np.zeros(30), np.ones((10, 28)), params())
    assert [b.resource for b in demand.days_to_breach(d, {"staff": 5})] == ["staff"]


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"share_home": 0.7}, "sum to 1"),
        ({"days_tier2": 0}, "days_tier2"),
        ({"lpm_icu": -1}, "lpm_icu"),
        ({"ventilated_share_of_tier3": 0.9}, "ventilated share"),
        ({"beds": 3}, "unknown demand parameter"),
    ],
)
def test_bad_parameters_are_refused(override: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        params(**override)


def test_every_parameter_names_its_source_or_says_assumption() -> None:
    names = set(demand.DemandParameters().as_dict())
    assert names == set(demand.PARAMETER_SOURCES)
