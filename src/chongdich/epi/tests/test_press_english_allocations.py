"""The Ministry of Health's allocations of doses as English pages write them: a province and
its count, the count first ("12,000 doses for Long An Province"), names and counts in two
runs ("…, respectively", "… doses each"), the capital named by its role; the giver of donated
doses; regions, forces and a list of cases are no allocation. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import gift_rows, stats_by_province

_DAY = dt.date(2021, 6, 10)
_DECISION = (
    "HÀ NỘI — The Ministry of Health has issued a decision on the allocation of 900,000 doses"
    " of Pfizer COVID-19 vaccine to localities and units. "
)
_ROWS = ("donor", "recipient", "item", "quantity", "detail")


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "Long An is allocated the most, with 61,000 doses, followed by Tien Giang with"
            " 40,000, Ben Tre 22,000, and Tra Vinh 9,000.",
            [("Long An", 61000), ("Tiền Giang", 40000), ("Bến Tre", 22000), ("Trà Vinh", 9000)],
        ),
        (
            "Kien Giang, An Giang and Ca Mau CDCs will receive the most doses in this phase –"
            " 70,000, 50,000, and 30,000, respectively.",
            [("Kiên Giang", 70000), ("An Giang", 50000), ("Cà Mau", 30000)],
        ),
        (
            "The central provinces of Quang Tri and Quang Binh will get 8,000 and 9,500 doses"
            " each.",
            [("Quảng Trị", 8000), ("Quảng Bình", 9500)],
        ),
        (
            "The southern region receives 120,000 doses, with the port city of Vung Tau"
            " receiving 14,000 doses, 12,000 doses for Long An Province, 3,100 doses for Bac"
            " Lieu Province.",
            [("Long An", 12000), ("Bạc Liêu", 3100)],
        ),
        (
            "The Central Highlands has been allocated 49,000 doses, with the most going to Gia"
            " Lai Province (21,700).",
            [("Gia Lai", 21700)],
        ),
        (
            "Meanwhile, the northern province of Bac Giang which recently bore the brunt of an"
            " outbreak with more than 3,000 cases recorded will get 63,700 doses.",
            [("Bắc Giang", 63700)],
        ),
        (
            "Hanoi and Hai Phong will receive the highest amount, with 80,000 doses for the"
            " capital city, and 30,000 doses for Hai Phong.",
            [("Hà Nội", 80000), ("Hải Phòng", 30000)],
        ),
    ],
)
def test_each_provinces_share(sentence: str, rows: list[tuple[str, int]]) -> None:
    assert gift_rows(_DECISION + sentence, _DAY, _ROWS) == [
        ("Bộ Y tế", province, "vaccine_dose", quantity, "Pfizer") for province, quantity in rows
    ]


def test_donated_doses_are_the_givers() -> None:
    text = (
        "HÀ NỘI — The Ministry of Health has issued a decision on the distribution of 300,000"
        " doses of Japan-donated AstraZeneca COVID-19 vaccines. Quang Ninh and Lang Son CDCs"
        " will receive 100,000 and 50,000 doses, respectively."
    )
    assert gift_rows(text, _DAY, ("donor", "recipient", "quantity", "detail")) == [
        ("Nhật Bản", "Quảng Ninh", 100000, "AstraZeneca"),
        ("Nhật Bản", "Lạng Sơn", 50000, "AstraZeneca"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The northern region will receive 300,000 doses, the police force 50,000, and the army"
        " 89,000.",
        "The health ministry has also decided to give 30,000 doses to police forces.",
    ],
)
def test_regions_and_forces_are_no_recipients(sentence: str) -> None:
    assert gift_rows(_DECISION + sentence, _DAY) == []


def test_a_bulletin_that_counts_doses_allocates_nothing() -> None:
    text = (
        "The Ministry of Health reported 4,150 new cases on Thursday, including Ho Chi Minh"
        " City (1,730), Binh Duong (840) and Long An (84). Vietnam has administered 9,000,000"
        " doses of vaccines so far."
    )
    assert gift_rows(text, _DAY) == []


def test_a_list_of_doses_is_no_list_of_cases() -> None:
    text = _DECISION + (
        "Hanoi is allocated the most, with 71,000 doses, followed by Ho Chi Minh City with"
        " 70,000, Hai Duong 58,000, and Bac Giang 30,000."
    )
    assert stats_by_province(text, _DAY, ["new_cases_24h"]) == {}
