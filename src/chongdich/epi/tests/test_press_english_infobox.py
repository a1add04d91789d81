"""An encyclopedia page's infobox copied as text ("Confirmed cases417[1][2]", "Recovery
Cases:11,580,908 (updated 8 December 2023)", "Deaths" over "Negative increase 11,064[1]"):
the totals of the page's topic ("COVID-19 pandemic in Vietnam": the country's), dated only
by an update written after a figure; "Active cases" is left out. And on a page of no date,
a day written with its year dates the sentence ("As of 30 August 2021, …"). Invented
pages."""

from __future__ import annotations

from .press_helpers import stats_by_province

_FIELDS = ("cumulative_cases", "recovered", "deaths", "under_treatment")


def test_the_countrys_infobox() -> None:
    text = (
        "COVID-19 pandemic in Vietnam\n\nMap of cities & provinces with confirmed COVID-19 cases"
        " (as of 4 March 2021):\nIndex caseHo Chi Minh City\nConfirmed cases512[1][2]\nActive"
        " cases60[1]\nRecoveredIncrease 430[1]\nDeaths\nNegative increase 22[1]\n"
    )
    stats = stats_by_province(text, None)
    assert {f: stats[None][f] for f in _FIELDS} == {
        "cumulative_cases": 512,
        "recovered": 430,
        "deaths": 22,
        "under_treatment": None,
    }
    assert stats[None]["as_of"] is None
    assert "TP HCM" not in stats


def test_an_update_dates_its_figure() -> None:
    text = (
        "COVID-19 pandemic in Vietnam explained\n\nFirst Case:Ho Chi Minh City\nRecovery"
        " Cases:10,000,500 (updated 8 December 2023) [1]\n\nThe virus was first confirmed to have"
        " spread to Vietnam on 23 January 2020, when two people in the city tested positive.\n"
    )
    stats = stats_by_province(text, None)
    assert (stats[None]["recovered"], stats[None]["as_of"]) == (10000500, "2023-12-08")


def test_a_page_of_no_date_takes_a_day_written_with_its_year() -> None:
    text = (
        "As of 30 August 2021, Vietnam has officially reported 449,000 confirmed cases,"
        " 228,000 recoveries, and 11,000 deaths."
    )
    stats = stats_by_province(text, None)
    assert stats[None]["as_of"] == "2021-08-30"
    assert stats[None]["cumulative_cases"] == 449000
