"""Home-care eligibility, pinned at the cut-points of DOMAIN.md §3.1, §3.2 and §5.2."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from chongdich.epi.care import triage

from .care_fixtures import ON_261, ON_4038, adult, child, one

UNVACCINATED = {"doses": 0, "last_dose_on": None}


@pytest.mark.parametrize(
    ("on", "rr", "ok"),
    [
        (ON_4038, 19, True),
        (ON_4038, 20, False),  # QĐ 4038 allows RR ≤ 20, but RR 20 is moderate (QĐ 4689)...
        (ON_4038, 21, False),
        (ON_261, 19, True),
        (ON_261, 20, False),  # QĐ 261: RR < 20
        (ON_261, 21, False),
    ],
)
def test_respiratory_rate_criterion(on: dt.date, rr: float, ok: bool) -> None:
    t = one(adult(respiratory_rate=rr), on)
    assert t.home_eligible is ok
    if on == ON_4038 and rr == 20:
        # ...so only severity fails; the RR criterion itself is met.
        assert "severity" in t.unmet and "respiratory_rate" not in t.unmet
    if on == ON_4038 and rr == 21:
        assert "respiratory_rate" in t.unmet


@pytest.mark.parametrize(
    ("on", "spo2", "criterion_met"),
    [
        (ON_4038, 97, True),
        (ON_4038, 96, True),  # QĐ 4038: SpO₂ ≥ 96 %
        (ON_4038, 95, False),
        (ON_261, 97, True),
        (ON_261, 96, False),  # QĐ 261: SpO₂ > 96 %
        (ON_261, 95, False),
    ],
)
def test_spo2_criterion(on: dt.date, spo2: float, criterion_met: bool) -> None:
    t = one(adult(spo2=spo2), on)
    assert ("spo2" not in t.unmet) is criterion_met


def test_abnormal_breathing_is_unmet() -> None:
    assert "abnormal_breathing" in one(adult(symptoms=("dyspnoea",))).unmet


@pytest.mark.parametrize(
    ("days", "ok"),
    [(13, False), (14, True), (15, True)],  # QĐ 4038: one dose given ≥ 14 days earlier
)
def test_qd4038_one_dose_fourteen_days(days: int, ok: bool) -> None:
    p = adult(age_years=60, doses=1, last_dose_on=ON_4038 - dt.timedelta(days=days))
    assert one(p, ON_4038).home_eligible is ok


def test_qd4038_two_doses_whatever_the_risk() -> None:
    p = adult(age_years=70, comorbidities=("diabetes",), doses=2)
    assert one(p, ON_4038).home_eligible


@pytest.mark.parametrize(
    ("years", "ok"),
    [(0, False), (1, True), (2, True), (49, True), (50, False), (51, False)],
)
def test_qd4038_low_risk_age_over_1_under_50(years: int, ok: bool) -> None:
    p = adult(age_years=years, **UNVACCINATED)
    if years < 16:
        p = child(years, **UNVACCINATED)
    t = one(p, ON_4038)
    assert ("vaccination_or_low_risk" not in t.unmet) is ok


def test_qd4038_low_risk_needs_no_comorbidity_and_not_pregnant() -> None:
    assert one(adult(**UNVACCINATED), ON_4038).home_eligible
    for change in ({"comorbidities": ("asthma",)}, {"obese": True}, {"pregnant": True}):
        t = one(adult(**UNVACCINATED, **change), ON_4038)
        assert t.unmet == ("vaccination_or_low_risk",)
        assert t.action == "transfer" and t.tier == "1"


def test_qd4038_unknown_vaccination_and_pregnancy_is_unknown() -> None:
    t = one(adult(age_years=60, doses=None, last_dose_on=None), ON_4038)
    assert t.unmet == ("vaccination_or_low_risk_unknown",)
    assert t.action == "notify_station"


def test_qd261_drops_the_age_and_vaccine_gates_but_needs_stable_comorbidity() -> None:
    p = adult(age_years=70, comorbidities=("diabetes",), **UNVACCINATED)
    assert not one(p, ON_4038).home_eligible
    assert one(p, ON_261).unmet == ("comorbidity_stability_unknown",)
    assert one(dataclasses.replace(p, comorbidities_stable=True), ON_261).home_eligible
    t = one(dataclasses.replace(p, comorbidities_stable=False), ON_261)
    assert t.unmet == ("comorbidity_not_stable",)


def test_list_codes_of_the_comorbidity_module_are_accepted() -> None:
    contract = one(adult(comorbidities=("chronic_kidney",), **UNVACCINATED), ON_4038)
    stored = one(adult(comorbidities=("kidney",), **UNVACCINATED), ON_4038)
    assert contract.unmet == stored.unmet == ("vaccination_or_low_risk",)


@pytest.mark.parametrize(
    ("self_care", "caregiver", "phone", "unmet"),
    [
        (True, None, True, ()),
        (False, True, True, ()),
        (False, False, True, ("self_care",)),
        (False, None, True, ("self_care_unknown",)),
        (None, None, True, ("self_care_unknown",)),
        (True, None, False, ("phone",)),
        (True, None, None, ("phone_unknown",)),
    ],
)
def test_self_care_and_phone(
    self_care: bool | None, caregiver: bool | None, phone: bool | None, unmet: tuple[str, ...]
) -> None:
    p = adult(can_self_care=self_care, has_caregiver=caregiver, has_phone=phone)
    assert one(p).unmet == unmet


# --- HCMC (province 79) ---------------------------------------------------------------------

HCMC_V14 = dt.date(2021, 9, 15)
HCMC_V16 = dt.date(2021, 12, 15)


@pytest.mark.parametrize(
    ("years", "ok"), [(0, False), (1, True), (49, True), (50, True), (51, False)]
)
def test_hcmc_low_risk_age_1_to_50(years: int, ok: bool) -> None:
    p = child(years, **UNVACCINATED) if years < 16 else adult(age_years=years, **UNVACCINATED)
    for on in (HCMC_V14, HCMC_V16):
        t = one(p, on, province="79")
        assert t.home_eligible is ok, (years, on, t.unmet)
    # Nationally (QĐ 4038) 50 is already too old.
    assert one(adult(age_years=50, **UNVACCINATED), HCMC_V16).home_eligible is False


def test_hcmc_rule_sets_by_date_and_province() -> None:
    # Before QĐ 4689 (06/10/2021), QĐ 3416 was in force (its cut-points taken as 4689's).
    assert one(adult(), HCMC_V14, "79").rule_set == "QD3416/HCM6002/QD4038"
    assert one(adult(), HCMC_V16, "79").rule_set == "QD4689/HCM8728/QD4038"
    assert one(adult(), HCMC_V16, "95").rule_set == "QD4689/QD4038/QD4038"
    assert one(adult(), ON_261, "79").rule_set == "QD250/QD261/QD261"
    # v1.4 started on 25/08/2021; on 24/08 HCMC followed QĐ 4038.
    assert "QD4038/" in one(adult(), dt.date(2021, 8, 24), "79").rule_set


def test_hcmc_needs_obesity_known() -> None:
    t = one(adult(age_years=60, obese=None, **UNVACCINATED), HCMC_V14, "79")
    assert t.unmet == ("vaccination_or_low_risk",)
    t = one(adult(obese=None, **UNVACCINATED), HCMC_V14, "79")
    assert t.unmet == ("vaccination_or_low_risk_unknown",)


def test_hcmc_v14_vaccinated_person_with_comorbidity_may_stay_home() -> None:
    p = adult(age_years=60, comorbidities=("hypertension",), doses=2)
    assert one(p, HCMC_V14, "79").home_eligible


def test_hcmc_v16_needs_stable_comorbidity_and_vaccination() -> None:
    base = {"age_years": 60, "comorbidities": ("hypertension",)}
    assert not one(adult(**base, doses=2, comorbidities_stable=False), HCMC_V16, "79").home_eligible
    assert one(adult(**base, doses=2, comorbidities_stable=True), HCMC_V16, "79").home_eligible
    t = one(adult(**base, **UNVACCINATED, comorbidities_stable=True), HCMC_V16, "79")
    assert t.unmet == ("vaccination_or_low_risk",)
    # The input cannot show the household, so the reasons ask for it to be checked.
    assert "home.household_not_assessed" in {r.code for r in t.reasons}


def test_one_dose_fourteen_days_in_hcmc() -> None:
    p = adult(age_years=60, doses=1, last_dose_on=HCMC_V16 - dt.timedelta(days=14))
    assert one(p, HCMC_V16, "79").home_eligible
    p = adult(age_years=60, doses=1, last_dose_on=HCMC_V16 - dt.timedelta(days=13))
    assert not one(p, HCMC_V16, "79").home_eligible


def test_children_are_judged_on_fast_breathing_not_the_adult_limit() -> None:
    assert one(child(3, respiratory_rate=30), ON_261).home_eligible
    assert "respiratory_rate" in one(child(3, respiratory_rate=40), ON_261).unmet
    assert "respiratory_rate" in one(child(8, respiratory_rate=30), ON_261).unmet
    assert one(child(8, respiratory_rate=29), ON_261).home_eligible


def test_many_patients_at_once_keep_their_order() -> None:
    ps = [adult(id=str(i), spo2=90 + i) for i in range(9)]
    out = triage(ps, as_of=ON_261)
    assert [t.id for t in out] == [str(i) for i in range(9)]
    assert [t.home_eligible for t in out] == [False] * 7 + [True] * 2
