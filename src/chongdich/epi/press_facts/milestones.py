"""A total of cases written as a milestone crossed: "Tổng số ca mắc của Cần Thơ đã vượt mốc
11.000 trường hợp", "Vượt 40.000 ca nhiễm, Bình Dương …", "Hà Nội surpassed 10,000 cases".
The count is a `cumulative_cases` written like "hơn": a lower bound
(docs/intake-annotation.md, "Vượt quá N ca"). A day's count crossing a mark ("số ca mắc mới
trong ngày vượt mốc 1.000") and a count of something else (recoveries, deaths, doses) are not
totals: the day's crossing a mark ("… trong ngày 1/12 …, trong đó Cà Mau lần đầu số mắc vượt
500 ca") is the day's `new_cases_24h` with the number written, as "hơn" before any count but a
total is (docs/intake-annotation.md, test13's "A day's leader written hơn").
"""

from __future__ import annotations

import re
from typing import Any

from ..vn_numbers import parse_count
from .shared import COVID, NUM, english_count

_CASES = r"(?:ca|trường hợp|bệnh nhân|F0)"
# The mark, then (unless "số ca …" named what crossed it) the cases counted.
MILESTONE = re.compile(
    r"(?<![\wà-ỹ])[Vv]ượt(?:\s+qua)?(?:\s+(?:mốc|ngưỡng|mức|con số))?\s+"
    # (not a gap compared: "vượt 112 ca so với số giường")
    rf"(?P<n>{NUM})(?!(?:\s+{_CASES})?\s+so\s+với)"
    rf"(?P<cases>\s+{_CASES}(?:\s+(?:mắc|nhiễm|dương tính))?)?"
    r"(?!\s*(?:ca\s+)?(?:/|mỗi|một|trong)\s*ngày)(?!\d|[.,]\d)"
)
# What crossed the mark when no case word follows it: "Số ca nhiễm … vượt ngưỡng 5.000".
_CASES_BEFORE = re.compile(rf"(?:[Ss]ố|[Tt]ổng)\s+(?:số\s+)?{_CASES}\b")
# Not the epidemic's total: a day's count, one kind of case, or another outcome.
_NOT_TOTAL = re.compile(
    r"\bmới\b|trong ngày|mỗi ngày|hôm nay|24 giờ|khỏi|xuất viện|ra viện|tử vong|chết"
    r"|tiêm|mũi|liều|xét nghiệm|cách ly|cộng đồng|nhập cảnh|\bnặng\b|điều trị|F1"
)
# A mark set against the days' average after it ("… vượt mốc 800 và lại có chiều hướng gia
# tăng trở lại sau 5 ngày ghi nhận trung bình ở mức 400-500 ca"): the day's, no total.
_AVERAGE_AFTER = re.compile(r"[^.;]{0,100}?\btrung bình\b")
_A_TOTALS_WORD = re.compile(r"[Tt]ổng|[Ll]ũy kế|[Cc]ộng dồn|[Tt]ích lũy|[Tt]ừ đầu")
_NOT_TOTAL_AFTER = re.compile(r"\s*(?:mới|khỏi|xuất viện|ra viện|tử vong|tiêm|được|đang)\b")
# The day's count named in the mark's clause ("Số ca mắc mới trong ngày của X vượt mốc 1.000"),
# or earlier in the sentence when the clause is a part of it ("… số ca mắc mới … trong ngày
# 1/12 …, trong đó Cà Mau … vượt 500 ca").
_DAY = re.compile(r"[Tt]rong ngày|[Hh]ôm nay|24 giờ")
_PART = re.compile(r"\s*(?:trong đó|riêng)\b")
_OTHER_THAN_CASES = re.compile(
    r"khỏi|xuất viện|ra viện|tử vong|chết|tiêm|mũi|liều|xét nghiệm|cách ly|\bnặng\b|điều trị|F1"
    r"|tổng|lũy kế|cộng dồn|từ đầu"
)

