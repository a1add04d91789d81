"""English gifts told as received ("the Health Ministry received medical equipment worth …
gifted by Switzerland Friday") or as goods that arrived after a gift that counted nothing
("… has gifted Việt Nam US$5 million worth of medical supplies. Thirty ventilators … arrived
… on Friday"), the country as a receiver, a weekday as the gift's day, and a tally "up to
now" that is no gift. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import gift_rows

_FRIDAY = dt.date(2021, 9, 10)
_SUNDAY = dt.date(2021, 9, 12)
_ROWS = ("donor", "recipient", "item", "quantity", "date")


@pytest.mark.parametrize("cut", ["", "\n\n…\n\n"])
def test_the_items_of_a_gift_received_that_counted_nothing(cut: str) -> None:
    text = (
        "Vietnam's Health Ministry received medical equipment worth around 3 million euros"
        f" gifted by Austria Friday.{cut} The donated items are 20 oxygen ventilators, 100,000"
        " rapid test kits and 150,000 surgical masks."
    )
    assert gift_rows(text, _FRIDAY, _ROWS) == [
        ("Áo", "Bộ Y tế", "ventilator", 20, "2021-09-10"),
        ("Áo", "Bộ Y tế", "test_kit", 100000, "2021-09-10"),
        ("Áo", "Bộ Y tế", "mask", 150000, "2021-09-10"),
    ]


def test_goods_that_arrived_after_the_gift() -> None:
    text = (
        "HCM CITY – Austria has gifted Việt Nam US$3 million worth of medical supplies to"
        " support its fight against COVID-19.\nTwenty ventilators, 100,000 sets of antigen tests"
        " and 150,000 medical masks arrived at HCM City's airport from the European country on"
        " Friday."
    )
    assert gift_rows(text, _SUNDAY, _ROWS) == [
        ("Áo", "Chính phủ", "ventilator", 20, "2021-09-10"),
        ("Áo", "Chính phủ", "test_kit", 100000, "2021-09-10"),
        ("Áo", "Chính phủ", "mask", 150000, "2021-09-10"),
    ]


def test_the_country_receives() -> None:
    text = (
        "HÀ NỘI — Việt Nam received 1,200,000 doses of AstraZeneca COVID-19 vaccines from the"
        " COVAX Facility on Friday, bringing the total donations from the initiative to"
        " 9,000,000 doses."
    )
    assert gift_rows(text, _SUNDAY, ("donor", "recipient", "quantity", "detail", "date")) == [
        ("COVAX Facility", "Chính phủ", 1200000, "AstraZeneca", "2021-09-10")
    ]


def test_a_tally_up_to_now_is_no_gift() -> None:
    text = (
        "The Nghe An provincial Military Command has opened three stalls in Vinh city. Up to"
        " now, the military command has given over 4,000 kilograms of food and VND 90 million."
    )
    assert gift_rows(text, _SUNDAY) == []


def test_doses_bought_are_no_gift() -> None:
    text = (
        "Việt Nam received the first batch of 117,600 doses of COVID-19 vaccine bought from"
        " AstraZeneca on February 24, and launched its inoculation drive on March 8."
    )
    assert gift_rows(text, _SUNDAY) == []
