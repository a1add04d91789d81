"""Counts that read like the day's cases and are not: an average per day ("bình quân mỗi
ngày ghi nhận hơn 120 ca mắc mới") and people suspected or awaiting a test ("13 trường hợp
nhập cảnh nghi nhiễm", "thêm 1 trường hợp … vào cách ly và đã được lấy mẫu xét nghiệm")."""

from __future__ import annotations

import re

# "bình quân mỗi ngày ghi nhận", "trung bình mỗi ngày có", "mỗi ngày thêm": per day, on
# average, in the count's clause before it.
_PER_DAY = re.compile(r"(?:bình quân|trung bình|mỗi ngày)[^.;,]{0,40}$")
# A suspect's words after the count, in its clause.
# (not cases found by screening: "13 ca phát hiện qua lấy mẫu giám sát cộng đồng")
_SUSPECT = re.compile(
    r"[^.;,]{0,120}?(?P<w>nghi (?:nhiễm|nghiễm|mắc|ngờ)|(?<!qua )lấy mẫu|chờ kết quả)"
)
# Words that make the count one of positives whatever follows ("5 ca dương tính, đã lấy mẫu
# F1"): the suspect's words then speak of others.
_POSITIVE = re.compile(r"dương tính|mắc|nhiễm|F0|COVID|Covid|SARS")


def per_day_or_suspects(s: str, position: int) -> bool:
    """Whether the count at ``position`` of sentence ``s`` is an average per day or a count
    of suspects, not the day's cases."""
    if ("bình quân" in s or "trung bình" in s or "mỗi ngày" in s) and _PER_DAY.search(
        s, max(0, position - 50), position
    ):
        return True
    if not ("nghi" in s or "lấy mẫu" in s or "chờ kết quả" in s):
        return False
    suspect = _SUSPECT.match(s, position)
    return suspect is not None and not _POSITIVE.search(s, position, suspect.start("w"))
