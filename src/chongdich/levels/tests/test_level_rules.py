"""The rules of DOMAIN.md §1, pinned: every [C] threshold and matrix cell, and the
reconstructed ones as they stand. No database."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pytest

from chongdich.epi.level_reasons import assess_records
from chongdich.epi.level_rules import (
    COLORS,
    NOTICE_HOURS,
    QD218,
    QD4800,
    LevelInputError,
    apply_overrides,
    get_rule_set,
    rule_set_in_force,
)
from chongdich.epi.levels import UnitInputs, assess, assess_one

POP = 100_000  # so that cases in a week equal the rate per 100,000


def unit(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "u",
        "population": POP,
        "cases_7d": 0,
        "community_cases_7d": 0,
        "deaths_7d": 0,
        "adult_first_dose_pct": 90.0,
        "age50_full_pct": 90.0,
        "population_full_pct": 90.0,
        "high_risk_full_pct": 95.0,
        "capacity_met": True,
        "free_beds_per_100k": 50.0,
        "previous_level": None,
    }
    return {**base, **kw}


def one(rule_set: Any = QD4800, **kw: Any) -> dict[str, Any]:
    return assess_records([unit(**kw)], rule_set)[0]


def test_four_levels_and_colours_of_nq128() -> None:
    assert COLORS == {1: "xanh", 2: "vàng", 3: "cam", 4: "đỏ"}


def test_rule_set_in_force_follows_the_signing_dates() -> None:
    assert rule_set_in_force(dt.date(2021, 10, 12)) is QD4800
    assert rule_set_in_force(dt.date(2022, 1, 26)) is QD4800
    assert rule_set_in_force(dt.date(2022, 1, 27)) is QD218
    with pytest.raises(LevelInputError, match="no epidemic-level rule set before"):
        rule_set_in_force(dt.date(2021, 10, 11))
    with pytest.raises(LevelInputError, match="unknown rule set 'QD9999'"):
        get_rule_set("QD9999", dt.date(2021, 11, 1))


@pytest.mark.parametrize(
    ("community_cases", "band"),
    [(0, 1), (19.99, 1), (20, 2), (49.99, 2), (50, 3), (149.99, 3), (150, 4), (10_000, 4)],
)
def test_qd4800_criterion_1_bands(community_cases: float, band: int) -> None:
    # Mức 1 is 0 to < 20 [C], 20 to < 50 [S], 50 to < 150 [S], ≥ 150 [C].
    result = one(cases_7d=community_cases, community_cases_7d=community_cases)
    assert result["band"] == band
    assert result["cases_per_100k_week"] == pytest.approx(community_cases, abs=0.01)


def test_qd4800_thresholds_carry_their_tags() -> None:
    assert [(c.value, c.tag) for c in QD4800.incidence_cuts] == [
        (20, "C"),
        (50, "S"),
        (150, "C"),
    ]
    assert dict(QD4800.coverage_rules)["adult_first_dose_pct"].value == 70
    assert dict(QD4800.coverage_rules)["age50_full_pct"].value == 80
    assert QD4800.capacity_rule.tag == "C"


def test_qd4800_counts_community_cases_only() -> None:
    # Cases found in quarantine or lockdown are excluded [C].
    assert one(cases_7d=200, community_cases_7d=10)["band"] == 1


@pytest.mark.parametrize(
    ("band_cases", "met", "level"),
    [
        (0, True, 1), (0, False, 2),
        (30, True, 2), (30, False, 3),
        (100, True, 3), (100, False, 4),
        (200, True, 3), (200, False, 4),
    ],
)  # fmt: skip
def test_qd4800_matrix(band_cases: int, met: bool, level: int) -> None:
    pct = 90.0 if met else 50.0
    result = one(cases_7d=band_cases, community_cases_7d=band_cases, adult_first_dose_pct=pct)
    assert (result["level"], result["color"], result["evidence"]) == (level, COLORS[level], "R")


@pytest.mark.parametrize(
    ("first_dose", "age50_full", "met"),
    [(70, 80, True), (69.99, 80, False), (70, 79.99, False), (None, 90, False)],
)
def test_qd4800_coverage_needs_both_minimums(
    first_dose: float | None, age50_full: float, met: bool
) -> None:
    result = one(adult_first_dose_pct=first_dose, age50_full_pct=age50_full)
    assert result["coverage_met"] is met
    if first_dose is None:
        assert any("counted as not met" in r for r in result["reasons"])


def test_qd4800_unmet_capacity_keeps_the_level() -> None:
    # "the pandemic risk level shall remain the same" [C]: no lowering while criterion 3 fails.
    held = one(previous_level=4, capacity_met=False)
    assert (held["level"], held["held_by_capacity"]) == (4, True)
    assert one(previous_level=4, capacity_met=True)["level"] == 1
    assert one(previous_level=4, capacity_met=None)["level"] == 4  # no data counts as not met
    # Raising is never blocked.
    assert (
        one(previous_level=1, capacity_met=False, cases_7d=200, community_cases_7d=200)["level"]
        == 3
    )


def test_window_of_14_days_halved() -> None:
    rs = apply_overrides(QD4800, {"window": "14d_half", "numerator": "all_cases"}, "t")
    result = assess_records([unit(cases_14d=60, cases_7d=0)], rs)[0]
    assert result["cases_per_100k_week"] == 30.0
    with pytest.raises(LevelInputError, match="cases_14d is required"):
        assess_records([unit()], rs)


def test_missing_community_count_falls_back_to_all_cases() -> None:
    result = one(cases_7d=60, community_cases_7d=None)
    assert result["band"] == 3
    assert any("all cases used" in r for r in result["reasons"])


# --- QĐ 218 -----------------------------------------------------------------------------------


def test_qd218_confirmed_matrix_cells() -> None:
    # HCMC DoH (Thanh Niên, 02/2022): transmission 2 × medium → 2; transmission 3 × high → 2.
    assert (QD218.matrix[1][1].level, QD218.matrix[1][1].tag) == (2, "C")
    assert (QD218.matrix[2][0].level, QD218.matrix[2][0].tag) == (2, "C")
    reconstructed = [[c.level for c in row] for row in QD218.matrix]
    assert reconstructed == [[1, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4, 4]]


def test_qd218_counts_all_cases_and_very_high_is_above_600() -> None:
    assert QD218.numerator == "all_cases" and QD218.numerator_rule.tag == "C"
    assert one(QD218, cases_7d=600.5, community_cases_7d=0)["band"] == 4
    at_600 = one(QD218, cases_7d=600, community_cases_7d=0)
    assert at_600["band"] == 3 and at_600["band_min"] == 1  # lower cut-points [?]
    assert at_600["level_is_range"] and "incidence_cuts[0]" in at_600["needs_configuration"]


def test_qd218_never_invents_the_unknown_cut_points() -> None:
    assert [c.value for c in QD218.incidence_cuts] == [None, None, 600]
    assert all(c.value is None for c in (QD218.oxygen_cuts or ()))
    result = one(QD218, cases_7d=10, free_beds_per_100k=50)
    # Transmission 1..3 with high capacity: level 1..2; shown as 2 with the range.
    assert (result["level_min"], result["level"], result["evidence"]) == (1, 2, "?")
    configured = apply_overrides(QD218, {"incidence_cuts": [20, 150, "default"]}, "t")
    result = assess_records([unit(cases_7d=10)], configured)[0]
    assert (result["level"], result["level_is_range"], result["transmission"]) == (1, False, 1)


@pytest.mark.parametrize(("beds", "capacity"), [(30.01, "high"), (30, "medium"), (10, "medium"),
                                                (9.99, "low"), (None, "low")])  # fmt: skip
def test_qd218_free_beds_bands(beds: float | None, capacity: str) -> None:
    # 3b: high > 30, medium 10–30, low < 10 [C text, R pairing]; no data counts as low.
    assert one(QD218, cases_7d=700, free_beds_per_100k=beds)["capacity"] == capacity


def test_qd218_deaths_above_6_per_100k_add_one() -> None:
    rs = apply_overrides(QD218, {"incidence_cuts": [20, 150, "default"]}, "t")
    assert assess_records([unit(deaths_7d=6)], rs)[0]["transmission"] == 1
    assert assess_records([unit(deaths_7d=7)], rs)[0]["transmission"] == 2


def test_qd218_unmet_vaccination_adds_one() -> None:
    rs = apply_overrides(QD218, {"incidence_cuts": [20, 150, "default"]}, "t")
    assert (
        assess_records([unit(population_full_pct=75, high_risk_full_pct=90)], rs)[0]["transmission"]
        == 1
    )
    assert assess_records([unit(population_full_pct=74.9)], rs)[0]["transmission"] == 2
    assert assess_records([unit(high_risk_full_pct=89.9)], rs)[0]["transmission"] == 2
    very_high = assess_records([unit(cases_7d=700, population_full_pct=10)], rs)[0]
    assert very_high["transmission"] == 4  # capped at 4


# --- Inputs, overrides, the vectorised path ---------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"population": -5}, "population must be a positive"),
        ({"population": 0}, "population must be a positive"),
        ({"adult_first_dose_pct": 101}, "adult_first_dose_pct must be a percentage"),
        ({"age50_full_pct": -1}, "age50_full_pct must be a percentage"),
        ({"cases_7d": -1}, "cases_7d must not be negative"),
        ({"previous_level": 5}, "previous_level must be 1, 2, 3 or 4"),
        ({"capacity_met": 1}, "capacity_met must be true, false or null"),
        ({"cases_7d": "many"}, "cases_7d must be a number or null"),
        ({"cases_7d": 5, "community_cases_7d": 6}, "community_cases_7d exceeds cases_7d"),
    ],
)
def test_invalid_input_is_refused_naming_the_unit_and_field(
    bad: dict[str, Any], message: str
) -> None:
    with pytest.raises(LevelInputError, match=message) as err:
        assess_records([unit(id="xa-1", **bad)], QD4800)
    assert "'xa-1'" in str(err.value) or "cases_7d must be a number" in str(err.value)


def test_overrides_are_checked_and_tagged_as_the_provinces() -> None:
    rs = apply_overrides(QD4800, {"matrix": [[1, 2], [2, 3], [3, 4], [4, "default"]]}, "95v1")
    assert rs.label == "QD4800@95v1" and rs.overridden == ("matrix",)
    assert (rs.matrix[3][0].level, rs.matrix[3][0].tag) == (4, "C")
    assert one(rs, cases_7d=200, community_cases_7d=200)["level"] == 4
    for changes, message in [
        ({"thresholds": 1}, "cannot override thresholds"),
        ({"incidence_cuts": [50, 20, 150]}, "must increase"),
        ({"window": "30d"}, "window must be"),
        ({"matrix": [[5, 1]] * 4}, "matrix\\[0\\]\\[0\\] must be a level"),
        ({"coverage": {"adult_first_dose_pct": 120}}, "must be 0–100"),
    ]:
        with pytest.raises(LevelInputError, match=message):
            apply_overrides(QD4800, changes, "x")


def test_province_adjustment_is_clamped() -> None:
    rs = apply_overrides(QD4800, {"province_adjustment": 1}, "t")
    assert one(rs)["level"] == 2
    assert one(rs, cases_7d=500, community_cases_7d=500, adult_first_dose_pct=1)["level"] == 4


@pytest.mark.parametrize("rule_set", [QD4800, QD218], ids=["QD4800", "QD218"])
def test_vectorised_assessment_equals_the_per_unit_rules(rule_set: Any) -> None:
    rng = np.random.default_rng(7)
    n = 3000
    records = []
    for i in range(n):
        cases = float(rng.choice([0, 5, 19, 20, 49, 50, 149, 150, 600, 601, 2000]))
        records.append(
            {
                "population": float(rng.choice([1000, 16_000, 100_000])) / 1000 * 1000,
                "cases_7d": cases * rng.choice([0.01, 0.1, 1.0]),
                "community_cases_7d": None if i % 7 == 0 else 0.0,
                "deaths_7d": None if i % 5 == 0 else float(rng.integers(0, 3)),
                "adult_first_dose_pct": None if i % 11 == 0 else float(rng.uniform(50, 100)),
                "age50_full_pct": float(rng.uniform(60, 100)),
                "population_full_pct": float(rng.uniform(60, 100)),
                "high_risk_full_pct": None if i % 13 == 0 else float(rng.uniform(80, 100)),
                "capacity_met": [True, False, None][i % 3],
                "free_beds_per_100k": None if i % 17 == 0 else float(rng.uniform(0, 50)),
                "previous_level": [None, 1, 2, 3, 4][i % 5],
            }
        )
    result = assess(UnitInputs.from_records(records), rule_set)
    for i, rec in enumerate(records):
        expected = assess_one(rec, rule_set)
        got = {
            "level_min": int(result.level_min[i]),
            "level_max": int(result.level_max[i]),
            "band_min": int(result.band_min[i]),
            "band_max": int(result.band_max[i]),
            "held": bool(result.held[i]),
            "evidence": "?RSC"[int(result.evidence[i])],
        }
        assert got == {k: expected[k] for k in got}, (i, rec)


def test_notice_period_is_48_hours() -> None:
    assert NOTICE_HOURS == 48
