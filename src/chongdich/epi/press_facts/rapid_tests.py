"""Positives of rapid tests are no day's count (docs/intake-annotation.md, "A text that opens
mid-article": "positives of rapid tests counted apart from the bulletin's cases … are not
`new_cases_24h`"): "các tổ này test nhanh COVID-19 …; đặc biệt phát hiện 10 trường hợp dương
tính", "Qua xét nghiệm nhanh kháng nguyên, phát hiện 12 trường hợp dương tính". The count the
sentence gives before the rapid test ("ghi nhận 300 ca mắc mới, trong đó 20 ca phát hiện qua
test nhanh") stays the day's."""

from __future__ import annotations

import re
from typing import Any

Figure = tuple[int, str, Any, tuple[int, int]]

_RAPID = re.compile(r"(?:test|xét nghiệm)\s+(?:kháng nguyên\s+)?nhanh|test kháng nguyên")
# the count's own words: found positive ("phát hiện 10 trường hợp dương tính")
_POSITIVE_AFTER = re.compile(r"\s+(?:ca|trường hợp|người|F0)\s+(?:có kết quả\s+)?dương tính")


def without_rapid_test_positives(s: str, found: list[Figure]) -> list[Figure]:
    """``found`` without the day's counts of positives a rapid test named before them found."""
    if "nhanh" not in s and "kháng nguyên" not in s:
        return found
    rapid = _RAPID.search(s)
    if rapid is None:
        return found
    return [
        f
        for f in found
        if f[1] != "new_cases_24h" or f[0] < rapid.start() or not _POSITIVE_AFTER.match(s, f[3][1])
    ]
