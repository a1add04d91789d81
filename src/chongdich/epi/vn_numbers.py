"""Vietnamese numbers, amounts and dates as they are written in the press.

Vietnamese writes "." as the thousands separator and "," as the decimal mark
("2.828" = 2828, "60,65%" = 60.65), amounts with word multipliers ("3 tỷ đồng",
"1,5 triệu"), and dates without a year ("31/10", "31.10", "ngày 2/11"), the year
being the one that puts the date closest before (or on) the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = [
    "COUNT_PATTERN",
    "NUMBER_PATTERN",
    "NUMBER_WORDS",
    "parse_amount",
    "parse_number",
    "parse_percent",
    "resolve_day_month",
]

# A written number: digits grouped by "." or "," (thousands) with an optional decimal part,
# or one of the small number words the press spells out ("hai máy xét nghiệm").
NUMBER_WORDS: dict[str, int] = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
# (thousands grouped by commas twice or more, as some Vietnamese pages copy English figures:
# "1,309,092 ca nhiễm" is 1309092, never its tail "309,092"; one comma stays a decimal mark)
NUMBER_PATTERN = r"\d{1,3}(?:,\d{3}){2,}(?![\d,])|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# A whole count as a pattern to embed: never starts or ends inside a written number, so
# "7.784 xã" is 7784 communes and never its tail "784" (a bare "\d+" after a lookbehind
# for digits alone matched right after the thousands dot).
COUNT_PATTERN = r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\d]|[.,]\d)"

_MULTIPLIERS: dict[str, int] = {
    "nghìn": 1_000,
    "ngàn": 1_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
}
_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d+$")
_PLAIN = re.compile(r"^\d+$")


def parse_number(text: str) -> float:
    """Read a Vietnamese-written number: "2.828" → 2828, "60,65" → 60.65, "hai" → 2.

    A dot followed by exactly three digits is a thousands separator; a comma is the
    decimal mark. Raises ValueError naming the text when it is not a number.
    """
    raw = text.strip()
    word = raw.lower()
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if _PLAIN.match(raw):
        return float(raw)
    if _GROUPED.match(raw):
        return float(raw.replace(".", ""))
    if _DECIMAL_COMMA.match(raw):
        return float(raw.replace(",", "."))
    grouped_decimal = re.match(r"^(\d{1,3}(?:\.\d{3})+),(\d+)$", raw)
    if grouped_decimal:
        return float(grouped_decimal.group(1).replace(".", "") + "." + grouped_decimal.group(2))
    # "60.65%" written the English way: a dot not followed by exactly three digits.
    if re.match(r"^\d+\.\d{1,2}$", raw) or re.match(r"^\d+\.\d{4,}$", raw):
        return float(raw)
    raise ValueError(f"not a Vietnamese number: {text!r}")


_THOUSANDS_COMMAS = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def parse_count(text: str) -> int:
    """A whole count ("2.828" → 2828); raises ValueError when it has a fraction.

    Commas before groups of three digits ("834,394", as pages quoting English sources
    write) are thousands: read as a decimal comma they would give a fraction of a case."""
    if _THOUSANDS_COMMAS.match(text.strip()):
        return int(text.strip().replace(",", ""))
    value = parse_number(text)
    if value != int(value):
        raise ValueError(f"not a whole count: {text!r}")
    return int(value)


def parse_percent(text: str, upper: float = 100.0) -> float:
    """ "60,65%" → 60.65; the value must lie in [0, ``upper``] (a coverage counting people
    from other provinces may pass 100: "M1: 1.009.244 = 103,26%")."""
    raw = text.strip().rstrip("%").strip()
    value = parse_number(raw)
    if not 0 <= value <= upper:
        raise ValueError(f"percentage out of range: {text!r}")
    return value


def parse_amount(number: str, multiplier: str | None) -> int:
    """ "3" + "tỷ" → 3,000,000,000; "1,5" + "triệu" → 1,500,000; "500" + None → 500."""
    value = parse_number(number)
    if multiplier:
        key = multiplier.strip().lower()
        if key not in _MULTIPLIERS:
            raise ValueError(f"unknown multiplier: {multiplier!r}")
        value *= _MULTIPLIERS[key]
    return round(value)


def resolve_day_month(
    day: int, month: int, year: int | None, published: dt.date | None
) -> dt.date | None:
    """The date "day/month[/year]"; without a year, the latest one on or before publication.

    Press reports describe the past or the day of publication, so "31/10" in an article
    of 2021-11-03 is 2021-10-31 and "2/1" in an article of 2021-12-30 is 2021-01-02 only if
    written as such: we take the year that puts the date at most 7 days after publication
    (announcements of tomorrow's measures) and otherwise before it. Without a year and
    without a publication date the year cannot be resolved and the answer is None.
    Raises ValueError naming the bad day or month.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    if not 1 <= day <= 31:
        raise ValueError(f"day out of range: {day}")
    if year is not None:
        if year < 100:
            year += 2000
        return dt.date(year, month, day)
    if published is None:
        return None
    for candidate_year in (published.year, published.year - 1):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue
        if candidate <= published + dt.timedelta(days=7):
            return candidate
    return None
