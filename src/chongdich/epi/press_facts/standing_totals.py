"""Totals a bulletin restates when nothing changed or as a share: "Việt Nam hiện vẫn có 1.059
bệnh nhân" (the total stays, after a day with no new case), "nước ta đã chữa khỏi cho
893/1.059 ca mắc" (the recovered of the total, and the total). Both are running totals
(docs/intake-annotation.md, `cumulative_cases`, `recovered`). And the day's total raised
after a part of it ("thông tin thêm về 4 ca mắc, nâng tổng ca mắc trong ngày là 7"), and a
wave's new cases summed ("tổng số ca dương tính mới trong đợt dịch thứ tư … là 376 ca"), its
total."""

from __future__ import annotations

import re
from typing import Any

from ..vn_numbers import parse_count
from .shared import COVID, NUM

Figure = tuple[int, str, Any, tuple[int, int]]

# "vẫn có 1.059 bệnh nhân.", "vẫn là 320 ca mắc COVID-19": the count ends its clause (not
# "vẫn có 12 bệnh nhân đang điều trị", patients by state)
_STILL = re.compile(
    r"\bvẫn\s+(?:là|có|ở mức)\s+(?P<n>" + NUM + r")\s+(?:ca|bệnh nhân|trường hợp)"
    rf"(?:\s+(?:mắc|nhiễm)(?:\s+{COVID})?|\s+{COVID})?\s*(?=[.;]|$)"
)
# "đã chữa khỏi cho 893/1.059 ca mắc", "điều trị khỏi 893/1.059 bệnh nhân"
_CURED_OF = re.compile(
    rf"(?:chữa|điều trị) khỏi\s+(?:cho\s+)?(?P<r>{NUM})\s*/\s*(?P<n>{NUM})\s+"
    r"(?:ca|bệnh nhân|trường hợp)"
)

# "tổng số ca dương tính mới trong đợt dịch thứ tư tại Đồng Nai là 376 ca": the wave's new
# cases, its total ("Tổng số ca dương mới …": a word dropped)
_WAVE_NEW = re.compile(
    r"[Tt]ổng số (?:ca|trường hợp)\s+(?:dương tính|dương|mắc|nhiễm)\s+mới\s+trong\s+đợt dịch"
    r"(?:\s+(?:thứ|lần thứ|lần)\s+(?:\d|tư|bốn))?(?:\s+(?:tại|ở)\s+[^.;:\d]{1,25}?)?"
    rf"\s+(?:là|lên)\s+(?P<n>{NUM})"
)
# "nâng tổng ca mắc trong ngày là 7", "nâng tổng số ca trong ngày lên 12": the day's whole
_DAY_RAISED = re.compile(
    r"nâng tổng(?: số)? (?:ca|trường hợp)(?: (?:mắc|nhiễm))?"
    rf"(?: {COVID})? trong ngày(?: hôm nay)?(?: lên| là|\s*:)\s*(?P<n>{NUM})"
)


def standing_totals(s: str) -> list[Figure]:
    """The running totals ``s`` restates: a total that stays, the recovered of a total."""
    found: list[Figure] = []
    if "vẫn" in s:
        for still in _STILL.finditer(s):
            value = parse_count(still.group("n"))
            found.append((still.start("n"), "cumulative_cases", value, still.span("n")))
    if "khỏi" in s:
        for cured in _CURED_OF.finditer(s):
            recovered = parse_count(cured.group("r"))
            found.append((cured.start("r"), "recovered", recovered, cured.span("r")))
            total = parse_count(cured.group("n"))
            found.append((cured.start("n"), "cumulative_cases", total, cured.span("n")))
    if "đợt dịch" in s:
        for wave in _WAVE_NEW.finditer(s):
            value = parse_count(wave.group("n"))
            found.append((wave.start("n"), "cumulative_cases", value, wave.span("n")))
    if "trong ngày" in s:
        for raised in _DAY_RAISED.finditer(s):
            value = parse_count(raised.group("n"))
            found.append((raised.start("n"), "new_cases_24h", value, raised.span("n")))
    return found


_DAILY = frozenset({"new_cases_24h", "community_cases", "imported_cases", "local_cases"})


def without_a_waves_split(s: str, found: list[Figure]) -> list[Figure]:
    """``found`` without the day's fields read in the split of a wave's new cases ("…
    trong đợt dịch thứ tư … là 376 ca, trong đó 136 trường hợp ghi nhận tại cộng đồng")."""
    for wave in _WAVE_NEW.finditer(s):
        found = [f for f in found if f[1] not in _DAILY or f[0] < wave.end()]
    return found
