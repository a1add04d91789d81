import datetime as dt
import re

import pytest

from chongdich.epi.vn_numbers import (
    COUNT_PATTERN,
    parse_amount,
    parse_count,
    parse_percent,
    resolve_day_month,
)


@pytest.mark.parametrize(
    ("written", "value"),
    [("2.828", 2828), ("35.000", 35000), ("414", 414), ("1.234.567", 1234567), ("hai", 2)],
)
def test_counts_read_the_dot_as_thousands(written, value):
    assert parse_count(written) == value


@pytest.mark.parametrize(("written", "value"), [("60,65%", 60.65), ("15,44 %", 15.44), ("96%", 96)])
def test_percentages_read_the_comma_as_decimal_mark(written, value):
    assert parse_percent(written) == pytest.approx(value)


def test_a_percentage_over_100_is_refused_naming_it():
    with pytest.raises(ValueError, match="120"):
        parse_percent("120%")


@pytest.mark.parametrize(
    ("number", "multiplier", "value"),
    [
        ("3", "tỷ", 3_000_000_000),
        ("3", "tỉ", 3_000_000_000),
        ("1,5", "triệu", 1_500_000),
        ("200", "nghìn", 200_000),
        ("500", None, 500),
    ],
)
def test_amounts_apply_word_multipliers(number, multiplier, value):
    assert parse_amount(number, multiplier) == value


def test_a_fraction_is_not_a_count():
    with pytest.raises(ValueError, match="2,5"):
        parse_count("2,5")


def test_a_date_without_year_takes_the_year_of_publication():
    assert resolve_day_month(31, 10, None, dt.date(2021, 11, 3)) == dt.date(2021, 10, 31)


def test_a_date_after_publication_belongs_to_the_previous_year():
    assert resolve_day_month(20, 12, None, dt.date(2022, 1, 5)) == dt.date(2021, 12, 20)


def test_without_publication_the_year_is_unknown():
    assert resolve_day_month(31, 10, None, None) is None


def test_a_written_year_wins():
    assert resolve_day_month(2, 3, 2022, None) == dt.date(2022, 3, 2)


def test_an_impossible_month_is_named():
    with pytest.raises(ValueError, match="13"):
        resolve_day_month(1, 13, None, None)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("có 7.215 xã và 36 phường", ["7.215", "36"]),
        ("1.204.300 liều, 12 điểm tiêm", ["1.204.300", "12"]),
        ("tỷ lệ 12,5 và 3.25", []),  # a decimal is no count, nor is its tail
        ("mã 4.1234", []),
    ],
)
def test_a_count_pattern_never_starts_or_ends_inside_a_written_number(text, counts):
    assert re.findall(COUNT_PATTERN, text) == counts
