"""A day's count whose cases are all of one kind, said after it. All imported: "ghi nhận 4
ca mắc mới COVID-19 là người nhập cảnh được cách ly ngay", "thêm 5 ca mắc mới (thứ 1.317 đến
1.321) - là người nhập cảnh từ Pháp", "03 ca mắc mới (BN1075-1077): đều là các ca nhập
cảnh": the day's count is its own `imported_cases` too (docs/intake-annotation.md: the
breakdown of the count the sentence splits). All found in the community: "ghi nhận 2 ca
dương tính mới với SARS-CoV-2; đều qua sàng lọc trong cộng đồng", "5 ca mắc mới, đều là các
ca cộng đồng" (`community_cases`). Not a part of it ("trong đó 2 ca là người nhập cảnh",
read by the breakdown's patterns), nor a total ("tổng cộng 1.486 ca nhập cảnh").
"""

from __future__ import annotations

import re
from typing import Any

from ..vn_numbers import parse_count
from .shared import COVID, NUM

ALL_IMPORTED = re.compile(
    rf"(?<![\d.,])(?P<n>{NUM})\s+(?:ca|trường hợp|bệnh nhân|F0)"
    r"(?:\s+(?:bệnh|mắc|nhiễm|dương tính))?(?:\s+mới)?"
    rf"(?:\s+(?:với\s+)?{COVID})?(?:\s+mới)?"
    # the cases' numbers in brackets: "(thứ 1.317 đến 1.321)", "(BN1075-1077)"
    r"(?:\s*\([^()]{0,40}\))?"
    r"\s*(?:[-–:,]\s*)?(?:(?:đều|tất cả(?:\s+đều)?)\s+)?là\s+(?:các\s+|những\s+)?"
    r"(?:người|ca(?:\s+bệnh)?|trường hợp)\s+(?:được\s+)?(?:cách ly\s+)?(?:ngay\s+)?"
    r"(?:sau khi\s+)?nhập cảnh(?!\s+trái phép)"
)
# ("2 ca dương tính mới với SARS-CoV-2; đều qua sàng lọc trong cộng đồng")
ALL_IN_COMMUNITY = re.compile(
    rf"(?<![\d.,])(?P<n>{NUM})\s+(?:ca|trường hợp|bệnh nhân|F0)"
    r"(?:\s+(?:bệnh|mắc|nhiễm|dương tính))?(?:\s+mới)?"
    rf"(?:\s+(?:với\s+)?(?:virus\s+|vi rút\s+)?{COVID})?(?:\s+mới)?"
    r"\s*[;,:–-]?\s*(?:tất cả\s+)?đều\s+(?:là\s+(?:các\s+|những\s+)?(?:ca|trường hợp)\s+)?"
    r"(?:được\s+)?(?:phát hiện\s+|ghi nhận\s+|lây nhiễm\s+)?(?:qua\s+sàng lọc\s+)?"
    r"(?:(?:trong|tại|ở)\s+)?cộng đồng"
)
_PART_OR_TOTAL_BEFORE = re.compile(
    r"(?:trong đó|gồm|bao gồm)\s*(?:có\s+)?$|[Tt]ổng|[Ll][ũu]y kế|[Cc]ộng dồn|[Tt]ừ đầu|đến nay"
)


def all_of_one_kind(s: str) -> list[tuple[int, str, Any, tuple[int, int]]]:
    """The day's counts of sentence ``s`` said to be all imported or all found in the
    community, as `imported_cases` or `community_cases` figures ``(offset, field, value,
    span)``."""
    kinds = []
    if "nhập cảnh" in s and " là " in s:
        kinds.append((ALL_IMPORTED, "imported_cases"))
    if "cộng đồng" in s and "đều" in s:
        kinds.append((ALL_IN_COMMUNITY, "community_cases"))
    found: list[tuple[int, str, Any, tuple[int, int]]] = []
    for pattern, field in kinds:
        for match in pattern.finditer(s):
            if _PART_OR_TOTAL_BEFORE.search(s, 0, match.start("n")):
                continue
            count = parse_count(match.group("n"))
            found.append((match.start("n"), field, count, match.span("n")))
    return found
