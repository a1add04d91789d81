"""Two provinces joined by "và" that a central directive applies in: "TP.HCM và Long An đều
áp dụng giãn cách xã hội theo Chỉ thị 15", "Trên địa bàn tỉnh Bắc Ninh và Bắc Giang đều có nơi
thực hiện giãn cách xã hội theo Chỉ thị 15/CT-TTg, Chỉ thị 16/CT-TTg", "Chỉ thị 16 được áp
dụng tại Bình Dương và Đồng Nai": each of the two gets the document, as each province of a
list of three or more does (``directives._listed_provinces``).

Only when the sentence names no other province, and, when it cites more than one document,
only when "đều" or "cùng" says both provinces do the same ("Hà Nội theo Chỉ thị 16 và Bắc
Ninh theo Chỉ thị 15" gives each its own)."""

from __future__ import annotations

import itertools
import re

from ..gazetteer import Mention

# "A và B", "tỉnh A và tỉnh B", "A và thành phố B"
_JOINED = re.compile(r"\s*,?\s+và\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?")
# "… đều …", "… cùng áp dụng …": both do the same thing
_BOTH = re.compile(r"\s(?:đều|cùng)\s")


def paired_provinces(s: str, provinces: list[Mention], documents: int) -> list[str]:
    """The two provinces of "A và B" when they are the only provinces the sentence names
    (``documents``: how many distinct document numbers it cites)."""
    if " và " not in s:
        return []
    names = list(dict.fromkeys(p.name for p in provinces))
    if len(names) != 2:
        return []
    pair = [
        (first, second)
        for first, second in itertools.pairwise(provinces)
        if first.name != second.name and _JOINED.fullmatch(s, first.end, second.start)
    ]
    if not pair:
        return []
    first, second = pair[0]
    if documents > 1 and not _BOTH.search(s, second.end, second.end + 40):
        return []
    return [first.name, second.name]
