"""Windows of hours other than a day: "từ 6 giờ sáng đến 19 giờ 30 tối nay", "Tính từ 12h
đến 18h ngày 24/5", "from 6 am to 6 pm". Their counts (and the lists and parts that follow
them) are no day's counts (docs/intake-annotation.md, "Windows shorter than a day")."""

from __future__ import annotations

import re

# One end of a window: an hour, its minutes, the part of the day and the day it falls on.
_END = (
    r"(?P<h{n}>\d{{1,2}})\s*(?:giờ|h|g)(?:\s*(?P<min{n}>\d{{2}}))?(?![\wà-ỹ])"
    r"(?:\s+(?P<part{n}>sáng|trưa|chiều|tối|đêm))?"
    r"(?:\s*(?:ngày\s+)?(?P<d{n}>\d{{1,2}})[/.-](?P<m{n}>\d{{1,2}})(?:[/.-]\d{{4}})?"
    r"|\s+(?P<rel{n}>hôm qua|hôm nay|nay))?"
)
# ("từ 17 giờ ngày 26.7 - 8 giờ ngày 27.7": the ends joined by a dash too)
_VIETNAMESE = re.compile(
    r"(?<![\wà-ỹ])[Tt]ừ\s+"
    + _END.format(n=1)
    + r"(?:,?\s+(?:đến|tới)\s+|\s*[-–]\s*(?=\d{1,2}\s*(?:giờ|h|g)\b))"
    + _END.format(n=2)
)
# "from 6 am to 6 pm", "between 12:00 and 18:00 on May 24", "from 6pm on Wednesday to 6am
# on Thursday", "between 6 pm August 9 to 6 am August 10" (each end's day named after it)
_ENGLISH_DAY = (
    r"(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{{1,2}}|\d{{1,2}}\s+(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)))?"
)
# ("From 12 noon to 6 pm on Saturday")
_ENGLISH_END = (
    r"(?P<h{n}>\d{{1,2}})(?::(?P<min{n}>\d{{2}}))?\s*(?P<part{n}>[ap]\.?m\.?|noon|midnight)?"
    + _ENGLISH_DAY
)
_ENGLISH = re.compile(
    r"\b(?:[Ff]rom|[Bb]etween)\s+"
    + _ENGLISH_END.format(n=1)
    + r"\s+(?:to|and|until)\s+"
    + _ENGLISH_END.format(n=2)
    + r"(?![\d:])"
)
# "from 6 p.m. on Saturday to Sunday morning": an hour to a part of the next day, no day.
_ENGLISH_TO_A_PART = re.compile(
    r"\b[Ff]rom\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+on\s+\w+day)?\s+(?:to|until)\s+"
    r"(?:\w+day\s+)?(?:morning|noon|afternoon|evening|midnight)\b"
)
# "trong 12 giờ qua", "in the past 12 hours", "over the last six hours"
_HOURS_PAST = re.compile(
    r"(?<![\wà-ỹ])(?:[Tt]rong\s+(?P<n>\d{1,2}|sáu|mười hai)\s*(?:giờ|h|tiếng)\s+qua"
    r"|(?:[Ii]n|[Oo]ver|[Dd]uring)\s+the\s+(?:past|last)\s+(?P<e>\d{1,2}|six|twelve)\s+hours)"
    r"(?![\wà-ỹ])"
)
_AFTERNOON = {"chiều", "tối", "đêm", "pm", "p.m", "p.m."}
_NAMED_HOURS = {"noon": 12.0, "midnight": 0.0}
# The Ministry's cut-off moves by an hour or so between bulletins ("từ 19h ngày 19/8 đến
# 18h30 ngày 20/8", "từ 18h ngày 5/9 đến 19h ngày 6/9"): such a window is still the day's.
_ABOUT_A_DAY = 2.0


def about_a_day(hours: float) -> bool:
    """A window of these many hours is a reporting day."""
    return abs(hours - 24) <= _ABOUT_A_DAY


def _clock(match: re.Match[str], n: int) -> float:
    hour = int(match.group(f"h{n}"))
    part = (match.group(f"part{n}") or "").rstrip(".").lower()
    if part in _NAMED_HOURS:
        return _NAMED_HOURS[part]
    if part.replace(".", "") == "pm" or part in _AFTERNOON:
        hour += 12 if hour < 12 else 0
    minutes = int(match.group(f"min{n}") or 0)
    return hour + minutes / 60


def _span_hours(match: re.Match[str]) -> float:
    """Hours between a window's two ends; the days count when both ends give one."""
    hours = _clock(match, 2) - _clock(match, 1)
    groups = match.groupdict()
    if groups.get("d1") and groups.get("d2") and groups["m1"] == groups["m2"]:
        hours += (int(groups["d2"]) - int(groups["d1"])) * 24
    elif groups.get("rel1") == "hôm qua" or hours <= 0:
        hours += 24  # "từ 18h hôm qua đến 18h hôm nay", or across midnight
    return hours


def opens_an_hour_window(s: str) -> bool:
    """The sentence counts over a window of hours other than a day (24 hours)."""
    if not any(word in s for word in ("ừ ", "rom ", "etween ", " qua", "hours")):
        return False
    for pattern in (_VIETNAMESE, _ENGLISH):
        for match in pattern.finditer(s):
            if pattern is _ENGLISH and not (match.group("part2") or match.group("min2")):
                continue  # "from 1 to 5": no clock
            if not about_a_day(_span_hours(match)):
                return True
    if "rom " in s and _ENGLISH_TO_A_PART.search(s):
        return True
    return any((m.group("n") or m.group("e")) != "24" for m in _HOURS_PAST.finditer(s))
