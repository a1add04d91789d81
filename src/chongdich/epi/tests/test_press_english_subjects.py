"""Whose an English figure is: a province's description naming another ("Long An Province, a
neighbouring province of HCM City, logged …"), "its tally" after a place the case is only
linked to, "The province, where 499 infections have been detected", places and counts in two
runs ("… reported 66 cases and 133 cases, respectively"); and more running totals written
after a count of the day ("1,402 recoveries …, bringing the total to 758,488", "the toll has
mounted to 20,223 deaths", "had managed to keep its tally to 2,269 cases", "raising the number
of infections in the province to 2,301", "jumped to"). Invented sentences."""

from __future__ import annotations

import datetime as dt

from .press_helpers import stats_by_province

_DAY = dt.date(2021, 7, 21)  # a Wednesday
_FIELDS = ("new_cases_24h", "cumulative_cases", "recovered", "deaths")


def test_a_province_described_by_another() -> None:
    text = (
        "Tay Ninh Province, a neighbouring province of HCM City, logged 420 cases on Tuesday,"
        " raising the number of infections in the province to 1,900, the provincial health"
        " department said."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {
        "Tây Ninh": {"new_cases_24h": 420, "cumulative_cases": 1900}
    }


def test_its_tally_is_the_subjects() -> None:
    text = (
        "Vietnam yesterday reported one new case linked to Danang, bringing its tally to 650"
        " infections, with seven deaths."
    )
    assert stats_by_province(text, _DAY, _FIELDS)[None] == {
        "new_cases_24h": 1,
        "cumulative_cases": 650,
        "deaths": 7,
    }


def test_the_province_named_before() -> None:
    text = (
        "Vietnam on Monday reintroduced stay at home measures in the northern province of Bac"
        " Ninh. The province, where 520 COVID-19 infections have been detected, will be under"
        " lockdown from midnight."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {"Bắc Ninh": {"cumulative_cases": 520}}


def test_places_and_counts_respectively() -> None:
    text = (
        "On Tuesday, Vinh Long and Ben Tre provinces reported 48 cases and 95 cases,"
        " respectively. The number of COVID-19 infections in Vinh Long jumped to 800."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {
        "Vĩnh Long": {"new_cases_24h": 48, "cumulative_cases": 800},
        "Bến Tre": {"new_cases_24h": 95},
    }


def test_totals_after_a_count_of_the_day() -> None:
    text = (
        "Vietnam logged 4,000 new cases on Thursday. Health ministry also confirmed 1,500"
        " recoveries on Thursday, bringing the total to 760,000. According to the report, the"
        " toll has mounted to 20,300 deaths after the ministry recorded 120 fatalities on the"
        " same day."
    )
    assert stats_by_province(text, _DAY, ("recovered", "deaths")) == {
        None: {"recovered": 760000, "deaths": 20300}
    }


def test_a_tally_kept() -> None:
    text = (
        "Thanks to a centralised quarantine programme, Vietnam had managed to keep its"
        " coronavirus tally to 2,300 cases, with 35 deaths."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {
        None: {"cumulative_cases": 2300, "deaths": 35}
    }
