"""A day without cases: "Hà Nội không ghi nhận ca mắc mới", "Phú Yên và Bến Tre không có
thêm ca mắc", and the country's when the clause's subject is the country or its bulletin
("Bản tin 18h của Ban Chỉ đạo Quốc gia cho biết không có ca mắc mới được ghi nhận")."""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..gazetteer import Mention
from .hour_windows import opens_an_hour_window
from .shared import Sentence
from .stat_collector import StatCollector
from .stat_patterns import national_cue, sentence_date

_NO_NEW_CASES = re.compile(
    r"không (?:ghi nhận|có|phát hiện)(?: thêm)?(?: bất kỳ)? (?:ca|trường hợp|F0)"
    r"(?: mắc| mới| nhiễm| dương tính)"
)
# A streak or a period ("đã qua 14 ngày không ghi nhận", "từ ngày 23/9 đến nay không …",
# "Hai tuần đầu … không ghi nhận", "tuần qua"), a cut-off ("Tính đến hôm nay (8/8) không
# có ca dương tính": to date), or a part of the cases ("… trong cộng đồng"): not the day's.
_NOT_THE_DAY = re.compile(
    r"(?:\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Mm]ười)\s+(?:ngày|tuần|tháng)(?!\s*\d)"
    r"|[Tt]uần (?:qua|này|đầu)|[Tt]ính đến|đến nay|liên tiếp|từ ngày|cộng đồng"
    # a group's ("… không ghi nhận ca dương tính từ nhóm này", "… trong nhóm lao động") or a
    # time before ("Thời gian trước khi Campuchia bùng phát dịch, …", "Trước đó, …")
    r"|(?:từ|trong|thuộc) (?:các |những )?nhóm\b|[Tt]rước khi|[Tt]rước đó|[Tt]hời gian trước"
)
# Between the provinces that share the clause's subject: "Phú Yên và Bến Tre, Đắk Lắk".
_JOINED = re.compile(r"\s*,\s*|\s+và\s+|\s*,\s*và\s+")


def read_no_new_cases(
    stats: StatCollector,
    sentence: Sentence,
    provinces: list[Mention],
    published: dt.date | None,
    report_date: dt.date | None,
) -> None:
    """The provinces that head a clause saying no new case: new_cases_24h 0, as of the
    clause's own date, else the report's."""
    text = stats.text
    for match in _NO_NEW_CASES.finditer(sentence.text):
        at = sentence.start + match.start()
        clause_start = text.rfind(";", sentence.start, at) + 1 or sentence.start
        clause_start = max(clause_start, sentence.start)
        clause_end = text.find(";", at, sentence.end)
        clause = text[clause_start : clause_end if clause_end > 0 else sentence.end]
        before = [p for p in provinces if clause_start <= p.start and p.end <= at]
        if not before:
            _read_the_countrys_zero(
                stats, match, at, clause_start, clause, provinces, published, report_date
            )
            continue
        if _NOT_THE_DAY.search(clause) or _a_windows_zero(text):
            continue
        subjects = [before[-1]]
        for earlier in reversed(before[:-1]):
            if not _JOINED.fullmatch(text[earlier.end : subjects[0].start]):
                break
            subjects.insert(0, earlier)
        span = (at, sentence.start + match.end())
        as_of = sentence_date(clause, published) or report_date
        for province in subjects:
            stats.add(province.name, "new_cases_24h", 0, span, 0.7)
            if as_of is not None:
                stats.add(province.name, "as_of", as_of.isoformat(), (at, at), 0.7)


# "Như vậy, đã 12 giờ qua, Việt Nam chưa ghi nhận ca mắc mới": the hours the zero covers
_HOURS_PAST = re.compile(r"(?<![\wà-ỹ])(?:đã|[Tt]rong)\s+(\d{1,2})\s*(?:giờ|h|tiếng)\s+qua")


@functools.lru_cache(maxsize=8)
def _a_windows_zero(text: str) -> bool:
    """The page's zero is a window's of hours ("Từ 18 giờ ngày 30/9/2021 đến 6 giờ ngày
    01/10/2021, tỉnh không ghi nhận thêm ca mắc …"): its headline's "không ghi nhận" too is
    the window's, no day's zero (docs/intake-annotation.md, "Windows shorter than a day")."""
    if "không" not in text:
        return False
    return any(
        _NO_NEW_CASES.search(line) and opens_an_hour_window(line)
        for line in re.split(r"\n|(?<=[.!?])\s", text)
        if "không" in line
    )


def _read_the_countrys_zero(
    stats: StatCollector,
    match: re.Match[str],
    at: int,
    clause_start: int,
    clause: str,
    provinces: list[Mention],
    published: dt.date | None,
    report_date: dt.date | None,
) -> None:
    """The country's day with no new case, when the clause names no province and its
    subject is the country or its bulletin ("Bộ Y tế không ghi nhận thêm ca dương tính"). A
    streak said after a comma ("…, đánh dấu 42 ngày không lây nhiễm") leaves the day's zero."""
    text = stats.text
    if any(clause_start <= p.start < clause_start + len(clause) for p in provinces):
        return
    head_end = text.find(",", at, clause_start + len(clause))
    head = text[clause_start : head_end if head_end > 0 else clause_start + len(clause)]
    if _NOT_THE_DAY.search(head) or not national_cue(text[clause_start : at + len(match.group())]):
        return
    if opens_an_hour_window(text) or any(h != "24" for h in _HOURS_PAST.findall(text)):
        return  # "tính từ 18h ngày 27-9 đến 6h ngày 28-9, Việt Nam không ghi nhận …": no day
    stats.add("national", "new_cases_24h", 0, (at, at + len(match.group())), 0.6)
    as_of = sentence_date(clause, published) or report_date
    if as_of is not None:
        stats.add("national", "as_of", as_of.isoformat(), (at, at), 0.6)
