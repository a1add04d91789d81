"""Figures read as Vietnamese users write them, and as English users do."""

from __future__ import annotations

from decimal import Decimal

from django.utils import translation

from chongdich.formatting import grouped


def test_vietnamese_groups_with_dots_and_decimals_with_a_comma() -> None:
    with translation.override("vi"):
        assert grouped(2828) == "2.828"
        assert grouped(Decimal("60.65")) == "60,65"
        assert grouped(1117310) == "1.117.310"
        assert grouped(None) == "—"


def test_english_groups_with_commas() -> None:
    with translation.override("en"):
        assert grouped(2828) == "2,828"
        assert grouped(60.65) == "60.65"
        assert grouped(15.0) == "15"
