"""A running total written in thousands or millions by word after its label ("… /tổng số
hơn 79 ngàn ca mắc Covid-19 toàn tỉnh", "lũy kế gần 1,2 triệu ca"): the total, "hơn" and
"trên" making it a lower bound as for any total. The patterns of ``stat_patterns`` read
digits only ("79" of "79 ngàn" is no count); a day's count or an outcome in words is not
read here."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..vn_numbers import parse_amount

Figure = tuple[int, str, Any, tuple[int, int]]

_SCALED_TOTAL = re.compile(
    r"(?:[Tt]ổng số|[Tt]ổng cộng|[Ll]ũy kế|[Ll]uỹ kế|[Cc]ộng dồn|[Tt]ích lũy)\s+"
    r"(?:(?:ca|trường hợp)\s+(?:mắc|nhiễm)\s+(?:là\s+|lên\s+)?|là\s+|lên\s+)?"
    r"(?:(?P<bound>hơn|trên|gần|khoảng)\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{1,3})?)\s+(?P<mult>nghìn|ngàn|triệu)\s+(?:ca|trường hợp|bệnh nhân|F0)\b"
    r"(?!\s+(?:khỏi|tử vong|xuất viện|ra viện|đang|mới|nặng))"
)


# "đến nay": the total stands at the page's date (the "Đến nay" rule of test4)
_UP_TO_NOW = re.compile(r"(?:[Đđ]ến|[Tt]ới) nay|[Hh]iện nay")


def scaled_totals(s: str, published: dt.date | None = None) -> list[Figure]:
    """The running totals of ``s`` written with "nghìn", "ngàn" or "triệu", as of the page's
    date when the sentence says "đến nay"."""
    if "nghìn" not in s and "ngàn" not in s and "triệu" not in s:
        return []
    found: list[Figure] = []
    for match in _SCALED_TOTAL.finditer(s):
        try:
            count = parse_amount(match.group("n"), match.group("mult"))
        except ValueError:
            continue
        at = match.start("n")
        found.append((at, "cumulative_cases", count, match.span("n")))
        if match.group("bound") in {"hơn", "trên"}:
            found.append((at, "cumulative_is_lower_bound", True, match.span("bound")))
        if published is not None and _UP_TO_NOW.search(s, 0, at):
            found.append((at, "as_of", published.isoformat(), match.span("n")))
    return found


def without_unscaled_digits(s: str, found: list[Figure]) -> list[Figure]:
    """``found`` without the totals other patterns read from the digits of a scaled total
    of ``s`` ("64" of "là gần 64 nghìn ca")."""
    scaled = {f[0]: f[2] for f in scaled_totals(s) if f[1] == "cumulative_cases"}
    if not scaled:
        return found
    return [
        f
        for f in found
        if not (f[1] == "cumulative_cases" and f[0] in scaled and f[2] != scaled[f[0]])
    ]
