"""The day's cases split by place after the day's count, as English bulletins write it: "The
new cases, including one in Hanoi and eight in Haiphong, Hai Duong …", "Fourteen of them were
reported in Da Nang City, two others in the neighbouring province of Quang Nam, one in Quang
Tri Province and five imported cases". A place named alone after its count gets it; a run of
places sharing one count gets none; the split's imported cases are the country's. Invented
sentences."""

from __future__ import annotations

import datetime as dt

from .press_helpers import stats_by_province

_DAY = dt.date(2020, 8, 7)
_FIELDS = ("new_cases_24h", "imported_cases")


def test_each_place_after_its_count() -> None:
    text = (
        "Twenty-five new cases were reported by the National Steering Committee in Việt Nam."
        " Sixteen of them were reported in Da Nang City, three others in the neighbouring"
        " province of Quang Nam, two in Quang Tri Province and four imported cases who were"
        " quarantined on arrival."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {
        None: {"new_cases_24h": 25, "imported_cases": 4},
        "Đà Nẵng": {"new_cases_24h": 16},
        "Quảng Nam": {"new_cases_24h": 3},
        "Quảng Trị": {"new_cases_24h": 2},
    }


def test_a_run_of_places_shares_its_count() -> None:
    text = (
        "Vietnam reported nine more COVID-19 infections on Friday. The new cases, including one"
        " in Hanoi and eight in Haiphong, Hai Duong, Quang Ninh and Bac Ninh provinces, were all"
        " linked to the outbreak."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {
        None: {"new_cases_24h": 9},
        "Hà Nội": {"new_cases_24h": 1},
    }


def test_places_of_no_days_count_get_nothing() -> None:
    text = (
        "The patients were treated in several hospitals. Of them, two are in Da Nang and one in"
        " Quang Nam, doctors said."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {}
