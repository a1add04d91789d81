"""Provinces named only as where a count's people came from: "Trong số 11 trường hợp mới,
có một số người có dịch tễ về từ TP.HCM, Bình Dương", "Nghĩa Hưng có 1 ca cộng đồng, …, là
F1 của BN COVID-19 tại Hà Nội". The count is the page's province's
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
    r"(?:(?:(?:trở\s+)?về\s+từ|đến\s+từ|di chuyển\s+từ|xuất phát\s+từ)\s+"
    r"(?:(?:các\s+)?(?:tỉnh|thành phố|TP\.?)\s*)?"
    r"(?:[^.;:\d]{1,30}?,\s*(?:và\s+)?)*"
    # the case a contact caught it from: "là F1 của BN COVID-19 tại Hà Nội"
    r"|F[1-3]\s*(?:của|với)\s+(?:BN|bệnh nhân|ca bệnh|F0)[^.;:]{0,30}?\s(?:tại|ở)\s+"
    r"(?:(?:tỉnh|thành phố|TP\.?)\s*)?)$"
)


def without_origin_counts(
    s: str, base: int, figures: list[Figure], provinces: list[Mention]
) -> list[Figure]:
    """``figures`` of sentence ``s`` (starting at ``base``) without those read before
    provinces that are all origins."""
    if "từ" not in s and "F" not in s:
        return figures
    named = [p for p in provinces if base <= p.start < base + len(s)]
    if not named or not all(_CAME_FROM.search(s, 0, p.start - base) for p in named):
        return figures
    first = named[0].start - base
    return [f for f in figures if f[0] > first]
