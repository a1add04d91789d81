"""Medicine packs (DOMAIN.md §5.4), end of isolation (§3.5) and F0 risk groups (§5.1)."""

from __future__ import annotations

import datetime as dt

import pytest

from chongdich.epi.care import isolation_end, medicine_packs, risk_group
from chongdich.epi.care.medicines import PackSuggestion

from .care_fixtures import ON_261, adult


def packs(**kw: object) -> dict[str, PackSuggestion]:
    province = kw.pop("province", None)
    p = adult(**kw)  # type: ignore[arg-type]
    return {s.pack: s for s in medicine_packs(p, as_of=ON_261, province=province)}  # type: ignore[arg-type]


@pytest.mark.parametrize(("years", "suggested"), [(17, False), (18, True), (19, True)])
def test_pack_a_for_home_patients_aged_18_or_over(years: int, suggested: bool) -> None:
    a = packs(age_years=years, symptoms=("fever",))["A"]
    assert a.suggested is suggested and a.days == 7


def test_pack_a_not_for_a_patient_not_eligible_for_home() -> None:
    assert not packs(has_phone=False)["A"].suggested
    assert "38 °C" in packs(province="01")["A"].contents_en
    assert "38.5 °C" in packs(province="79")["A"].contents_en


@pytest.mark.parametrize(
    ("field", "value", "suggested"),
    [
        ("respiratory_rate", 20, False),
        ("respiratory_rate", 21, True),  # pack B: resting RR > 20
        ("spo2", 96, False),
        ("spo2", 95, False),
        ("spo2", 94, True),  # SpO₂ < 95 %
    ],
)
def test_pack_b_on_early_respiratory_compromise(field: str, value: float, suggested: bool) -> None:
    b = packs(**{field: value})["B"]
    assert b.suggested is suggested
    assert "doctor_unreachable" in b.to_check


def test_pack_b_contraindications_and_self_use_days_by_province() -> None:
    b = packs(symptoms=("dyspnoea",), pregnant=True)["B"]
    assert not b.suggested and b.contraindications == ("pregnant",)
    b = packs(symptoms=("dyspnoea",), comorbidities=("liver_disease", "diabetes"))["B"]
    assert b.suggested and b.cautions == ("liver_disease",)
    assert packs(spo2=90, province="79")["B"].days == 3
    assert packs(spo2=90, province="01")["B"].days == 7
    b = packs(spo2=90, province="95")["B"]
    assert b.days is None and any(c.code == "pack.self_use_days.not_set" for c in b.conditions)


@pytest.mark.parametrize(("years", "suggested"), [(17, False), (18, True), (65, True), (66, False)])
def test_pack_c_molnupiravir_mild_aged_18_to_65(years: int, suggested: bool) -> None:
    c = packs(age_years=years, symptoms=("cough",))["C"]
    assert c.suggested is suggested and c.days == 5
    assert "signed_consent" in c.to_check


def test_pack_c_not_for_asymptomatic_or_pregnant() -> None:
    assert not packs()["C"].suggested
    assert not packs(symptoms=("cough",), pregnant=True)["C"].suggested


# --- End of isolation ----------------------------------------------------------------------

POS = dt.date(2022, 2, 1)


def days(n: int) -> dt.date:
    return POS + dt.timedelta(days=n)


def test_qd250_negative_on_day_7_releases() -> None:
    r = isolation_end(positive_on=POS, as_of=days(6), fully_vaccinated=True)
    assert (r.rule, r.status, r.test_on) == ("QD250", "isolating", days(7))
    r = isolation_end(positive_on=POS, as_of=days(7), fully_vaccinated=True)
    assert r.status == "test_due"
    r = isolation_end(
        positive_on=POS, as_of=days(7), fully_vaccinated=True, antigen_tests=[(days(7), True)]
    )
    assert (r.status, r.ends_on) == ("released", days(7))
    # A test before day 7 does not count.
    r = isolation_end(
        positive_on=POS, as_of=days(7), fully_vaccinated=True, antigen_tests=[(days(6), True)]
    )
    assert r.status == "test_due"


