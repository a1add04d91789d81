"""Whose count an English sentence gives and of which day, as test37's and test38's pages write
them: one case in words ("announced a COVID-19 case", "recorded another … case"), a count split
by place right after it, a list of lines under a total ("- 11 cases in Vinh Phuc province"), a
figure of no place on a page about the country; the day "As of Wednesday morning", "on the same
day" (the sentence before's); and no one's: a window to a part of the next day ("from 6 p.m. on
Saturday to Sunday morning"), a district that shares a province's name, a district's or another
country's count. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import gift_rows, stats_by_province

_FIELDS = ("new_cases_24h", "cumulative_cases", "as_of")


def test_one_case_in_words_with_its_day() -> None:
    text = (
        "… Da Nang detects one COVID-19 case The Da Nang Health Department on January 30"
        " announced a COVID-19 case, a man coming from Hai Duong.\n"
        "… Hanoi recorded another COVID-19 infection case in the early morning of January 30."
    )
    got = stats_by_province(text, dt.date(2021, 1, 31), ["new_cases_24h", "as_of"])
    assert got == {
        "Đà Nẵng": {"new_cases_24h": 1, "as_of": "2021-01-30"},
        "Hà Nội": {"new_cases_24h": 1, "as_of": "2021-01-30"},
    }


def test_a_day_split_by_place_right_after_its_count() -> None:
    text = (
        "More than 9,000 new COVID-19 cases were detected nationwide on Saturday. In total,"
        " 9,103 infections were discovered, with 4,200 in Ho Chi Minh City and 3,100 in Binh"
        " Duong."
    )
    got = stats_by_province(text, None, ["new_cases_24h"])
    assert got == {
        None: {"new_cases_24h": 9103},
        "TP HCM": {"new_cases_24h": 4200},
        "Bình Dương": {"new_cases_24h": 3100},
    }


def test_lines_of_places_under_a_total() -> None:
    text = (
        "Coronavirus updates in Vietnam!\n"
        "20 Feb 2020: 16 cases have been reported so far.\n"
        "- 11 cases in Vinh Phuc province (workers back from Wuhan)\n"
        "- 3 cases in Ho Chi Minh City (two travellers)\n"
        "- 1 case in Thanh Hoa province, a student.\n"
    )
    got = stats_by_province(text, None, ["cumulative_cases"])
    assert got == {
        None: {"cumulative_cases": 16},
        "Vĩnh Phúc": {"cumulative_cases": 11},
        "TP HCM": {"cumulative_cases": 3},
        "Thanh Hóa": {"cumulative_cases": 1},
    }


def test_as_of_a_weekday_and_the_same_day() -> None:
    text = "As of Wednesday morning, Vietnam's Ministry of Health has reported 16,000 cases."
    assert stats_by_province(text, dt.date(2021, 6, 30), _FIELDS)[None]["as_of"] == "2021-06-30"
    text = (
        "Bringing total infection cases to 121 in Vietnam in the afternoon on the same day. Two"
        " cases were reported in the Southern Province of Tay Ninh on the same day."
    )
    got = stats_by_province(text, dt.date(2020, 3, 24), _FIELDS)
    assert got["Tây Ninh"] == {"new_cases_24h": 2}


@pytest.mark.parametrize(
    "text",
    [
        "As for Tay Ninh Province, from 6 p.m. on Saturday to Sunday morning, the Ministry of"
        " Health announced 703 new coronavirus cases in the locality.",
        "Van Ninh District is a high-risk area in Khanh Hoa Province. Up to now, the district has"
        " recorded 27 positive cases for SARS-CoV-2.",
        "Vietnam has 14 cases. As of this writing, China has reported 40,171 infections and 908"
        " deaths in the country.",
    ],
)
def test_no_provinces_or_countrys_count(text: str) -> None:
    got = stats_by_province(text, None, ["new_cases_24h", "cumulative_cases", "deaths"])
    assert {p: r for p, r in got.items() if r.get("cumulative_cases") != 14} == {}


def test_a_district_named_as_a_province_is_no_province() -> None:
    text = (
        "Bac Lieu City was locked down. Social distancing measures in line with Government"
        " Directive 16 have also been implemented in the districts of Dong Hai, Hoa Binh and"
        " Vinh Loi."
    )
    assert gift_rows(text, None) == []
    from chongdich.epi.press_facts import extract_facts

    provinces = {d["province"] for d in extract_facts(text, None, use_ner=False).directives}
    assert "Hòa Bình" not in provinces
