"""F1 quarantine by the rule in force on the exposure date (DOMAIN.md §6.2)."""

from __future__ import annotations

import datetime as dt

import pytest

from chongdich.epi.quarantine import quarantine_for

D = dt.date


def test_november_2021_is_14_days_for_everyone() -> None:
    q = quarantine_for(D(2021, 11, 1), fully_vaccinated=True, last_dose=D(2021, 9, 1))
    assert q.quarantine_ends == D(2021, 11, 15) and q.tag == "S"


def test_from_17_december_2021_a_vaccinated_f1_stays_home_7_days_tested_on_days_1_and_7() -> None:
    q = quarantine_for(D(2022, 1, 10), fully_vaccinated=True, last_dose=D(2021, 11, 1))
    assert (q.is_protected, q.quarantine_ends, q.monitoring_ends) == (
        True,
        D(2022, 1, 17),
        D(2022, 1, 24),
    )
    assert q.test_dates == (D(2022, 1, 11), D(2022, 1, 17)) and q.tag == "C"


def test_a_last_dose_under_14_days_or_over_6_months_does_not_protect() -> None:
    assert not quarantine_for(
        D(2022, 1, 10), fully_vaccinated=True, last_dose=D(2022, 1, 1)
    ).is_protected
    assert not quarantine_for(
        D(2022, 1, 10), fully_vaccinated=True, last_dose=D(2021, 6, 1)
    ).is_protected


def test_recovery_within_6_months_protects() -> None:
    assert quarantine_for(D(2022, 1, 10), recovered_on=D(2021, 10, 1)).is_protected


def test_the_unfound_rule_is_not_invented_but_asked_of_the_province() -> None:
    q = quarantine_for(D(2022, 1, 10))  # not vaccinated, 17/12/2021–20/02/2022: [?]
    assert (q.quarantine_ends, q.needs_province_setting, q.tag) == (None, True, "?")
    set_by_province = quarantine_for(D(2022, 1, 10), province_unprotected_days=14)
    assert set_by_province.quarantine_ends == D(2022, 1, 24) and set_by_province.tag == "province"


def test_from_21_february_2022_five_or_seven_days() -> None:
    vaccinated = quarantine_for(D(2022, 3, 1), fully_vaccinated=True, last_dose=D(2022, 1, 1))
    assert (vaccinated.quarantine_ends, vaccinated.monitoring_ends) == (
        D(2022, 3, 6),
        D(2022, 3, 11),
    )
    unvaccinated = quarantine_for(D(2022, 3, 1))
    assert (unvaccinated.quarantine_ends, unvaccinated.monitoring_ends) == (
        D(2022, 3, 8),
        D(2022, 3, 11),
    )


def test_no_quarantine_from_15_april_2022() -> None:
    q = quarantine_for(D(2022, 5, 1))
    assert q.quarantine_ends == D(2022, 5, 1) and q.test_dates == ()


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="before"):
        quarantine_for(D(2019, 12, 1))
    with pytest.raises(ValueError, match="negative"):
        quarantine_for(D(2022, 1, 10), province_unprotected_days=-1)
