"""The day an English bulletin reports: a dateline ("January 02, 2022 - 18:42") at its
head, else "today" or a weekday ("reported by the Ministry of Health on Sunday"), the
last such day up to the publication date."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = [  # English month names, January first (also english_support)
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DATELINE = re.compile(
    rf"\b(?P<month>{'|'.join(MONTHS)})\s+(?P<day>\d{{1,2}}),\s+(?P<year>20\d\d)\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{'|'.join(MONTHS)})\s+(?P<year2>20\d\d)\b"
)
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ON_A_WEEKDAY = re.compile(rf"\b(?:on|On)\s+(?P<weekday>{'|'.join(_WEEKDAYS)})\b|\btoday\b")
_HEAD = 400


def english_report_date(text: str, published: dt.date | None) -> dt.date | None:
    if published is None or not any(m in text for m in ("day", "uary", "ber", "ch ", "ril")):
        return None
    dateline = _DATELINE.search(text, 0, _HEAD)
    if dateline is not None:
        month = dateline.group("month") or dateline.group("month2")
        day = dateline.group("day") or dateline.group("day2")
        year = dateline.group("year") or dateline.group("year2")
        try:
            when = dt.date(int(year), MONTHS.index(month) + 1, int(day))
        except ValueError:
            return None
        return when if when <= published else None
    weekday = _ON_A_WEEKDAY.search(text)
    if weekday is None:
        return None
    if weekday.group("weekday") is None:
        return published  # "today"
    back = (published.weekday() - _WEEKDAYS.index(weekday.group("weekday"))) % 7
    return published - dt.timedelta(days=back)
