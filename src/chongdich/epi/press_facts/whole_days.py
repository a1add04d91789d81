"""The day's whole count after a part of it: "Tối ngày 20/9, Hà Nội ghi nhận thêm 3 ca …
Ngày hôm nay, Hà Nội chỉ ghi nhận 9 ca mắc COVID-19". The count "ngày hôm nay" / "cả ngày"
gives the whole day (read here: "chỉ ghi nhận" has no "thêm" or "mới") and replaces the
evening's increment read before it."""

from __future__ import annotations

import re
from typing import Any

from ..vn_numbers import parse_count
from .shared import COVID, NUM

Figure = tuple[int, str, Any, tuple[int, int]]

# ("Trong ngày hôm nay (30/9), Hà Nội ghi nhận 2 ca …", "Hôm nay (30.9), …": the day's date in
# brackets after it; a sentence that opens "Hôm nay, …" states the whole day as well)
_WHOLE_DAY = re.compile(
    r"(?:[Nn]gày hôm nay|[Cc]ả ngày(?: hôm nay)?|[Tt]ính chung cả ngày|[Tt]rong cả ngày"
    r"|^\W{0,3}Hôm nay)"
    r"(?:\s*\(\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*\))?\s*,?\s*"
    r"[^.;\d]{0,30}?(?:chỉ\s+)?(?:ghi nhận|có)\s+(?:thêm\s+)?(?:tổng cộng\s+)?$"
)
_COUNT = re.compile(
    rf"(?P<n>{NUM})\s+(?:ca|trường hợp|F0)"
    rf"(?:\s+(?:mắc|nhiễm|dương tính)(?:\s+(?:với\s+)?{COVID})?)?"
    r"(?!\s+(?:khỏi|xuất viện|ra viện|tử vong|nặng|đang|F\d))"
)


def counts_the_whole_day(s: str, position: int) -> bool:
    """Whether the count at ``position`` of ``s`` is stated for the whole day."""
    if "gày" not in s and not s.lstrip("…-–— ").startswith("Hôm nay"):
        return False
    return _WHOLE_DAY.search(s, max(0, position - 70), position) is not None


def with_the_whole_days_count(s: str, found: list[Figure]) -> list[Figure]:
    """``found`` and the whole day's count of ``s``, if it states one and none was read."""
    if "ôm nay" not in s and "cả ngày" not in s:
        return found
    for count in _COUNT.finditer(s):
        if counts_the_whole_day(s, count.start()) and not any(f[0] == count.start() for f in found):
            value = parse_count(count["n"])
            return [*found, (count.start(), "new_cases_24h", value, count.span("n"))]
    return found
