"""Running totals of recoveries, deaths and cases as English pages write them: a share of a
total ("of whom 60 have been cured"), a count named as standing ("The number of cured cases
is 4,100", "the death toll remains at 41"), the perfect with a total's word ("A total of 30
patients have recovered so far"), cases to date ("the country's 320 infections"), and the
day they stand at ("As of May 2", "on Sunday", "yesterday"). The day's outcomes and a
wave's are no totals. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import stats_by_province

_DAY = dt.date(2021, 5, 3)  # a Monday
# A national bulletin's lead, so that a total with no place of its own is the country's.
_LEAD = "Vietnam reported 20 new COVID-19 cases on Monday. "
_FIELDS = ("cumulative_cases", "cumulative_is_lower_bound", "recovered", "deaths")


@pytest.mark.parametrize(
    ("text", "recovered"),
    [
        (
            "The total number of infections in Vietnam stands at 412, of which 360 have recovered.",
            360,
        ),
        (
            "To date, Vietnam has reported 412 COVID-19 cases, of whom 360 were successfully "
            "treated.",
            360,
        ),
        ("Vietnam has so far had 412 COVID-19 patients, of whom 360 have been cured.", 360),
        (
            "Vietnam has recorded 412 infections, of which 360 have since been discharged "
            "from hospital.",
            360,
        ),
        (
            "Vietnam has recorded 412 coronavirus cases, while 360 of those patients have "
            "recovered.",
            360,
        ),
        ("The number of cured cases in Vietnam is 4,100.", 4100),
        ("The accumulative number of recovered cases in the country remained at 2,700.", 2700),
        ("The total number of people recovered in Vietnam is 1.52 million.", 1_520_000),
        (
            "A total of 31 patients in Vietnam have been discharged from hospital after recovery.",
            31,
        ),
        ("A total 2,010 COVID-19 patients in the country have recovered so far.", 2010),
        (
            "Eight patients in Vietnam were given the all-clear, bringing the total number of"
            " cured cases to 96.",
            96,
        ),
    ],
)
def test_recoveries_to_date(text: str, recovered: int) -> None:
    stats = stats_by_province(_LEAD + text, _DAY, ["recovered"])
    assert stats[None] == {"recovered": recovered}


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("The death toll in Vietnam remains at 41.", 41),
        ("The number of COVID-19 related deaths in Vietnam remains 41.", 41),
        ("The national death count is now 23,512.", 23512),
        ("The country has recorded 52 deaths.", 52),
        ("In Vietnam, 52 COVID-19 deaths have been reported.", 52),
        (
            "Vietnam confirmed 70 deaths on Sunday, putting the nation's total COVID-19 death"
            " toll since the pandemic began at 23,512.",
            23512,
        ),
        ("In Vietnam, 900,000 patients have recovered while 23,512 people have died.", 23512),
    ],
)
def test_deaths_to_date(text: str, deaths: int) -> None:
    assert stats_by_province(text, _DAY, ["deaths"])[None] == {"deaths": deaths}


@pytest.mark.parametrize(
    "text",
    [
        # the day's
        "Ten COVID-19 patients in Vietnam were given the all-clear on May 3.",
        "Two more deaths in Vietnam have been reported today.",
        "The National Hospital announced that 27 COVID-19 patients have successfully recovered.",
        # a wave's or a period's
        "Long An province has reported 13 COVID-19 deaths since the fourth wave began in late"
        " April.",
        "In total, five fatalities have been reported in Da Nang since July 31.",
        "In the current outbreak, which began on April 27, the province of Dong Nai has recorded"
        " nearly 2,500 Covid-19 cases and 21 deaths.",
    ],
)
def test_the_days_outcomes_and_a_waves_are_no_totals(text: str) -> None:
    assert stats_by_province(text, _DAY, ["recovered", "deaths"]) == {}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The capital has nearly half of the country's 320 infections.", {"cumulative_cases": 320}),
        ("Vietnam has recorded 1.9 million cases of COVID-19.", {"cumulative_cases": 1_900_000}),
        (
            "The COVID-19 pandemic in Vietnam has resulted in 9,000,000 confirmed cases of"
            " COVID-19 and 40,000 deaths.",
            {"cumulative_cases": 9_000_000, "deaths": 40000},
        ),
        (
            "There has now been 812 people testing positive for COVID-19 in Vietnam since the"
            " first case was detected in January.",
            {"cumulative_cases": 812},
        ),
        (
            "Overall, Vietnam has recorded more than three million COVID-19 infections and"
            " nearly 40,000 deaths.",
            {"cumulative_cases": 3_000_000, "cumulative_is_lower_bound": True, "deaths": 40000},
        ),
        (
            "The number of people who tested positive for COVID-19 in Vietnam has exceeded the"
            " 600 mark.",
            {"cumulative_cases": 600, "cumulative_is_lower_bound": True},
        ),
        (
            "Vietnam has documented 1,600 polymerase chain reaction-positive confirmed"
            " coronavirus disease 2019 (COVID-19) cases with 35 deaths.",
            {"cumulative_cases": 1600, "deaths": 35},
        ),
    ],
)
def test_cases_to_date(text: str, figures: dict[str, object]) -> None:
    assert stats_by_province(text, _DAY, _FIELDS)[None] == figures


def test_a_ranking_of_provinces_totals() -> None:
    text = (
        "Hanoi is the most affected locale with 1,500,000 confirmed cases and 1,200 deaths,"
        " followed by Ho Chi Minh City with 600,000 cases and 20,000 deaths."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {
        "Hà Nội": {"cumulative_cases": 1_500_000, "deaths": 1200},
        "TP HCM": {"cumulative_cases": 600_000, "deaths": 20000},
    }


def test_a_province_total_with_its_recoveries() -> None:
    text = (
        "HCM City recorded 52 infections, with 12 patients having recovered, the city's health"
        " department said."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {
        "TP HCM": {"cumulative_cases": 52, "recovered": 12}
    }


def test_one_kinds_total_is_no_total() -> None:
    text = "The new infections brought the country's total domestic cases to 21,180."
    assert stats_by_province(text, _DAY, ["cumulative_cases"]) == {}


def test_totals_after_the_countrys_stay_the_countrys() -> None:
    text = (
        "Ha Nam province reports three more COVID-19 patients. The three new cases in Ha Nam"
        " were close contacts.\nThe national count reached 2,990.\nThree patients were given"
        " the all-clear, raising the total number of recoveries to 2,600. The death toll"
        " remains at 35."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {
        None: {"cumulative_cases": 2990, "recovered": 2600, "deaths": 35}
    }


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("As of May 1, Vietnam has recorded a total of 230 infections.", "2021-05-01"),
        ("Vietnam confirmed 70 deaths on Sunday, bringing the death toll to 512.", "2021-05-02"),
        ("There has now been 812 people testing positive for COVID-19 in Vietnam.", "2021-05-03"),
        (
            "The health ministry on Monday evening announced that the death toll in Vietnam "
            "rose to 512.",
            "2021-05-03",
        ),
    ],
)
def test_the_day_a_total_stands_at(text: str, as_of: str) -> None:
    assert stats_by_province(text, _DAY)[None]["as_of"] == as_of


def test_the_first_cases_day_dates_no_total() -> None:
    text = (
        "Vietnam has documented 1,600 confirmed COVID-19 cases a year after the first"
        " infection recorded in Ha Noi on January 23, 2020."
    )
    assert stats_by_province(text, _DAY)[None]["as_of"] is None


def test_a_totals_parts_are_no_days_split() -> None:
    text = (
        "So far, the country counted 1,433 imported cases and 2,056 domestic infections,"
        " the ministry said."
    )
    assert stats_by_province(_LEAD + text, _DAY, ["imported_cases", "local_cases"]) == {}
