"""A bulletin's list of one line per province: "- 9 ca tại Bắc Ninh: 5 ca liên quan …",
"+ 12 trường hợp ở TP. HCM", "• Hà Tĩnh: 10 ca (9 ca F1)", or with no bullet "Hà Tĩnh: Có
10 ca nhiễm.", in English "- 11 cases in Vinh Phuc province (…)". Each line is a sentence of
its own, so the lists of several provinces in one sentence (bulletin_lists) never see them.
The line above the list says which count ("16 cases have been reported so far.": totals)."""

from __future__ import annotations

import datetime as dt
import re

from ..gazetteer import Mention
from ..vn_numbers import parse_count
from .shared import COVID, NUM, Sentence
from .stat_collector import StatCollector

_BULLET = r"[ \t]*(?:[-–+•*]|\d{1,2}[.)](?=[ \t]))[ \t]*"
_BULLETED = re.compile(_BULLET)
# the count first: "- 9 ca tại", "+ 12 trường hợp mắc mới ở tỉnh", "- 3 bệnh nhân ghi nhận tại"
_COUNT_FIRST = re.compile(
    # (the bullet may be left out: "39 ca … ghi nhận tại tỉnh Phú Yên:" line after line)
    rf"(?:{_BULLET}|[ \t]*)(?P<n>{NUM})\s+(?:ca|trường hợp|bệnh nhân|F0)"
    rf"(?:\s+(?:mắc|nhiễm|bệnh)(?:\s+mới)?|\s+mới)?(?:\s+{COVID})?"
    # the Ministry's patient numbers between: "39 ca (BN51003-BN51012, BN51029) ghi nhận tại"
    r"(?:\s*\((?:BN|bệnh nhân)[^()\n]{0,600}\))?"
    r"(?:\s+(?:được\s+)?ghi nhận)?\s+(?:tại|ở)\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?$"
    # English: "- 11 cases in Vinh Phuc province", "- 1 case in Khanh Hoa province, …"
    rf"|(?:{_BULLET}|[ \t]*)(?P<e>{NUM})\s+(?:new\s+)?(?:cases?|patients?|infections?)"
    r"(?:\s+(?:were\s+)?(?:reported|recorded|detected|confirmed))?\s+in\s+(?:the\s+)?$"
)
# the province first: "- Bắc Ninh: 9 ca", "• TP. HCM – 30 ca mới", "Bắc Ninh 9 ca", "Bắc
# Ninh: Có 9 ca nhiễm", "Bắc Ninh: Tỉnh này có số ca nhiễm 9 người"
_PROVINCE_FIRST = re.compile(
    r"(?:\s*[:–-]\s*(?:(?:[Tt]ỉnh|[Tt]hành phố)\s+này\s+)?"
    r"(?:(?:[Cc]ó|[Gg]hi nhận)\s+(?:số ca (?:mắc|nhiễm)(?:\s+là)?\s+)?)?|\s+)"
    rf"(?P<n>{NUM})\s+(?:ca|trường hợp|bệnh nhân|F0|người)\b"
)
# the province first with its count bracketed, as the Ministry's bulletin lines: "Phú Yên
# (16): (BN21573-BN21575, …) ghi nhận tại tỉnh Phú Yên …"
_PROVINCE_BRACKETED = re.compile(rf"\s*\((?P<n>{NUM})\)\s*:")
# a line starts with its bullet, or with the province's name ("Tại TP.HCM (271): …")
_LINE_START = re.compile(
    rf"(?:{_BULLET}|[ \t]*)(?:[Tt]ại\s+)?(?:(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s*)?$"
)
# what ends the province's part of a line: its end, a colon, a bracket, a comma, a stop,
# or the count itself
_AFTER_NAME = re.compile(
    r"(?:\s+(?:[Pp]rovince|[Cc]ity))?\s*(?:$|[:(,.;–-])|\s+(?=\d)", re.MULTILINE
)
# a list of deaths or recoveries has no field of cases
_OUTCOME_LIST = re.compile(r"tử vong|khỏi|xuất viện|ra viện")
_CUMULATIVE_LIST = re.compile(
    r"tích lũy|tích luỹ|cộng dồn|tổng số|từ đầu|\b(?:so\s+far|to\s+date|in\s+total)\b"
)
# "Số ca mắc ở các tỉnh như sau:" with no day: each province's count to date
_STANDING_LIST = re.compile(r"[Ss]ố ca (?:mắc|nhiễm|bệnh)")
_DAY_LIST = re.compile(r"mới|[Hh]ôm nay|24\s*(?:giờ|h)|[Tt]rong ngày")
_IMPORTED = re.compile(r"nhập cảnh|nhập khẩu|từ nước ngoài")


def read_count_line(
    stats: StatCollector, sentence: Sentence, provinces: list[Mention], as_of: dt.date | None
) -> bool:
    """The day's new cases (imported ones when the line says they came from abroad) of a
    line of such a list: a line with another like it just before or after. True when the
    sentence was read so."""
    text = stats.text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = _line_end(text, sentence.start)
    found = _read_line(text, line_start, line_end, provinces)
    if found is None or not _has_a_like_neighbour(text, line_start, line_end, provinces):
        return False
    province, count = found
    head = _list_head(text, line_start, provinces)
    if _OUTCOME_LIST.search(head) or _OUTCOME_LIST.search(text, line_start, province.start):
        return False
    rest = text[province.end : line_end]
    if _IMPORTED.search(rest):
        field = "imported_cases"
    elif _CUMULATIVE_LIST.search(head) or (
        _STANDING_LIST.search(head) and not _DAY_LIST.search(head)
    ):
        field = "cumulative_cases"
    else:
        field = "new_cases_24h"
    group = "n" if count.groupdict().get("n") else "e"
    span = count.span(group)
    try:
        value = parse_count(count.group(group))
    except ValueError:
        return False  # "11,5": a rate or an average on the line, no count
    stats.add(province.name, field, value, span, 0.8)
    if as_of is not None:
        stats.add(province.name, "as_of", as_of.isoformat(), (span[0], span[0]), 0.8)
    return True


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _read_line(
    text: str, start: int, end: int, provinces: list[Mention]
) -> tuple[Mention, re.Match[str]] | None:
    """The province and count of a list line, or None."""
    for province in provinces:
        if not start <= province.start < end:
            continue
        if not _AFTER_NAME.match(text, province.end, end):
            return None
        count = _COUNT_FIRST.fullmatch(text, start, province.start)
        if count is None and _LINE_START.fullmatch(text, start, province.start):
            count = _PROVINCE_FIRST.match(text, province.end, end) or _PROVINCE_BRACKETED.match(
                text, province.end, end
            )
        return (province, count) if count is not None else None
    return None


def _has_a_like_neighbour(text: str, start: int, end: int, provinces: list[Mention]) -> bool:
    before_end = start - 1
    while before_end > 0 and text[before_end - 1] == "\n":
        before_end -= 1  # blank lines between the items
    if before_end > 0:
        before_start = text.rfind("\n", 0, before_end) + 1
        if _read_line(text, before_start, before_end, provinces):
            return True
    after_start = end + 1
    while after_start < len(text) and text[after_start] == "\n":
        after_start += 1
    if after_start < len(text):
        return _read_line(text, after_start, _line_end(text, after_start), provinces) is not None
    return False


def _list_head(text: str, line_start: int, provinces: list[Mention]) -> str:
    """The line before the list's first item ("Thông tin các ca mắc mới:")."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if (
            line.strip()
            and not _BULLETED.match(line)
            and _read_line(text, start, end, provinces) is None
        ):
            return line
        end = start - 1
    return ""
