"""The day's count as English pages write it beyond "reported N new cases": in words ("nine
more COVID-19 infections", "Twenty-two new cases were reported", "one more COVID-19
infection"), rounded ("more than 10,000 new infections today"), as people found ("3 people
were detected infected"), as seen ("saw nearly 47,000 daily cases"), "reported N cases"
with "today", a rank's count in brackets ("the highest number of new infections (1,554)"),
community cases ("45 new community transmissions", the community's alone), and the place
the verb names after the count ("were reported in the central city of Da Nang"). Invented
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import stats_by_province

_DAY = dt.date(2021, 8, 20)
_FIELDS = ("new_cases_24h", "community_cases")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Vietnam reported nine more COVID-19 infections early on Friday.", 9),
        ("Twenty-two new cases were reported by the National Steering Committee in Việt Nam.", 22),
        ("The Ministry of Health on Sunday morning confirmed five new cases of COVID-19.", 5),
        ("Vietnam documented one more COVID-19 infection, the Health Ministry said.", 1),
        ("The Southeast Asian country reported more than 10,000 new infections today.", 10000),
        ("3 people were detected infected with COVID-19 in Vietnam on Friday.", 3),
        ("Nationally, Vietnam saw nearly 47,000 daily cases.", 47000),
        ("Today, the Ministry of Health reported 15,311 cases of COVID-19 in 61 provinces.", 15311),
    ],
)
def test_the_countrys_day(text: str, count: int) -> None:
    assert stats_by_province(text, _DAY, ["new_cases_24h"]) == {None: {"new_cases_24h": count}}


@pytest.mark.parametrize("bracket", ["(1,554)", "(1,554 cases)"])
def test_a_ranks_count_in_brackets(bracket: str) -> None:
    text = (
        "Vietnam recorded 13,770 new cases of COVID-19 on Monday. Ho Chi Minh City reported the"
        f" highest number of new infections {bracket}, followed by Can Tho city (913) and Tay"
        " Ninh province (719)."
    )
    stats = stats_by_province(text, _DAY, ["new_cases_24h"])
    assert stats["TP HCM"] == {"new_cases_24h": 1554}
    assert stats["Cần Thơ"] == {"new_cases_24h": 913}


def test_community_cases_reported_in_a_province() -> None:
    text = (
        "The number of people who tested positive in Vietnam has exceeded the 600 mark, after"
        " 45 new community transmissions were reported in the central city of Da Nang."
    )
    assert stats_by_province(text, _DAY, _FIELDS)["Đà Nẵng"] == {"community_cases": 45}


@pytest.mark.parametrize(
    "text",
    [
        # a week's, and a total reported without a day
        "Vietnam reported 323 cases during the past week.",
        "According to the Ministry of Health, 267 coronavirus cases have been detected so far.",
    ],
)
def test_no_days_count(text: str) -> None:
    assert stats_by_province(text, _DAY, ["new_cases_24h"]) == {}
