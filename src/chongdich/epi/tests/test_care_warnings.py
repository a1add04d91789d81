"""Warning signs, pinned at every cut-point of DOMAIN.md §3.4 and either side of it."""

from __future__ import annotations

import pytest

from .care_fixtures import ON_261, ON_528, ON_4038, adult, child, one


@pytest.mark.parametrize(
    ("field", "value", "warning"),
    [
        ("respiratory_rate", 19, None),
        ("respiratory_rate", 20, "respiratory_rate_high"),  # QĐ 261: adult RR ≥ 20
        ("respiratory_rate", 21, "respiratory_rate_high"),
        ("spo2", 97, None),
        ("spo2", 96, "spo2_low"),  # SpO₂ ≤ 96 %
        ("spo2", 95, "spo2_low"),
        ("pulse", 119, None),
        ("pulse", 120, None),
        ("pulse", 121, "pulse_high"),  # pulse > 120
        ("pulse", 51, None),
        ("pulse", 50, None),
        ("pulse", 49, "pulse_low"),  # pulse < 50
        ("systolic", 91, None),
        ("systolic", 90, None),
        ("systolic", 89, "blood_pressure_low"),  # systolic < 90
        ("diastolic", 61, None),
        ("diastolic", 60, None),
        ("diastolic", 59, "blood_pressure_low"),  # diastolic < 60
    ],
)
def test_qd261_adult_cut_points(field: str, value: float, warning: str | None) -> None:
    t = one(adult(**{field: value}), ON_261)
    assert (warning in t.warnings) if warning else not t.warnings


@pytest.mark.parametrize(
    ("field", "value", "warning"),
    [
        ("respiratory_rate", 20, None),
        ("respiratory_rate", 21, "respiratory_rate_high"),  # QĐ 4038 [S]: RR ≥ 21
        ("respiratory_rate", 22, "respiratory_rate_high"),
        ("spo2", 96, None),
        ("spo2", 95, "spo2_low"),  # SpO₂ ≤ 95 % [S]
        ("spo2", 94, "spo2_low"),
    ],
)
def test_qd4038_looser_cut_points(field: str, value: float, warning: str | None) -> None:
    t = one(adult(**{field: value}), ON_4038)
    assert (warning in t.warnings) if warning else not t.warnings
    if warning:
        r = next(r for r in t.reasons if r.code == f"warning.{warning}")
        assert r.evidence.startswith("[S] QĐ 4038")


@pytest.mark.parametrize(
    ("years", "rr", "warned"),
    [
        (1, 39, False),
        (1, 40, True),  # child 1 to < 5 years: RR ≥ 40
        (4, 41, True),
        (5, 39, True),  # 5 to < 12 years: RR ≥ 30
        (5, 30, True),
        (5, 29, False),
        (11, 30, True),
        (12, 29, True),  # 12 and over: the adults' RR ≥ 20
        (12, 19, False),
    ],
)
def test_qd261_child_breathing_rates(years: int, rr: float, warned: bool) -> None:
    t = one(child(years, respiratory_rate=rr), ON_261)
    assert ("respiratory_rate_high" in t.warnings) is warned


@pytest.mark.parametrize(
    ("years", "months", "rr", "warned"),
    [
        (0, 1, 59, False),
        (0, 1, 60, True),  # QĐ 528: < 2 months ≥ 60
        (0, 2, 49, False),
        (0, 2, 50, True),  # 2 to < 12 months ≥ 50
        (0, 11, 51, True),
        (1, None, 39, False),
        (1, None, 40, True),  # 12 months to < 5 years ≥ 40
        (4, None, 40, True),
    ],
)
def test_qd528_fast_breathing(years: int, months: int | None, rr: float, warned: bool) -> None:
    t = one(child(years, months, respiratory_rate=rr), ON_528)
    assert ("respiratory_rate_high" in t.warnings) is warned
    assert t.rule_set.endswith("QD261+QD528")


@pytest.mark.parametrize(("spo2", "warned"), [(97, False), (96, False), (95.9, True), (95, True)])
def test_qd528_child_spo2_below_96(spo2: float, warned: bool) -> None:
    assert ("spo2_low" in one(child(3, spo2=spo2), ON_528).warnings) is warned
    # Before QĐ 528 the children follow QĐ 261's SpO₂ ≤ 96 %.
    assert ("spo2_low" in one(child(3, spo2=spo2), ON_261).warnings) is (spo2 <= 96)


def test_symptom_signs() -> None:
    for s in ("dyspnoea", "chest_pain", "confusion", "cyanosis", "cannot_drink"):
        assert s in one(adult(symptoms=(s,)), ON_261).warnings
    assert not one(adult(symptoms=("vomiting", "diarrhoea", "fatigue")), ON_261).warnings
    # Children: vomiting (QĐ 261); QĐ 528 adds diarrhoea and fatigue from 5 years.
    assert one(child(3, symptoms=("vomiting",)), ON_261).warnings == ("vomiting",)
    assert one(child(8, symptoms=("diarrhoea", "fatigue")), ON_528).warnings == (
        "diarrhoea",
        "fatigue",
    )
    assert not one(child(3, symptoms=("diarrhoea",)), ON_528).warnings


def test_pulse_and_pressure_are_not_applied_to_young_children() -> None:
    assert not one(child(3, pulse=130, systolic=85, diastolic=50), ON_261).warnings


def test_a_warning_on_a_mild_patient_notifies_the_station() -> None:
    t = one(adult(pulse=130, symptoms=("fever",)), ON_261)
    assert t.severity == "mild" and t.warnings == ("pulse_high",)
    assert t.action == "notify_station"
