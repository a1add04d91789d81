"""One province's share of the country's day, named after "trong đó": "Bộ Y tế cho biết ghi
nhận thêm 10.657 ca mắc COVID-19, trong đó Bình Dương có 4.223 ca". The share is that
province's count of the day (as a bulletin's list gives each province its count); the
share patterns of lists need two provinces or more, so a single one was left unread."""

from __future__ import annotations

import re
from typing import Any

from ..gazetteer import find_provinces
from ..vn_numbers import parse_count
from .shared import NUM

Figure = tuple[int, str, Any, tuple[int, int]]

_SHARE = re.compile(
    r",\s*trong đó\s+(?:(?:tỉnh|thành phố)\s+)?"
    r"(?P<place>[A-ZĐ][\wà-ỹ.]*(?:\s+[A-ZĐ][\wà-ỹ]*){0,3})\s+(?:có|ghi nhận|chiếm)\s+"
    rf"(?P<n>{NUM})\s+(?:ca|trường hợp|F0)(?![\wà-ỹ])"
    r"(?!\s+(?:tử vong|khỏi|xuất viện|ra viện|nặng|đang|nhập cảnh|cộng đồng|trong cộng đồng))"
)


def with_a_provinces_share(s: str, found: list[Figure]) -> list[Figure]:
    """``found`` and the day's count of the one province named after "trong đó" right after
    the country's day count of sentence ``s``."""
    days = [f for f in found if f[1] == "new_cases_24h"]
    if not days or "trong đó" not in s:
        return found
    # (the day's count right before it: a headline may have given it once already)
    share = next(
        (
            m
            for m in (_SHARE.search(s, day[3][1]) for day in days)
            if m is not None and any(0 <= m.start() - day[3][1] <= 40 for day in days)
        ),
        None,
    )
    if share is None:
        return found
    if not find_provinces(share["place"]) or any(f[0] == share.start("n") for f in found):
        return found
    value = parse_count(share["n"])
    return [*found, (share.start("n"), "new_cases_24h", value, share.span("n"))]