ENGLISH_MILESTONE = re.compile(
    r"\b(?:[Ss]urpass(?:ed|es|ing)?|[Pp]ass(?:ed|es|ing)|[Tt]opp(?:ed|ing)|tops"
    r"|[Ee]xceed(?:ed|s|ing)?|[Cc]ross(?:ed|es|ing))"
    rf"\s+(?:the\s+)?(?:mark\s+of\s+|threshold\s+of\s+)?(?P<n>{NUM})"
    rf"(?P<cases>\s+(?:{COVID}\s+)?(?:cases|infections|patients)(?:\s+mark)?)?(?:\s+mark\b)?"
)
# ("The number of people who tested positive … has exceeded the 500 mark")
_ENGLISH_CASES_BEFORE = re.compile(
    r"\b(?:cases|infections|caseload|case\s+count|tally|tested\s+positive)\b"
)
# A mark crossed day after day is the day's count: "exceeded 3,000 for the third day in a row".
_DAY_AFTER_DAY = re.compile(
    r"^[^.;,]{0,30}?\b(?:day\s+in\s+a\s+row|(?:straight|consecutive)\s+days?)\b"
)
_ENGLISH_NOT_TOTAL = re.compile(
    r"\b(?:new|daily|a\s+day|per\s+day|in\s+a\s+single\s+day|recover\w*|death\w*|died"
    r"|dose\w*|vaccin\w*|tests?|testing|tested(?!\s+positive)|quarantin\w*"
    r"|community)\b",
    re.IGNORECASE,
)


Figure = tuple[int, str, Any, tuple[int, int]]


def milestone_figures(s: str) -> list[Figure]:
    """(position, field, value, span) of the totals one sentence gives as marks crossed."""
    found: list[Figure] = []
    if "ượt" in s:
        days = _days_marks(s)
        at = {figure[0] for figure in days}  # a day's mark is no total
        found += [
            f
            for f in _read(s, MILESTONE, _CASES_BEFORE, _NOT_TOTAL, _NOT_TOTAL_AFTER)
            if f[0] not in at
        ]
        found += days
    if any(word in s for word in ("ass", "opp", "tops", "xceed", "ross")):
        found += _read(s, ENGLISH_MILESTONE, _ENGLISH_CASES_BEFORE, _ENGLISH_NOT_TOTAL, None)
    return found


def _clause_start(s: str, position: int) -> int:
    """Where the clause holding ``position`` starts: after the last comma or semicolon."""
    return max(s.rfind(",", 0, position), s.rfind(";", 0, position)) + 1


def _read(
    s: str,
    pattern: re.Pattern[str],
    cases_before: re.Pattern[str],
    not_total: re.Pattern[str],
    not_total_after: re.Pattern[str] | None,
) -> list[Figure]:
    found: list[Figure] = []
    for match in pattern.finditer(s):
        # The clause the mark ends: what crossed it is named there.
        start = _clause_start(s, match.start())
        before = s[start : match.start()]
        if not match.group("cases") and not cases_before.search(before):
            continue
        tail = s[match.end() : match.end() + 40]
        if not_total.search(before) or not_total.search(match.group("cases") or ""):
            continue
        if "ần đầu" in before and _DAY.search(s):
            # "Lần đầu tiên TP Hồ Chí Minh vượt qua con số 1.000 ca mắc, dẫn đầu cả nước với
            # 1.229 ca trong ngày": a day's count crossing a mark for the first time
            continue
        if match.group("cases") is None and not_total.search(tail[:20].split(",")[0]):
            continue  # (the clause's own words: "… the 500 mark, after 45 new …" is another)
        if _DAY_AFTER_DAY.match(tail):
            continue
        if not_total_after and not_total_after.match(tail):
            continue
        if (
            not_total_after
            and "trung bình" in s
            and _AVERAGE_AFTER.match(s, match.end())
            and not _A_TOTALS_WORD.search(s, 0, match.start())
        ):
            continue
        if match.group("cases") and re.match(r"\s*(?:new|daily|a\s+day|per\s+day)\b", tail):
            continue
        written = match.group("n")
        # ("4,600" on an English page: a thousands comma)
        count = english_count(written) if not_total_after is None else parse_count(written)
        if count is None:
            continue
        span = match.span("n")
        found.append((match.start("n"), "cumulative_cases", count, span))
        found.append((match.start("n"), "cumulative_is_lower_bound", True, span))
    return found


def _days_marks(s: str) -> list[Figure]:
    """(position, "new_cases_24h", count, span) of the day's counts written as marks crossed."""
    found: list[Figure] = []
    for match in MILESTONE.finditer(s):
        start = _clause_start(s, match.start())
        clause = s[start : match.start()]
        if not match.group("cases") and not _CASES_BEFORE.search(clause):
            continue
        whole = s[: match.end()]
        if _OTHER_THAN_CASES.search(whole) or _NOT_TOTAL_AFTER.match(s, match.end()):
            continue
        if not (_DAY.search(clause) or (_PART.match(clause) and _DAY.search(s, 0, start))):
            continue
        found.append(
            (match.start("n"), "new_cases_24h", parse_count(match.group("n")), match.span("n"))
        )
    return found
