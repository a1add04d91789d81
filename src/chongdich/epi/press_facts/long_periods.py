"""A range of days with both ends written, longer than a day's window: "số ca F0 ghi nhận từ
ngày 01/1/2021 đến 16h ngày 8/11/2021: 80 trường hợp, trong đó: 59 ca ghi nhận tại cộng
đồng", "tính từ ngày 05/02/2021 đến 10h00 ngày 19/11/2021 là 341 bệnh nhân; điều trị khỏi và
xuất viện 103 bệnh nhân". Its counts are a period's: no day's count, and no total of cases,
recovered or deaths (docs/intake-annotation.md, `cumulative_cases` and "Periods for recovered
and deaths"). A range from the wave's first day (27/4/2021) or the first case (23/1/2020)
keeps its totals ("A wave's total with both ends written"; the seed sets' recovered and
deaths "từ ngày 27.4 đến nay" too); patients under treatment stand whatever the range.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

Figure = tuple[int, str, Any, tuple[int, int]]

_RANGE = re.compile(
    # ("từ ngày 8 đến 26/7": the first day's month left to the second's)
    # ("từ 11h00 ngày 30/4/2022 đến 11h00 ngày 06/5/2022": a week, an hour at each end)
    r"[Tt]ừ (?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?\s+)?"
    r"(?:ngày\s+(?P<d0>\d{1,2})(?=\s+(?:đến|tới)\s)|(?:ngày\s+)?(?P<d1>\d{1,2})[/.-]"
    r"(?P<m1>\d{1,2})(?:[/.-](?P<y1>\d{4}))?)\s+"
    r"(?:đến|tới)\s+(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?\s+)?(?:ngày\s+)?"
    r"(?P<d2>\d{1,2})[/.-](?P<m2>\d{1,2})(?:[/.-](?P<y2>\d{4}))?(?![\d/])"
)
# Days that begin the counts the guideline keeps as totals.
_WHOLE_COUNT_STARTS = {(23, 1), (27, 4)}
# Longer than this, the range is a period, not a day's window across midnight.
_WINDOW_DAYS = 2
_CASE_TOTALS = frozenset({"cumulative_cases", "cumulative_is_lower_bound"})
_OUTCOMES = frozenset({"recovered", "deaths"})
_DAILY = frozenset({"new_cases_24h", "community_cases", "imported_cases", "local_cases"})


def _start(match: re.Match[str]) -> tuple[int, int]:
    if match.group("d0"):
        return int(match.group("d0")), int(match.group("m2"))
    return int(match.group("d1")), int(match.group("m1"))


def _days_between(match: re.Match[str]) -> int | None:
    y2 = int(match.group("y2") or match.group("y1") or 2021)
    y1 = int(match.group("y1") or y2)
    day, month = _start(match)
    try:
        start = dt.date(y1, month, day)
        end = dt.date(y2, int(match.group("m2")), int(match.group("d2")))
    except ValueError:
        return None
    return (end - start).days


def without_long_periods(s: str, found: list[Figure]) -> list[Figure]:
    """``found`` without the figures a range of many days counts, after the range opens."""
    for match in _RANGE.finditer(s):
        days = _days_between(match)
        if days is None or days <= _WINDOW_DAYS:
            continue
        dropped = _DAILY
        if _start(match) not in _WHOLE_COUNT_STARTS:
            dropped = dropped | _CASE_TOTALS | _OUTCOMES
        found = [f for f in found if f[1] not in dropped or f[0] < match.start()]
    return found


_SPLIT_OPENS = re.compile(r"\s*[Tt]rong (?:đó|số (?:này|đó|các ca này))\b")


def splits_a_long_range(lead: str, s: str) -> bool:
    """``s`` splits the count of a range of many days the sentence before gave ("… (từ 11h00
    ngày 30/4/2022 đến 11h00 ngày 06/5/2022) ghi nhận 245 trường hợp … Trong đó: …")."""
    if _SPLIT_OPENS.match(s) is None or "ừ " not in lead:
        return False
    return any((_days_between(m) or 0) > _WINDOW_DAYS for m in _RANGE.finditer(lead))
