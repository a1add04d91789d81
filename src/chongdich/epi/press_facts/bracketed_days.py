"""A total's day's part in brackets: "đã được điều trị khỏi 1.243 ca (trong ngày: 33), tử
vong 05 ca". The bracket gives the day's share of the total before it; the totals of the
sentence stay totals (the day's cue inside the bracket is not the sentence's).
"""

from __future__ import annotations

import re

_BRACKETED_DAY = re.compile(r"\(\s*(?:trong ngày|hôm nay)\s*:?\s*(?:\+\s*)?\d[\d.]*[^()]{0,12}\)")


def without_bracketed_days(head: str) -> str:
    """``head`` without its brackets that give a day's part of a total."""
    if "(" not in head:
        return head
    return _BRACKETED_DAY.sub(" ", head)
