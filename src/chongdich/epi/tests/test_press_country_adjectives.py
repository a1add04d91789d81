"""A country's adjective standing alone as the giver ("donated by German states", "a gift of
the Japanese people") names the country, in Vietnamese, as "the Australian Government" does;
an adjective before another body ("the Korean Embassy") keeps the body's name. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Directives and
support events across the development sets (rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "HÀ NỘI — The Ministry of Health yesterday received 80,000 COVID-19 test kits donated "
            "by German states via a charity.",
            "Đức",
        ),
        (
            "HÀ NỘI — The Ministry of Health yesterday received 80,000 COVID-19 test kits donated "
            "by the Japanese people.",
            "Nhật Bản",
        ),
        (
            "HÀ NỘI — The Ministry of Health yesterday received 80,000 COVID-19 test kits donated "
            "by the Australian Government.",
            "Úc",
        ),
    ],
)
def test_a_countrys_adjective_alone_names_the_country(text, donor):
    rows = gift_rows(text, dt.date(2021, 9, 1), ("donor", "item", "quantity"))
    assert rows == [(donor, "test_kit", 80000)]


def test_an_adjective_before_a_body_keeps_the_body():
    text = (
        "HÀ NỘI — The Ministry of Health yesterday received 80,000 COVID-19 test kits donated "
        "by the Korean Embassy."
    )
    rows = gift_rows(text, dt.date(2021, 9, 1), ("donor", "item", "quantity"))
    assert rows == [("Korean Embassy", "test_kit", 80000)]
