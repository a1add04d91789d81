"""A district's or town's change of level, stated in a province's notice.

A notice of levels gives the province's level, then its districts', and a district that
moved says so in the same frame as a province would: "(TP. Mỹ Tho tăng từ cấp độ 2 lên cấp
độ 3)", "huyện Châu Thành từ cấp độ 3 giảm xuống cấp độ 2", "Thị xã Gò Công đã chuyển từ
cấp độ 2 sang cấp độ 1". The change is the district's: the province keeps the level the
notice gives it. A "TP" or "thành phố" that is a province ("TP Cần Thơ tăng từ cấp 2 lên
cấp 3") keeps its change.
"""

from __future__ import annotations

import re

from ..gazetteer import find_provinces

# The district named right before the change, only verbs and adverbs between.
_DISTRICT_BEFORE = re.compile(
    r"(?:TP\.?|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã|TX\.?)\s*"
    r"(?:\d{1,2}|[A-ZĐÀ-Ỹ][\wà-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ]*){0,3})"
    r"\s+(?:(?:đã|vừa|được|bị|tăng|giảm|chuyển|điều chỉnh|nâng|hạ|cũng)\s+)*$"
)


def changed_by_a_district(s: str, start: int) -> bool:
    """Whether the change of level at ``s[start:]`` ("từ cấp độ 2 lên cấp độ 3") is a
    district's, named right before it."""
    if not any(word in s for word in ("TP", "hành phố", "uyện", "uận", "hị xã", "TX")):
        return False
    district = _DISTRICT_BEFORE.search(s, max(0, start - 80), start)
    return district is not None and not find_provinces(district.group())
