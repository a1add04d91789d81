"""Vaccination coverage as English pages write it: "the 1-dose vaccination rate of 99.5%",
"the vaccination rate of the first Covid-19 shot … has reached around 97 percent", "the
proportion of people being vaccinated second doses has gained around 70 percent", "99.6
percent of … have received at least one shot … and 90.9 of them have been fully inoculated";
on a page that names the country and no province the rates are the country's, dated by
"yesterday" or the day written. Children's and boosters' rates are no coverage. Invented
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import stats_by_province

_DAY = dt.date(2021, 12, 9)
_FIELDS = ("vaccine_dose1_pct", "vaccine_dose2_pct")


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam has recorded the 1-dose vaccination rate of 98.5% and 2-dose vaccination rate"
        " of 80.2% among the adult population.",
        "In Vietnam, the vaccination rate of the first Covid-19 shot for over 18-year old people"
        " has reached around 98.5 percent and the proportion of people being vaccinated second"
        " doses has gained around 80.2 percent.",
        "Vietnam's deputy prime minister reported that 98.5 percent of the over-18 population"
        " have received at least one shot of vaccine and 80.2 of them have been fully"
        " inoculated.",
    ],
)
def test_the_countrys_two_rates(text: str) -> None:
    assert stats_by_province(text, _DAY, _FIELDS) == {
        None: {"vaccine_dose1_pct": 98.5, "vaccine_dose2_pct": 80.2}
    }


def test_a_page_about_the_country_dates_its_rates() -> None:
    text = (
        "Vietnam basically completes first Covid vaccine dose for adults\n\nDeputy Minister of"
        " Health Do Xuan Tuyen yesterday informed that the vaccination rate of the first"
        " Covid-19 shot for over 18-year old people has reached around 97 percent."
    )
    stats = stats_by_province(text, _DAY)
    assert stats[None]["vaccine_dose1_pct"] == 97
    assert stats[None]["as_of"] == "2021-12-08"


def test_childrens_rates_are_no_coverage() -> None:
    text = (
        "In Vietnam, the vaccination rate of the first dose among children aged 12 to 17 has"
        " reached 85.6 percent."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {}


def test_a_rate_of_the_countrys_people_is_the_countrys() -> None:
    text = (
        "The three positive cases were detected over the weekend in Ho Chi Minh City. More"
        " than 74% of the country's population of 98 million have received at least two"
        " vaccine shots, according to the health ministry."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {None: {"vaccine_dose2_pct": 74.0}}


def test_rates_so_far_stand_at_the_pages_date() -> None:
    text = (
        "HÀ NỘI — More than 80 million doses have been administered in Việt Nam. So far, the"
        " rate of one dose coverage in Việt Nam has reached over 80 per cent, and the rate for"
        " two doses was nearly 38 per cent of the population aged 18 years and over."
    )
    stats = stats_by_province(text, _DAY)
    assert (stats[None]["vaccine_dose1_pct"], stats[None]["vaccine_dose2_pct"]) == (80, 38)
    assert stats[None]["as_of"] == "2021-12-09"


def test_the_coverage_of_the_first_dose() -> None:
    text = (
        "By the afternoon of December 7, the country has injected more than 140 million doses,"
        " of which the coverage of first dose reached 99% while 80.5% of the population aged 18"
        " years and older have been fully vaccinated."
    )
    stats = stats_by_province(text, _DAY)
    assert (stats[None]["vaccine_dose1_pct"], stats[None]["vaccine_dose2_pct"]) == (99, 80.5)
    assert stats[None]["as_of"] == "2021-12-07"