@pytest.mark.parametrize(("vaccinated", "end_day"), [(True, 10), (False, 14)])
def test_qd250_positive_on_day_7_runs_to_day_10_or_14(vaccinated: bool, end_day: int) -> None:
    tests = [(days(7), False)]
    before = isolation_end(
        positive_on=POS, as_of=days(end_day - 1), fully_vaccinated=vaccinated, antigen_tests=tests
    )
    assert (before.status, before.ends_on) == ("isolating", days(end_day))
    on = isolation_end(
        positive_on=POS, as_of=days(end_day), fully_vaccinated=vaccinated, antigen_tests=tests
    )
    assert (on.status, on.ends_on) == ("released", days(end_day))


def test_qd250_unknown_vaccination_is_not_guessed() -> None:
    tests = [(days(7), False)]
    r = isolation_end(positive_on=POS, as_of=days(10), fully_vaccinated=None, antigen_tests=tests)
    assert (r.status, r.ends_on) == ("isolating", None)
    r = isolation_end(positive_on=POS, as_of=days(14), fully_vaccinated=None, antigen_tests=tests)
    assert r.status == "released"


def test_ten_days_and_a_negative_test_from_28_december_2021() -> None:
    pos = dt.date(2022, 1, 5)
    r = isolation_end(positive_on=pos, as_of=dt.date(2022, 1, 14), fully_vaccinated=True)
    assert (r.rule, r.status, r.test_on) == ("MOH-2021-12-28", "isolating", dt.date(2022, 1, 15))
    r = isolation_end(
        positive_on=pos,
        as_of=dt.date(2022, 1, 16),
        fully_vaccinated=True,
        antigen_tests=[(dt.date(2022, 1, 15), False)],
    )
    assert r.status == "test_due" and r.reasons[0].evidence.startswith("[?]")
    r = isolation_end(
        positive_on=pos,
        as_of=dt.date(2022, 1, 16),
        fully_vaccinated=True,
        antigen_tests=[(dt.date(2022, 1, 15), False), (dt.date(2022, 1, 16), True)],
    )
    assert (r.status, r.ends_on) == ("released", dt.date(2022, 1, 16))


def test_hai_phong_variant_and_no_rule_before_28_december() -> None:
    pos = dt.date(2022, 1, 5)
    r = isolation_end(
        positive_on=pos,
        as_of=dt.date(2022, 1, 20),
        fully_vaccinated=True,
        antigen_tests=[(dt.date(2022, 1, 15), False)],
        province="31",
    )
    assert (r.rule, r.ends_on) == ("HP-2022-01", dt.date(2022, 1, 22))
    r = isolation_end(
        positive_on=dt.date(2021, 12, 1), as_of=dt.date(2021, 12, 20), fully_vaccinated=True
    )
    assert (r.rule, r.status) == (None, "unknown")


# --- Risk groups ---------------------------------------------------------------------------

ON_3646 = dt.date(2021, 9, 1)


@pytest.mark.parametrize(("years", "group"), [(44, "green"), (45, "green"), (46, "unknown")])
def test_green_by_age_45_without_comorbidity(years: int, group: str) -> None:
    p = adult(age_years=years, doses=0, last_dose_on=None, spo2=96)
    assert risk_group(p, as_of=ON_3646).group == group


@pytest.mark.parametrize(("days_before", "group"), [(11, "unknown"), (12, "green"), (13, "green")])
def test_green_by_two_doses_12_days_before_the_test(days_before: int, group: str) -> None:
    p = adult(age_years=60, doses=2, last_dose_on=ON_3646 - dt.timedelta(days=days_before), spo2=96)
    assert risk_group(p, as_of=ON_3646, positive_on=ON_3646).group == group


@pytest.mark.parametrize(("spo2", "group"), [(96, "unknown"), (97, "green"), (98, "green")])
def test_green_by_spo2_97_without_signs(spo2: float, group: str) -> None:
    p = adult(age_years=60, doses=0, last_dose_on=None, spo2=spo2)
    assert risk_group(p, as_of=ON_3646).group == group


def test_qd5525_groups_are_not_invented() -> None:
    g = risk_group(adult(), as_of=dt.date(2021, 12, 1))
    assert (g.group, g.rule) == ("unknown", "QD5525")
    assert g.reasons[0].evidence.startswith("[?]")
