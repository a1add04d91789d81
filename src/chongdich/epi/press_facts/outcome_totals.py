"""The running total of an outcome, written after the day's count of it: "Trong ngày có 2 ca
tử vong, cộng dồn 310 trường hợp", "… 1 ca tử vong, nâng tổng số ca tử vong toàn tỉnh từ
trước đến nay là 12 ca", "nâng tổng số người khỏi bệnh của tỉnh lên 4.020". The total's cue
("cộng dồn", "tổng số") reads as a total of cases elsewhere; here it counts the deaths (or
the recovered) its sentence names: that outcome's total, never ``cumulative_cases``
(docs/intake-annotation.md, `deaths`, `recovered`)."""

from __future__ import annotations

import re
from typing import Any

from ..vn_numbers import parse_count
from .shared import COVID, NUM

Figure = tuple[int, str, Any, tuple[int, int]]

_OUTCOME = r"(?P<o>tử vong|khỏi bệnh|(?:được\s+)?(?:điều trị|chữa) khỏi|xuất viện|ra viện)"
_TOTAL_WORD = r"(?:cộng dồn|[Ll]ũy kế|[Ll]uỹ kế|tích lũy|tổng cộng|tổng số)"
# "2 ca tử vong, cộng dồn 310 trường hợp": the day's outcome, then its total after a comma
_COUNT_THEN_TOTAL = re.compile(
    rf"{NUM}\s+(?:ca|trường hợp|người|bệnh nhân)(?:\s+{COVID})?\s+(?:đã\s+)?{_OUTCOME}"
    rf"[^.;,\d]{{0,12}}?,\s*{_TOTAL_WORD}(?:\s+(?:là|lên|đến nay))?\s*:?\s*(?P<n>{NUM})"
    r"(?![\d/])"
)
# "nâng tổng số ca tử vong toàn tỉnh từ trước đến nay là 12 ca": the outcome's own label
_LABELLED_TOTAL = re.compile(
    # (a total's word first: "số ca tử vong … là 128 ca" alone may count a period's)
    r"(?:[Nn]âng\s+(?:tổng\s+)?|[Tt]ổng\s+)số\s+(?:ca|người|bệnh nhân|trường hợp)\s+"
    rf"(?:{COVID}\s+)?(?:đã\s+)?{_OUTCOME}(?:[^.;,\d]|{COVID}){{0,40}}?"
    rf"\s(?:là|lên|đạt)\s+(?P<n>{NUM})(?![\d/])"
)
_FIELD = {"tử vong": "deaths"}
# A sentence that opens on "now" and adds nothing: "Hiện tỉnh ghi nhận 51 ca tử vong và 1.786
# ca ra viện" stands at the bulletin's date (its deaths are a total, not the window's).
_STANDING_NOW = re.compile(r"\s*(?:[Hh]iện(?:\s+nay|\s+tại)?|[Hh]iện\s+giờ)\s*,?\s")
_ADDED = re.compile(r"\bthêm\b|[Tt]rong ngày|\bmới\b|\bvừa\b")


def stands_now(s: str, position: int) -> bool:
    """The sentence opens on "Hiện" and adds nothing before ``position``: its count of an
    outcome is the total to date, in a bulletin of one window too."""
    return _STANDING_NOW.match(s) is not None and not _ADDED.search(s, 0, position)


def with_outcome_totals(s: str, found: list[Figure]) -> list[Figure]:
    """``found`` with each outcome's running total read as that outcome's, not the cases'."""
    totals = [*_COUNT_THEN_TOTAL.finditer(s), *_LABELLED_TOTAL.finditer(s)]
    if not totals:
        return found
    for total in totals:
        start = total.start("n")
        field = _FIELD.get(total.group("o"), "recovered")
        kept = [
            f
            for f in found
            if f[0] != start
            or f[1] not in {"cumulative_cases", "cumulative_is_lower_bound", "new_cases_24h"}
        ]
        if not any(f[0] == start and f[1] == field for f in kept):
            value = parse_count(total.group("n"))
            kept.append((start, field, value, total.span("n")))
        found = kept
    return found


# "Từ ngày 11/10/2021 đến nay, toàn tỉnh đã ghi nhận 161 ca": a sentence counting a period
# (not from the wave's first day, 27/4, whose recovered and deaths stand as totals)
_PERIOD_TO_DATE = re.compile(
    r"[Tt]ừ (?:ngày\s+)?(?!27[/.-]0?4\b)\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*"
    r"(?:đến|tới|cho đến)\s+nay"
)
_SPLIT_OPENS = re.compile(r"\s*[Tt]rong (?:đó|số (?:này|đó|các ca này))\b")


# "Số ca nhiễm mới từ 27/4 đến nay là 215.813": the new cases of the wave, counted since its
# first day (their recovered are a period's too: guideline "Periods for recovered and deaths")
_NEW_SINCE_THE_WAVE = re.compile(
    r"[Ss]ố (?:lượng )?ca (?:nhiễm|mắc) mới[^.;]{0,40}?từ (?:ngày\s+)?27[/.-]0?4\b[^.;]{0,20}?"
    r"(?:đến|tới) nay"
)


def splits_a_period(lead: str, s: str) -> bool:
    """``s`` splits the period the sentence before counted ("Từ ngày 11/10/2021 đến nay, …
    161 ca. Trong đó, … 43 ca khỏi bệnh; 0 ca tử vong", "Số ca nhiễm mới từ 27/4 đến nay là
    215.813. Trong đó, 73.146 bệnh nhân đã được công bố khỏi"): its recovered and deaths are
    the period's, not totals."""
    if _SPLIT_OPENS.match(s) is None:
        return False
    return _PERIOD_TO_DATE.search(lead) is not None or (
        "27" in lead and _NEW_SINCE_THE_WAVE.search(lead) is not None
    )


# After an outcome's count, the group it counts: "18 ca tử vong đã tiêm 1 mũi vắc-xin", "…
# chưa tiêm vắc xin", "… có bệnh nền" (a part of the deaths, not their total).
_SUBGROUP_AFTER = re.compile(
    r"(?:\s+(?:do\s+)?(?:COVID|Covid|covid)(?:-19)?)?\s*,?\s+(?:(?:là|đều)\s+)?(?:người\s+)?"
    r"(?:(?:đã|chưa)\s+(?:được\s+)?tiêm|(?:có|không có|mắc)\s+bệnh nền|cao tuổi)"
)


def of_a_subgroup(s: str, end: int) -> bool:
    """The outcome's count that ends at ``end`` is of a group its words name after it."""
    return _SUBGROUP_AFTER.match(s, end) is not None


# A sentence opening on the hour and day its figures stand at: "Đến 17h00 ngày 28/3/2023, có
# 98.185 trường hợp được công bố khỏi bệnh" (the total, not the window's discharges).
_AS_OF_OPENING = re.compile(
    r"\s*(?:[Tt]ính\s+)?(?:[Đđ]ến|[Tt]ới)\s+(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?\s*,?\s+)?"
    r"(?:(?:sáng|trưa|chiều|tối|hết)\s+)?ngày\s+\d{1,2}[/.-]\d{1,2}"
)


def opens_as_of(s: str) -> bool:
    """``s`` opens on the hour and day its figures stand at."""
    return _AS_OF_OPENING.match(s) is not None
