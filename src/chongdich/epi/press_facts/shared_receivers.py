"""One quantity given to two provinces at once: "Tập đoàn A đã trao tặng 50.000 bộ kit xét
nghiệm nhanh … cho tỉnh Thanh Hoá và Kiên Giang", "ủng hộ 2 tỷ đồng cho Sóc Trăng và Bạc
Liêu", "… với tỉnh A và B, Tập đoàn … đã trao tặng 50.000 bộ kit … cho hai địa phương này":
no count for each, so no event (docs/intake-annotation.md, "Gifts to several provinces
at once without a count for each … are not annotated"). "Mỗi tỉnh" or "lần lượt" gives each
its count (read elsewhere); a province's bodies joined by "và" are one receiver."""

from __future__ import annotations

import itertools
import re

from ..gazetteer import Mention

_JOINED = re.compile(r"\s*,?\s+(?:và|cùng)\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?")
_GIVEN_TO = re.compile(
    r"(?:cho|tặng|hỗ trợ|tới|đến)\s+(?:(?:các\s+)?(?:tỉnh|thành phố|TP\.?)\s+)?$"
)
_EACH = re.compile(r"\bmỗi\b|lần lượt|\beach\b")
# "… cho hai địa phương này": the two named before
_THOSE_PROVINCES = re.compile(
    r"cho\s+(?:hai|2|ba|3|các)\s+(?:địa phương|tỉnh(?:,?\s*thành(?:\s+phố)?)?)\s+"
    r"(?:này|trên|nói trên)(?![\wà-ỹ])"
)


def shared_by_two_provinces(s: str, after: int, provinces: list[Mention], base: int) -> bool:
    """After ``after`` (the giving verb's end in ``s``), the gift goes "cho A và B" or "cho
    hai địa phương này", and no count for each."""
    if _EACH.search(s):
        return False
    if _THOSE_PROVINCES.search(s, after):
        return True
    if " và " not in s[after:]:
        return False
    later = [p for p in provinces if p.start - base >= after]
    for first, second in itertools.pairwise(later):
        if first.name == second.name:
            continue
        if _GIVEN_TO.search(s, max(after, first.start - base - 30), first.start - base) and (
            _JOINED.fullmatch(s, first.end - base, second.start - base)
        ):
            return True
    return False
