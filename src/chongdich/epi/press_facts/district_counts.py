"""A day's count that a district heads ("huyện Cư Jut 05 trường hợp tại cộng đồng", "Thị xã
Điện Bàn ghi nhận 9 ca") or places ("26 ca cộng đồng tại huyện Hiệp Đức") is the district's,
not the province's: a breakdown of the province's day, which is annotated only as the
province's own figures (docs/intake-annotation.md)."""

from __future__ import annotations

import re

from ..gazetteer import find_provinces

# A named district, town or ward: "huyện Hiệp Đức", "Thị xã Điện Bàn", "phường An Mỹ"
# ("xã hội" is no ward: a name is capitalised).
_DISTRICT = r"(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|(?<![\wà-ỹ])[Xx]ã|[Pp]hường)\s+[A-ZĐÀ-Ỹ]"
DISTRICT_HEADS = re.compile(_DISTRICT)
DISTRICT_AFTER = re.compile(rf"[^,;.(]{{0,40}}?\b(?:tại|ở)\s+(?:các\s+)?{_DISTRICT}")
# A city, a district's rank unless it is a province ("TP.Tam Kỳ", "thành phố Gia Nghĩa";
# not "TP.HCM", "thành phố Cần Thơ")
_CITY = r"(?:[Tt]hành phố|TP)\.?\s*[A-ZĐÀ-Ỹ][\wà-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ]*){0,3}"
CITY_HEADS = re.compile(_CITY)
CITY_AFTER = re.compile(rf"[^,;.(]{{0,40}}?\b(?:tại|ở)\s+(?P<city>{_CITY})")
_DISTRICT_WORDS = ("uyện", "uận", "hị xã", "hị trấn", "xã", "hường", "hành phố", "TP")


def of_a_district(s: str, position: int, end: int, share: bool) -> bool:
    """The count at ``position`` (ending at ``end``) of sentence ``s`` is a district's: a
    district named before it in its clause (since ";" or ":"), or, for a ``share`` of the
    day (community, imported cases), right after it. (The day's count placed in districts,
    "3 ca mắc mới tại TP Buôn Ma Thuột, huyện Krông Pắc", may be all of the province's.)"""
    if not any(word in s for word in _DISTRICT_WORDS):
        return False
    clause_start = max(s.rfind(";", 0, position), s.rfind(":", 0, position)) + 1
    if DISTRICT_HEADS.search(s, clause_start, position):
        return True
    if any(_a_city(m.group()) for m in CITY_HEADS.finditer(s, clause_start, position)):
        return True
    if not share:
        return False
    after = CITY_AFTER.match(s, end)
    return DISTRICT_AFTER.match(s, end) is not None or (
        after is not None and _a_city(after["city"])
    )


def _a_city(name: str) -> bool:
    return not find_provinces(name)
