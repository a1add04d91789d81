"""Tier (QĐ 4111), action, the contract's codes and the reading of its input."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from chongdich.epi.care import CareInputError, parse_patients, triage
from chongdich.epi.care.codes import (
    ACTIONS,
    COMORBIDITY_CODES,
    CONTRACT_COMORBIDITIES,
    SEVERITIES,
    SYMPTOMS,
    TIERS,
    UNMET,
    WARNINGS,
)
from chongdich.epi.comorbidities import CODES

from .care_fixtures import ON_261, adult, one


@pytest.mark.parametrize(
    ("patient", "severity", "tier", "action"),
    [
        (adult(), "asymptomatic", "home", "continue_home"),
        (adult(symptoms=("fever",)), "mild", "home", "continue_home"),
        (adult(symptoms=("fever",), has_phone=False), "mild", "1", "transfer"),
        (adult(spo2=95), "moderate", "2", "transfer"),
        (adult(respiratory_rate=26), "severe", "3", "transfer"),
        (adult(symptoms=("confusion",)), "critical", "3", "transfer"),
        (adult(pulse=45), "asymptomatic", "home", "notify_station"),
        (adult(spo2=None), "asymptomatic", "1", "notify_station"),
    ],
)
def test_tier_and_action(patient: Any, severity: str, tier: str, action: str) -> None:
    t = one(patient)
    assert (t.severity, t.tier, t.action) == (severity, tier, action)
    assert f"tier.{tier}" in {r.code for r in t.reasons}
    assert f"action.{action}" in {r.code for r in t.reasons}


def test_every_output_code_is_in_the_documented_lists() -> None:
    people = [
        adult(id="a"),
        adult(id="b", spo2=90, pulse=130, symptoms=tuple(SYMPTOMS)),
        adult(id="c", spo2=None, respiratory_rate=None, has_phone=None, doses=None),
    ]
    for t in triage(people, as_of=ON_261):
        assert t.severity in SEVERITIES and t.tier in TIERS and t.action in ACTIONS
        assert set(t.warnings) <= set(WARNINGS)
        assert set(t.unmet) <= set(UNMET)
        assert all(r.evidence.startswith(("[C]", "[S]", "[R]", "[?]")) for r in t.reasons)
        assert all(r.vi and r.en for r in t.reasons)


def test_contract_comorbidity_codes_cover_the_one_list_of_20() -> None:
    assert [c for c, _ in CONTRACT_COMORBIDITIES][:3] == ["diabetes", "chronic_lung", "cancer"]
    assert sorted(code for _, code in CONTRACT_COMORBIDITIES) == sorted(CODES)
    assert COMORBIDITY_CODES["lung"] == "chronic_lung"


def test_dates_outside_the_rules_are_refused() -> None:
    with pytest.raises(CareInputError) as err:
        triage([adult()], as_of=dt.date(2021, 8, 20))
    assert err.value.errors[0]["code"] == "before_rules"
    with pytest.raises(CareInputError) as err:
        triage([adult()], as_of=dt.date(2023, 6, 26))
    assert err.value.errors[0]["code"] == "after_rules"
    assert triage([adult()], as_of=dt.date(2021, 8, 21))[0].severity == "asymptomatic"


GOOD = {
    "as_of": "2022-02-10",
    "province": "79",
    "patients": [
        {
            "id": "p1",
            "age_years": 0,
            "age_months": 7,
            "pregnant": None,
            "obese": False,
            "comorbidities": ["chronic_lung", "kidney"],
            "comorbidities_stable": True,
            "doses": 2,
            "last_dose_on": "2021-11-02",
            "respiratory_rate": 30,
            "spo2": 97.5,
            "pulse": 110,
            "systolic": 100,
            "diastolic": 60,
            "symptoms": ["fever", "cough"],
            "can_self_care": False,
            "has_phone": True,
            "has_caregiver": True,
        },
        {"id": "p2"},
    ],
}


def test_parse_reads_every_contract_field() -> None:
    as_of, province, patients = parse_patients(GOOD)
    assert (as_of, province) == (dt.date(2022, 2, 10), "79")
    p = patients[0]
    assert p.age_in_months() == 7 and p.comorbidities == ("chronic_lung", "kidney")
    assert p.last_dose_on == dt.date(2021, 11, 2) and p.spo2 == 97.5
    assert patients[1].spo2 is None and patients[1].symptoms == ()


def _errors(payload: Any) -> list[tuple[str, str]]:
    with pytest.raises(CareInputError) as err:
        parse_patients(payload)
    for e in err.value.errors:
        assert e["message_vi"] and e["message_en"]
    return [(e["path"], e["code"]) for e in err.value.errors]


def test_parse_reports_every_problem_with_its_path() -> None:
    bad = {
        "as_of": "2022-02-10",
        "rule_set": "x",
        "patients": [
            {"id": "a", "spo2": "97", "colour": "red"},
            {"id": "b", "spo2": 101, "symptoms": ["flu"], "comorbidities": "diabetes"},
            {"id": "a", "pregnant": "no"},
            {"age_years": 3, "age_months": 4},
            {
                "id": "d",
                "doses": 1.5,
                "last_dose_on": "2022-03-01",
                "systolic": 80,
                "diastolic": 90,
            },
        ],
    }
    assert _errors(bad) == [
        ("rule_set", "unknown_field"),
        ("patients[0].colour", "unknown_field"),
        ("patients[0].spo2", "wrong_type"),
        ("patients[1].spo2", "out_of_range"),
        ("patients[1].comorbidities", "wrong_type"),
        ("patients[1].symptoms[0]", "unknown_code"),
        ("patients[2].pregnant", "wrong_type"),
        ("patients[2].id", "duplicate_id"),
        ("patients[3].id", "required"),
        ("patients[3].age_months", "inconsistent"),
        ("patients[4].doses", "wrong_type"),
        ("patients[4].last_dose_on", "future_date"),
        ("patients[4].diastolic", "inconsistent"),
    ]


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ([], [("", "wrong_type")]),
        ({"patients": []}, [("as_of", "required")]),
        ({"as_of": "10/02/2022", "patients": []}, [("as_of", "wrong_type")]),
        ({"as_of": "2021-01-01", "patients": []}, [("as_of", "before_rules")]),
        ({"as_of": "2022-02-10", "province": 79, "patients": []}, [("province", "wrong_type")]),
        ({"as_of": "2022-02-10", "patients": {}}, [("patients", "wrong_type")]),
        ({"as_of": "2022-02-10", "patients": [1]}, [("patients[0]", "wrong_type")]),
        (
            {"as_of": "2022-02-10", "patients": [{"id": "x", "doses": True}]},
            [("patients[0].doses", "wrong_type")],
        ),
    ],
)
def test_parse_refuses_bad_envelopes(payload: Any, expected: list[tuple[str, str]]) -> None:
    assert _errors(payload) == expected


def test_a_large_batch_leaves_the_cycle_collector_as_it_found_it() -> None:
    import gc

    people = [adult(id=str(i), spo2=90 + i % 10) for i in range(1200)]
    assert gc.isenabled()
    out = triage(people, as_of=ON_261)
    assert gc.isenabled() and len(out) == 1200
    gc.disable()
    try:
        triage(people, as_of=ON_261)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_api_refuses_codes_it_would_skip() -> None:
    with pytest.raises(CareInputError) as err:
        triage(
            [adult(), adult(comorbidities=("diabetes", "gout"), symptoms=("flu",))], as_of=ON_261
        )
    assert [e["path"] for e in err.value.errors] == [
        "patients[1].comorbidities[1]",
        "patients[1].symptoms[0]",
    ]


def test_the_rules_of_a_day_are_shared_not_built_anew_for_each_patient() -> None:
    """A server assesses every check-in with the rules of its day: each call used to build a
    new rule set, which ``CareRules.label``'s cache then kept alive for good (the heap and
    the garbage collector's pauses grew with every check-in)."""
    import gc

    from chongdich.epi.care.rules import CareRules, rules_on

    assert rules_on(ON_261) is rules_on(ON_261 + dt.timedelta(days=1))
    before_261 = dt.date(2022, 1, 10)
    assert rules_on(before_261) is not rules_on(before_261, "79")  # HCM had its own then
    day = ON_261
    for _ in range(500):
        triage([adult()], as_of=day)
        day += dt.timedelta(days=1) if day < dt.date(2022, 12, 31) else dt.timedelta(0)
    # type(), not isinstance(): the latter would evaluate lazy objects other tests left
    live = sum(type(o) is CareRules for o in gc.get_objects())
    assert live <= 12  # one per combination of documents in force, whatever the calls
