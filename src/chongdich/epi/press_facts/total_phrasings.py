"""Running totals in two phrasings the total patterns miss: the total raised with its place
and no "lên" ("nâng tổng số ca mắc trong toàn tỉnh 1.788 ca", "nâng tổng số bệnh nhân mắc
COVID-19 trên địa bàn toàn tỉnh là 26 người"), and "đến thời điểm này / hiện nay" as the
cue of the count to date ("Như vậy đến thời điểm này Quảng Bình đã ghi nhận 945 ca
COVID-19, trong đó 266 ca khỏi"), and the country's count as a clause ("khi tại nước ta đã có
hơn 60 người nhiễm bệnh"). Read only where no other total was."""

from __future__ import annotations

import re
from typing import Any

from ..vn_numbers import parse_count
from .shared import COVID, NUM

Figure = tuple[int, str, Any, tuple[int, int]]

_BOUND = r"(?P<bound>hơn|gần|trên|khoảng)"
_NOUN = r"(?:ca|trường hợp|bệnh nhân|người|F0)"
_RAISED_WITH_PLACE = re.compile(
    r"nâng tổng số (?:ca|bệnh nhân|trường hợp|người)(?:\s+(?:mắc|nhiễm|dương tính))?"
    rf"(?:\s+(?:với\s+)?{COVID})?"
    r"\s+(?:trên địa bàn|trong|tại|của)(?:\s+toàn)?\s+(?:tỉnh|thành phố)"
    r"(?:\s+[A-ZĐ][\wà-ỹ]*){0,3}"
    rf"\s+(?:là|lên)?\s*{_BOUND}?\s*(?P<n>{NUM})\s+{_NOUN}(?![\wà-ỹ])"
)
_AT_THIS_POINT = re.compile(
    r"đến thời điểm (?:này|hiện nay|hiện tại)\s*,?\s*[^.;\d]{0,50}?(?:đã\s+)?(?:ghi nhận|có)\s+"
    rf"(?:tổng(?: cộng)?(?: số)?\s+)?{_BOUND}?\s*(?P<n>{NUM})\s+(?:ca|trường hợp|bệnh nhân|F0)"
    r"(?!\s+(?:(?:mắc|nhiễm)\s+)?(?:mới|khỏi|xuất viện|ra viện|tử vong|đang|được|nặng|F\d"
    r"|nghi|trong cộng đồng|cộng đồng))"
)
# The country's standing count as the clause of a longer sentence: "khi tại nước ta đã có
# hơn 60 người nhiễm bệnh" (people "nhiễm bệnh", no cue of a total but the perfect "đã có").
_IN_THE_COUNTRY = re.compile(
    r"(?:tại|ở)\s+(?:nước ta|Việt Nam)\s+(?:đã|hiện)\s+(?:có|ghi nhận)\s+"
    rf"{_BOUND}?\s*(?P<n>{NUM})\s+(?:người|ca|trường hợp|bệnh nhân)\s+(?:nhiễm|mắc)"
    rf"(?:\s+bệnh|\s+{COVID})(?!\S*\s+mới)"
)
# A period opened before the cue: "Từ ngày 1/10 đến thời điểm này …".
_PERIOD_BEFORE = re.compile(r"[Tt]ừ (?:ngày\s+)?\d|[Tt]rong (?:đợt|tháng|tuần)")


def with_more_totals(s: str, found: list[Figure]) -> list[Figure]:
    """``found`` and the total of sentence ``s`` in either phrasing, if none was read; a
    wave's total ("trong đợt dịch bùng phát lần 4 này, Hậu Giang đã ghi nhận 14 trường
    hợp") is not also the day's count."""
    if "đợt dịch" in s:
        totals = {f[0] for f in found if f[1] == "cumulative_cases"}
        found = [f for f in found if f[1] != "new_cases_24h" or f[0] not in totals]
    if "nâng tổng" not in s and "thời điểm" not in s and "nước ta" not in s:
        return found
    if any(f[1] == "cumulative_cases" for f in found):
        return found
    total = _RAISED_WITH_PLACE.search(s) if "nâng tổng" in s else None
    if total is None and "thời điểm" in s:
        total = _AT_THIS_POINT.search(s)
        if total is not None and _PERIOD_BEFORE.search(s, 0, total.start()):
            total = None
    if total is None and "nước ta" in s:
        total = _IN_THE_COUNTRY.search(s)
    if total is None:
        return found
    figures = [(total.start("n"), "cumulative_cases", parse_count(total["n"]), total.span("n"))]
    if total["bound"]:
        figures.append((total.start("n"), "cumulative_is_lower_bound", True, total.span("bound")))
    return found + figures
