"""An English page's running totals written as a level reached ("the country's COVID-19
tally now stands at 1,204", "the death toll rose by three on Monday to 41", "raising the
number of fatalities to seven", "The new deaths brought the overall toll to 912"), in the
passive ("712 cases had been confirmed across the country"), and the total's parts after
it ("…, including 1,020 recoveries and 33 deaths"); a day's or a month's count is not a
total. On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"test31 and test32 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("cumulative_cases", "recovered", "deaths")


def _national(text):
    return stats_by_province(text, dt.date(2021, 9, 10), _FIELDS).get(None, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With the new cases, Vietnam's COVID-19 patient tally reached 51,320, including "
            "40,118 recoveries and 361 deaths.",
            {"cumulative_cases": 51320, "recovered": 40118, "deaths": 361},
        ),
        (
            "As of 12 May 2021, Vietnam has officially reported 3,212 confirmed cases, 2,590 "
            "recoveries, and 35 deaths.",
            {"cumulative_cases": 3212, "recovered": 2590, "deaths": 35},
        ),
        (
            "The number of people to have been infected with coronavirus across the country "
            "now stands at 9,310.",
            {"cumulative_cases": 9310},
        ),
        (
            "The number of COVID-19 cases in Vietnam reached 1,204 as of 6pm on Monday.",
            {"cumulative_cases": 1204},
        ),
        (
            "As of July 3, 712 cases had been confirmed across the country.",
            {"cumulative_cases": 712},
        ),
        (
            "By June 1, 1,530 cases had been recorded throughout the country.",
            {"cumulative_cases": 1530},
        ),
        (
            "Vietnam reported 18 new novel coronavirus infections on Monday, bringing the total "
            "number of cases in the Southeast Asian country to 402.",
            {"cumulative_cases": 402},
        ),
    ],
)
def test_a_total_written_as_a_level_reached_is_the_countrys(text, expected):
    assert _national(text) == expected


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Vietnam's COVID-19 death toll rose to 41 after an 80-year-old man died.", 41),
        ("The country's death toll rose by three on Monday to 44, the ministry said.", 44),
        ("A patient died on Friday, raising the number of fatalities in Vietnam to seven.", 7),
        ("The new deaths brought the overall toll in the country to 912.", 912),
    ],
)
def test_a_death_toll_reached_is_the_countrys_deaths(text, deaths):
    assert _national(text) == {"deaths": deaths}


@pytest.mark.parametrize(
    "text",
    [
        "Daily COVID-19 cases in Vietnam have reached 2,310, the highest this year.",
        "Over 1,400 cases have been announced in Vietnam since the start of this month.",
    ],
)
def test_a_days_or_a_months_count_is_no_total(text):
    assert "cumulative_cases" not in _national(text)
