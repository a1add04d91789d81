"""Provinces named only as where a count's people came from: "Trong số 11 trường hợp mới,
có một số người có dịch tễ về từ TP.HCM, Bình Dương". The count is the page's province's
(restated), never TP HCM's; a sentence whose every province is such an origin gives its
figures to none of them."""

from __future__ import annotations

import re
from typing import Any

from ..gazetteer import Mention

Figure = tuple[int, str, Any, tuple[int, int]]

# Right before a province: "về từ", "trở về từ", "đến từ", "di chuyển từ", "từ … về" lists
# joined by commas ("về từ TP.HCM, Bình Dương").
_CAME_FROM = re.compile(
    r"(?:(?:trở\s+)?về\s+từ|đến\s+từ|di chuyển\s+từ|xuất phát\s+từ)\s+"
    r"(?:(?:các\s+)?(?:tỉnh|thành phố|TP\.?)\s*)?"
    r"(?:[^.;:\d]{1,30}?,\s*(?:và\s+)?)*$"
)


def without_origin_counts(
    s: str, base: int, figures: list[Figure], provinces: list[Mention]
) -> list[Figure]:
    """``figures`` of sentence ``s`` (starting at ``base``) without those read before
    provinces that are all origins."""
    named = [p for p in provinces if base <= p.start < base + len(s)]
    if not named or not all(_CAME_FROM.search(s, 0, p.start - base) for p in named):
        return figures
    first = named[0].start - base
    return [f for f in figures if f[0] > first]
