"""The country's running total as English pages write it: "the national count reached …",
"raised the national tally to …", and the total's parts after it in words ("with three
deaths", "with 380 recoveries and three fatalities"). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import stats_by_province

_DAY = dt.date(2021, 5, 3)
_FIELDS = ("cumulative_cases", "recovered", "deaths")


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam on Tuesday reported two new cases, bringing its tally to 415 infections,"
        " with three deaths.",
        "Vietnam confirmed two new cases on Tuesday. The country's tally rose to 415,"
        " with three deaths.",
    ],
)
def test_deaths_in_words_after_the_total(text: str) -> None:
    assert stats_by_province(text, _DAY, _FIELDS)[None] == {
        "cumulative_cases": 415,
        "deaths": 3,
    }


def test_recoveries_and_fatalities_after_the_total() -> None:
    text = (
        "As of Friday morning, Vietnam had reported 415 infections, with 380 recoveries and"
        " three fatalities."
    )
    assert stats_by_province(text, _DAY, _FIELDS)[None] == {
        "cumulative_cases": 415,
        "recovered": 380,
        "deaths": 3,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The national count reached 3,120, with 1,700 locally-transmitted cases.",
        "The new cases raised the national count to 3,120.",
        "The new cases took the national tally to 3,120, with 35 deaths.",
    ],
)
def test_the_national_count_after_a_province_is_the_countrys(sentence: str) -> None:
    text = (
        "Quang Nam province reports two more COVID-19 patients. The two new cases in Quang"
        f" Nam were close contacts of an earlier patient. {sentence}"
    )
    stats = stats_by_province(text, _DAY, ["cumulative_cases"])
    assert stats[None] == {"cumulative_cases": 3120}
    assert "Quảng Nam" not in stats


def test_a_total_of_doses_is_no_case_count() -> None:
    text = (
        "Vietnam gave 1.2 million doses on Monday, bringing the national total to 89,620,701 doses."
    )
    assert stats_by_province(text, _DAY, ["cumulative_cases"]) == {}
