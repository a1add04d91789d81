"""The day's count of English bulletins and its parts, as test37–39's pages write them: the
split's clauses ("Among these, 900 cases are detected in the community", "The remaining 500
cases are community infections"), imported cases listed by province, a rank and the list
after it ("… with 120 cases, followed by Bac Ninh with 40 and Phu Tho with 30"), counts paired
"each", the day named first ("On Tuesday morning, … confirmed 132 COVID-19 cases"), a rounded
count giving way to the exact one, a total's shares by place; and what dates or counts no
day: a period of days or hours, a weekday of a sentence that counts nothing, "by Saturday".
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import stats_by_province

_LEAD = (
    "Viet Nam reports 2,100 new cases of COVID-19 on Monday, including five imported and 2,095"
    " local cases. "
)


@pytest.mark.parametrize(
    ("sentence", "community"),
    [
        ("Among these, 900 cases are detected in the community.", 900),
        ("Among the new patients 1,200 were discovered in the community.", 1200),
        ("The remaining 500 cases are community infections.", 500),
    ],
)
def test_the_splits_community_cases(sentence: str, community: int) -> None:
    got = stats_by_province(_LEAD + sentence, None, ["community_cases"])
    assert got == {None: {"community_cases": community}}


def test_imported_cases_listed_by_province() -> None:
    text = (
        "Health authorities confirmed 700 cases on Sunday, including 10 imported cases in Khanh"
        " Hoa (6) and Quang Nam (4) provinces."
    )
    got = stats_by_province(text, None, ["new_cases_24h", "imported_cases"])
    assert got == {
        None: {"new_cases_24h": 700, "imported_cases": 10},
        "Khánh Hòa": {"imported_cases": 6},
        "Quảng Nam": {"imported_cases": 4},
    }


def test_a_split_by_place_with_the_imported_last() -> None:
    text = (
        "Yesterday evening, the National Steering Board said that the country recorded eight"
        " more new Covid-19 cases including four in the Northern Province of Bac Ninh and four"
        " imported cases in the Mekong Delta Province of An Giang."
    )
    got = stats_by_province(text, dt.date(2021, 3, 4), ["new_cases_24h", "imported_cases", "as_of"])
    assert got == {
        None: {"new_cases_24h": 8, "imported_cases": 4, "as_of": "2021-03-03"},
        "Bắc Ninh": {"new_cases_24h": 4, "as_of": "2021-03-03"},
    }


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        (
            "Hanoi still reported the highest number of infections on the day with 120 cases,"
            " followed by Bac Ninh with 40 and Phu Tho with 30.",
            {"Hà Nội": 120, "Bắc Ninh": 40, "Phú Thọ": 30},
        ),
        (
            "Of the new cases, most are in Da Nang with 300 infections, followed by Quang Nam and"
            " Quang Ngai with 50 and 20 infections, respectively.",
            {"Đà Nẵng": 300, "Quảng Nam": 50, "Quảng Ngãi": 20},
        ),
        (
            "Thai Binh and Nam Dinh provinces recorded 12 and 9 new infections each.",
            {"Thái Bình": 12, "Nam Định": 9},
        ),
        (
            "Vietnamese capital Hanoi remained the epidemic hotspot with 9,000 cases on Wednesday.",
            {"Hà Nội": 9000},
        ),
    ],
)
def test_ranks_and_lists_of_the_day(sentence: str, counts: dict[str, int]) -> None:
    got = stats_by_province(_LEAD + sentence, None, ["new_cases_24h"])
    assert {p: r["new_cases_24h"] for p, r in got.items() if p} == counts


def test_a_list_of_totals_is_no_days_list() -> None:
    text = _LEAD + (
        "The data showed, Ho Chi Minh City is severely impacted with 300,000 patients, followed by"
        " Binh Duong Province with 200,000, Dong Nai Province with 50,000, and Long An Province"
        " with 30,000."
    )
    assert [p for p in stats_by_province(text, None, ["new_cases_24h"]) if p] == []


def test_the_exact_count_named_with_its_day_replaces_a_rounded_one() -> None:
    text = (
        "The northern province of Bac Giang on early Tuesday afternoon reported more than 300 new"
        " SARS-CoV-2 cases. On Tuesday morning, the health ministry confirmed 132 COVID-19 cases"
        " in Bac Giang."
    )
    assert stats_by_province(text, None, ["new_cases_24h"]) == {"Bắc Giang": {"new_cases_24h": 132}}


def test_a_totals_shares_by_place() -> None:
    text = (
        "Vietnam has so far confirmed 14 nCoV infection cases, nine of them are in northern Vinh"
        " Phuc province."
    )
    got = stats_by_province(text, dt.date(2020, 2, 10), ["cumulative_cases", "as_of"])
    assert got["Vĩnh Phúc"] == {"cumulative_cases": 9, "as_of": "2020-02-10"}


@pytest.mark.parametrize(
    "text",
    [
        "In the last seven days, Kien Giang Province reported 1,217 COVID-19 cases, of those, 776"
        " cases were found in the community.",
        "Vietnam has recorded an additional 849 locally transmitted and three imported cases"
        " during the past six hours.",
    ],
)
def test_a_period_or_a_window_has_no_days_parts(text: str) -> None:
    fields = ["new_cases_24h", "community_cases", "local_cases", "imported_cases"]
    assert stats_by_province(text, None, fields) == {}


def test_a_weekday_dates_the_report_only_where_cases_are_counted() -> None:
    text = (
        "Chairman Pham Van Thieu yesterday signed a decision on the levels. Bac Lieu Province"
        " reported 382 new Covid-19 cases. Up to now, Bac Lieu province has had 3,624 Covid-19"
        " cases."
    )
    assert stats_by_province(text, dt.date(2021, 11, 2))["Bạc Liêu"]["as_of"] == "2021-11-02"


def test_a_total_by_a_weekday_stays_undated() -> None:
    text = (
        "Deputy Minister of Health Nguyen Truong Son on Sunday visited Binh Thuan. Its director"
        " said by Saturday, the province had so far nine COVID-19 patients."
    )
    record = stats_by_province(text, dt.date(2020, 3, 16))["Bình Thuận"]
    assert (record["cumulative_cases"], record["as_of"]) == (9, None)
