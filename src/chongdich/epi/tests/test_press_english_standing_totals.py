"""English running totals in the ways wire stories, bulletins and encyclopedias write them
beyond those of test_press_english_running_totals: a noun of the total ("The total fatalities
stood at", "the death tally is now at", "the nation's overall cases"), a level written rounded
or in millions ("has hit over 11.4 million"), a share of a total written with it ("926 of 1,063
patients have fully recovered"), a total the sentence says is to date ("So far Vietnam has 10
confirmed cases"), the perfect standing alone ("804,664 patients have recovered."), "as of …
there were", the day's total the day's count makes ("raising the total tally of the day to
261"); and what is none: a period after the count, the day's perfect. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import stats_by_province

_FIELDS = ("cumulative_cases", "cumulative_is_lower_bound", "recovered", "deaths", "new_cases_24h")
_LEAD = "Vietnam reported 20 new COVID-19 cases on Monday, according to the Ministry of Health. "


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (_LEAD + "The total fatalities stood at 1,234.", {"deaths": 1234}),
        (
            _LEAD + "Since the onset of the epidemic, Vietnam's caseload has hit over 2.5 million,"
            " ranking 20th in the world.",
            {"cumulative_cases": 2500000, "cumulative_is_lower_bound": True},
        ),
        (
            "812 of 930 COVID-19 patients in Vietnam have fully recovered.",
            {"cumulative_cases": 930, "recovered": 812},
        ),
        (
            _LEAD + "With the latest update, Vietnam's total COVID-19 cases now stand at 1,040.",
            {"cumulative_cases": 1040},
        ),
        (
            "Vietnam documented no new infections in the past 24 hours, making the nation's tally"
            " unchanged at 3,100 cases.",
            {"cumulative_cases": 3100},
        ),
        (
            _LEAD + "A total of 2,400 COVID-19 patients have been given the all clear by now.",
            {"recovered": 2400},
        ),
        (
            "Vietnam's COVID-19 caseload has reached 500,000, with death toll hitting 12,300.",
            {"cumulative_cases": 500000, "deaths": 12300},
        ),
        ("So far Vietnam has 12 confirmed cases of coronavirus.", {"cumulative_cases": 12}),
        (
            "Vietnam has so far confirmed 16 nCoV infection cases. Four of the 16 patients have"
            " been discharged from hospital.",
            {"cumulative_cases": 16, "recovered": 4},
        ),
        (
            "The wave has spread to all provinces across the country. More than 900,000 people"
            " have been infected with the virus.",
            {"cumulative_cases": 900000, "cumulative_is_lower_bound": True},
        ),
        (
            "Vietnam has had so far more than 10.5 million people infected with Covid-19 and over"
            " 9.8 million recoveries.",
            {"cumulative_cases": 10500000, "cumulative_is_lower_bound": True, "recovered": 9800000},
        ),
        (
            _LEAD + "The total number of deaths from Covid-19 in Vietnam so far is 42,000.",
            {"deaths": 42000},
        ),
        ("Vietnam has recorded just 300 virus cases and zero deaths.", {"cumulative_cases": 300}),
        (
            "In all, Vietnam has recorded 2.1 million cases of the new coronavirus and more than"
            " 36,000 deaths from COVID-19.",
            {"cumulative_cases": 2100000, "deaths": 36000},
        ),
        (
            _LEAD + "Overall, Vietnam has logged a total of 9,800 cases, both locally-transmitted"
            " and imported infections.",
            {"cumulative_cases": 9800},
        ),
        (
            _LEAD + "More than 3,500 COVID-19 patients have been discharged from hospital after"
            " making a full recovery.",
            {"recovered": 3500},
        ),
        (
            _LEAD + "This brings the total number of cases in the fourth Covid-19 wave to 300,000."
            " On Monday, 7,000 people were given the all-clear, bringing the total number of"
            " fully recovered patients to 150,000. The Covid-19 death tally is now at 8,000.",
            {"cumulative_cases": 300000, "recovered": 150000, "deaths": 8000},
        ),
        (
            "Vietnam's Ministry of Health revealed 21 cases, bringing the nation's overall cases to"
            " 642. The death toll tripled from 3 to 9 over the weekend.",
            {"cumulative_cases": 642, "deaths": 9},
        ),
        ("One more COVID-19 patient dies in Vietnam, tally now at 20\n", {"deaths": 20}),
    ],
)
def test_the_countrys_running_totals(text: str, figures: dict[str, object]) -> None:
    got = stats_by_province(text, None, _FIELDS).get(None, {})
    assert {k: v for k, v in got.items() if k != "new_cases_24h"} == figures


def test_a_day_with_its_year_dates_the_total_there_were() -> None:
    text = (
        "In Vietnam, as of September 1, 2020, there were 1,040 laboratory-confirmed cases of the"
        " coronavirus disease (COVID-19) and 34 deaths."
    )
    record = stats_by_province(text, None)[None]
    assert (record["cumulative_cases"], record["deaths"], record["as_of"]) == (
        1040,
        34,
        "2020-09-01",
    )


def test_citation_marks_end_an_encyclopedias_sentence() -> None:
    text = (
        "On 23 January 2020, the first known case of COVID-19 was reported in Hanoi.[2][4] As of"
        " 4 March 2021, the country had 2,600 confirmed cases, 2,000 recoveries, and 40 deaths."
    )
    record = stats_by_province(text, None)[None]
    assert (record["cumulative_cases"], record["recovered"], record["deaths"]) == (2600, 2000, 40)
    assert record["as_of"] == "2021-03-04"
    assert "Hà Nội" not in stats_by_province(text, None, _FIELDS)


def test_the_country_named_after_the_count_is_the_subject() -> None:
    text = (
        "The Pasteur Institute in Ho Chi Minh City confirmed three more patients positive for"
        " the novel coronavirus, bringing total infection cases to 130 in Vietnam."
    )
    assert stats_by_province(text, None, ["cumulative_cases"]) == {None: {"cumulative_cases": 130}}


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam reported 57 new COVID-19 infections on Sunday evening. The latest cases brought"
        " Sunday's infection tally to 190.",
        "From 12 noon to 6 pm on Saturday, Vietnam reported an additional 104 new cases of"
        " COVID-19, raising the total tally of the day to 190, the Ministry of Health said.",
    ],
)
def test_the_days_total_replaces_the_update(text: str) -> None:
    assert stats_by_province(text, None, _FIELDS) == {None: {"new_cases_24h": 190}}


@pytest.mark.parametrize(
    "text",
    [
        "However, Vietnam's tally exceeded 1,100 cases from October 1 to 16.",
        "Vietnam has recorded 176 confirmed coronavirus cases from several outbreaks that have"
        " spread to 19 provinces during the past 10 days, the Health Ministry said.",
        "30 COVID-19 patients in Vietnam have recovered today.",
        "So far today, Vietnam has 30 new cases.",
    ],
)
def test_periods_and_days_are_no_totals(text: str) -> None:
    got = stats_by_province(text, dt.date(2021, 10, 18), _FIELDS).get(None, {})
    assert not {k for k in got if k in {"cumulative_cases", "recovered"}}
