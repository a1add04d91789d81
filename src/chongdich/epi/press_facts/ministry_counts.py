"""The day's count the Ministry of Health announces, written with no "mới": "Bộ Y tế tối
20/12 công bố 14.977 ca nhiễm", "Trong 11.527 ca nhiễm Bộ Y tế công bố tối 22/9 có …". The
evening bulletin's announcement is the day's `new_cases_24h` (docs/intake-annotation.md, 265);
the sentence names the Ministry, so the count is the country's. Not the day's recoveries or
deaths ("Bộ Y tế công bố 1.000 ca khỏi bệnh"), nor a total ("tổng số", "đến nay").
"""

from __future__ import annotations

import re
from typing import Any

from ..vn_numbers import parse_count
from .shared import COVID, NUM

_WHEN = (
    r"(?:(?:vào\s+)?(?:sáng|trưa|chiều|tối|đêm|ngày|hôm nay|hôm qua)"
    r"(?:\s+(?:nay|qua|ngày))?(?:\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?"
    r"(?:\s*\(\d{1,2}[/.-]\d{1,2}\))?\s+)?"
)
_KIND = rf"(?:\s+(?:mắc|nhiễm|bệnh|dương tính))?(?:\s+(?:với\s+)?{COVID})?"
# Not what the day's count is split into or another outcome
_NOT_NEW = r"(?!\s*(?:mới|đã|được|khỏi|xuất viện|ra viện|tử vong|nặng|nhập cảnh|đang|trong nước))"
MINISTRY_COUNT = re.compile(
    # "Bộ Y tế tối 20/12 công bố 14.977 ca nhiễm"
    rf"Bộ Y tế\s+{_WHEN}(?:vừa\s+|đã\s+)?công bố\s+(?P<n>{NUM})\s+(?:ca|trường hợp|F0)"
    rf"{_KIND}{_NOT_NEW}(?![\d.,])"
    # "Trong 11.527 ca nhiễm Bộ Y tế công bố tối 22/9 có …": the count the split is of
    rf"|[Tt]rong\s+(?:số\s+)?(?P<n2>{NUM})\s+(?:ca|trường hợp|F0){_KIND}\s*,?\s*"
    r"(?:(?:do|được|mà)\s+)?Bộ Y tế\s+(?:vừa\s+)?công bố"
)
# A total or a span of days is no day's count.
_TOTAL_BEFORE = re.compile(r"[Tt]ổng|[Ll][ũu]y kế|[Cc]ộng dồn|[Tt]ừ đầu|[Tt]ính đến|đến nay")


def ministry_day_counts(s: str) -> list[tuple[int, str, Any, tuple[int, int]]]:
    """The day's counts the Ministry announces in sentence ``s``, as the statistics'
    ``(offset, field, value, span)`` figures."""
    if "Bộ Y tế" not in s or "công bố" not in s:
        return []
    found: list[tuple[int, str, Any, tuple[int, int]]] = []
    for match in MINISTRY_COUNT.finditer(s):
        group = "n" if match.group("n") else "n2"
        if _TOTAL_BEFORE.search(s, 0, match.start(group)):
            continue
        count = parse_count(match.group(group))
        # (the count before the Ministry is placed after it, so that the sentence's subject is
        # the country the Ministry speaks for, not a province named earlier)
        at = match.start(group) if group == "n" else match.end()
        found.append((at, "new_cases_24h", count, match.span(group)))
    return found


# A dated headline's day count, then the day's deaths or discharges: "Ngày 22/9 có 11.527 ca
# COVID-19; 236 ca tử vong", "Ngày 1.10: Cả nước 6.957 ca Covid-19, 27.250 ca khỏi" (the
# day's outcomes have no field: totals to date only).
DAY_HEADLINE_RUN = re.compile(
    r"(?:[Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối)\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    # ("Ngày 1.10: Cả nước 6.957 ca Covid-19, 27.250 ca khỏi": the country named, no verb)
    r"\s*[,:]?\s+(?:(?:[Cc]ả nước|Việt Nam|VN)\s+(?:(?:có|thêm|ghi nhận)\s+)?"
    # ("Ngày 31/10: Có 5.519 ca mắc COVID-19, 1.998 bệnh nhân khỏi bệnh", "Ngày 15/1: Ghi
    # nhận 12.695 ca COVID-19 trong cộng đồng, 51.744 F0 khỏi bệnh": the verb after a colon
    # written with its capital, the count's kind after it)
    r"|(?:[Cc]ó|[Tt]hêm|[Gg]hi nhận)\s+)(?:thêm\s+)?"
    rf"{NUM}\s+(?:ca|F0|trường hợp){_KIND}(?:\s+mới)?"
    r"(?:\s+(?:(?:trong|tại|ở)\s+cộng đồng|trong nước))?\s*[;,]\s*$"
)
