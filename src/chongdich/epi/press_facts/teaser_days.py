"""A sentence led by a part of another day than a window's ("Tại Bà Rịa - Vũng Tàu, sáng
24/7, vừa ghi nhận thêm 126 ca …" after "Tính từ 18h ngày 26/7 đến 6h ngày 27/7, …"): a tag
page's next teaser, another report. It closes the window, whose parts and lists it is not."""

from __future__ import annotations

import re

from .shared import DATE, DAY_PART

# A part of the day and its date near the sentence's start: "Sáng 24/7, …", "Tại X, tối 3/8, …"
_DATED_LEAD = re.compile(rf"(?<![\wà-ỹ]){DAY_PART}{DATE}")
_LEAD_LENGTH = 60
_DAY = re.compile(DATE)


def days_named(s: str) -> set[tuple[int, int]]:
    """The (day, month) of every date ``s`` writes."""
    return {(int(m.group(1)), int(m.group(2))) for m in _DAY.finditer(s)}


def leads_another_day(s: str, window_days: set[tuple[int, int]]) -> bool:
    """``s`` is led by a part of a day that none of the window's dates names."""
    lead = _DATED_LEAD.search(s, 0, _LEAD_LENGTH)
    return lead is not None and (int(lead.group(1)), int(lead.group(2))) not in window_days
