"""A total of one kind of case only is no `cumulative_cases` (docs/intake-annotation.md,
"Domestic totals", 321): a label naming the kind before its count ("Số lượng ca mắc mới ghi
nhận trong nước tính từ ngày 27/4 đến nay là 40.609 ca", "Tổng số ca nhiễm cộng đồng từ ngày
27-4 đến nay là 137.266") or the kind right after the count ("Việt Nam có tổng 2.207 ca nhập
cảnh và 118.612 ca mắc trong nước")."""

from __future__ import annotations

import re

from .shared import COVID, NUM

_KIND = r"(?:(?:ghi nhận|do lây nhiễm|lây nhiễm)\s+)?(?:trong nước|(?:trong |tại |ở )?cộng đồng)"
_ONE_KIND_TOTAL = re.compile(
    # the kind in the label: "Số lượng ca mắc mới ghi nhận trong nước … là 40.609"
    r"(?:[Tt]ổng\s+)?[Ss]ố(?:\s+lượng)?\s+(?:ca|trường hợp|F0|người)(?:\s+(?:mắc|nhiễm))?"
    rf"(?:\s+mới)?(?:\s+{COVID})?\s+{_KIND}(?:[^.;:]|(?<=\d)[./-](?=\d)){{0,60}}?"
    rf"(?:\blà|\blên|:)\s*(?:(?:hơn|gần|trên|khoảng)\s+)?(?P<n>{NUM})"
    # the kind after the count: "tổng 2.207 ca nhập cảnh"
    rf"|(?<![\d.,])(?P<n2>{NUM})\s+(?:ca|trường hợp|F0)(?:\s+(?:mắc|nhiễm))?"
    r"\s+(?:nhập cảnh|trong nước|(?:ghi nhận\s+)?trong nước|(?:trong |tại |ở )cộng đồng)"
    r"(?![\wà-ỹ])"
)


def without_one_kinds_totals(
    s: str, found: list[tuple[int, str, object, tuple[int, int]]]
) -> list[tuple[int, str, object, tuple[int, int]]]:
    """``found`` less the `cumulative_cases` of sentence ``s`` that count one kind only."""
    if not any(f[1] == "cumulative_cases" for f in found):
        return found
    if "trong nước" not in s and "cộng đồng" not in s and "nhập cảnh" not in s:
        return found
    spots = set()
    for match in _ONE_KIND_TOTAL.finditer(s):
        spots.add(match.start("n") if match.group("n") else match.start("n2"))
    return [f for f in found if f[1] != "cumulative_cases" or f[0] not in spots]
