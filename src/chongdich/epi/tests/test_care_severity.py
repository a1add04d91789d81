"""Clinical severity, pinned at every cut-point of DOMAIN.md §2 and either side of it."""

from __future__ import annotations

import pytest

from .care_fixtures import ON_261, ON_4038, adult, child, one


@pytest.mark.parametrize(
    ("rr", "severity"),
    [
        (19, "asymptomatic"),  # QĐ 4689: mild RR < 20
        (20, "moderate"),  # RR exactly 20 is moderate (20–25)
        (21, "moderate"),
        (25, "moderate"),
        (26, "severe"),  # > 25
        (30, "severe"),
        (31, "critical"),  # > 30 [R]
        (10, "asymptomatic"),
        (9, "critical"),  # < 10 [R]
    ],
)
def test_adult_respiratory_rate_cut_points(rr: float, severity: str) -> None:
    for on in (ON_4038, ON_261):
        assert one(adult(respiratory_rate=rr), on).severity == severity


@pytest.mark.parametrize(
    ("spo2", "severity"),
    [
        (97, "asymptomatic"),  # mild only above 96
        (96.5, "asymptomatic"),
        (96, "moderate"),  # 96 % is moderate
        (95, "moderate"),
        (94, "moderate"),
        (93.9, "severe"),  # < 94
        (93, "severe"),
    ],
)
def test_adult_spo2_cut_points(spo2: float, severity: str) -> None:
    assert one(adult(spo2=spo2), ON_4038).severity == severity


def test_symptoms_make_a_patient_mild_and_dyspnoea_moderate() -> None:
    assert one(adult(symptoms=("fever", "cough"))).severity == "mild"
    assert one(adult(symptoms=("dyspnoea",))).severity == "moderate"
    assert one(adult(symptoms=("cyanosis",))).severity == "severe"
    assert one(adult(symptoms=("confusion",))).severity == "critical"


def test_hypotension_is_critical_by_reconstruction() -> None:
    assert one(adult(systolic=89, diastolic=50)).severity == "critical"
    t = one(adult(systolic=90, diastolic=60))
    assert t.severity == "asymptomatic"
    r = next(
        r for r in one(adult(systolic=89, diastolic=50)).reasons if r.code == "severity.systolic"
    )
    assert r.evidence.startswith("[R]")


def test_worst_row_decides() -> None:
    assert one(adult(respiratory_rate=22, spo2=93)).severity == "severe"


def test_missing_readings_are_unknown_not_normal() -> None:
    t = one(adult(respiratory_rate=None, spo2=None))
    codes = {r.code for r in t.reasons}
    assert {"severity.respiratory_rate_unknown", "severity.spo2_unknown"} <= codes
    assert "severity.none" not in codes
    assert not t.home_eligible
    assert {"respiratory_rate_unknown", "spo2_unknown"} <= set(t.unmet)
    assert t.action == "notify_station"


def test_qd250_keeps_4689_cut_points_tagged_reconstructed() -> None:
    t = one(adult(respiratory_rate=20), ON_261)
    assert t.rule_set.startswith("QD250/")
    assert next(r for r in t.reasons if r.code == "severity.respiratory_rate").evidence[:3] == "[R]"
    t = one(adult(respiratory_rate=20), ON_4038)
    assert t.rule_set.startswith("QD4689/")
    assert next(r for r in t.reasons if r.code == "severity.respiratory_rate").evidence[:3] == "[C]"


@pytest.mark.parametrize(
    ("spo2", "severity"),
    [
        (97, "asymptomatic"),
        (96, "asymptomatic"),  # QĐ 5155: mild SpO₂ ≥ 96 % (adults: 96 is moderate)
        (95.9, "moderate"),
        (95, "moderate"),  # 94–95 %
        (94, "moderate"),
        (93, "severe"),  # below the moderate band [R]
    ],
)
def test_child_spo2_cut_points(spo2: float, severity: str) -> None:
    assert one(child(3, spo2=spo2)).severity == severity


@pytest.mark.parametrize(
    ("years", "months", "rr", "severity"),
    [
        (0, 1, 59, "asymptomatic"),  # < 2 months: fast breathing ≥ 60
        (0, 1, 60, "moderate"),
        (0, 1, 61, "moderate"),
        (0, 2, 55, "moderate"),  # 2–11 months: ≥ 50, so 55 is fast at 2 months...
        (0, 1, 55, "asymptomatic"),  # ...but not at 1 month (≥ 60)
        (0, 2, 49, "asymptomatic"),
        (0, 2, 50, "moderate"),
        (0, 11, 51, "moderate"),
        (1, None, 45, "moderate"),  # 1–5 years: ≥ 40
        (0, 11, 45, "asymptomatic"),
        (1, None, 39, "asymptomatic"),
        (1, None, 40, "moderate"),
        (5, None, 41, "moderate"),
        (5, None, 39, "asymptomatic"),
    ],
)
def test_child_fast_breathing_by_age(
    years: int, months: int | None, rr: float, severity: str
) -> None:
    assert one(child(years, months, respiratory_rate=rr)).severity == severity


def test_child_of_six_has_no_fast_breathing_cut_point_and_says_so() -> None:
    t = one(child(6, respiratory_rate=45))
    assert t.severity == "asymptomatic"
    r = next(r for r in t.reasons if r.code == "severity.respiratory_rate_cut_not_set")
    assert r.evidence.startswith("[?]")


def test_infant_without_months_is_unknown_between_the_two_cut_points() -> None:
    assert one(child(0, None, respiratory_rate=61)).severity == "moderate"
    t = one(child(0, None, respiratory_rate=55))
    assert t.severity == "asymptomatic"
    assert "severity.respiratory_rate_cut_not_set" in {r.code for r in t.reasons}


def test_children_rule_set_before_qd5155_is_reconstructed() -> None:
    import datetime as dt

    t = one(child(3, spo2=95), dt.date(2021, 10, 20))
    assert t.severity == "moderate"
    assert next(r for r in t.reasons if r.code == "severity.spo2").evidence.startswith("[R]")
    t = one(child(3, spo2=95), ON_4038)
    assert next(r for r in t.reasons if r.code == "severity.spo2").evidence.startswith("[C]")


def test_sixteen_is_an_adult() -> None:
    assert one(child(15, spo2=96)).severity == "asymptomatic"
    assert one(adult(age_years=16, spo2=96)).severity == "moderate"


def test_unknown_age_uses_adult_cut_points_and_says_so() -> None:
    t = one(adult(age_years=None, spo2=96))
    assert t.severity == "moderate"
    assert "severity.age_unknown" in {r.code for r in t.reasons}
    assert "severity.age_unknown" not in {r.code for r in one(adult()).reasons}
