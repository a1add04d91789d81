"""Province lists of national bulletins: "TP. HCM (3.375), Đồng Nai (686)"."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from ..gazetteer import Mention
from ..vn_numbers import parse_count, parse_percent
from .english_numbers import ENGLISH_COUNT_WORDS
from .shared import COVID, NUM, Sentence
from .stat_collector import LISTED_COUNT, StatCollector
from .stat_patterns import SMALL_COUNT_WORD, VACCINE_OTHER

_CUMULATIVE_LIST_CUE = re.compile(
    r"tích lũy|tích luỹ|cộng dồn|tổng số|từ đầu"
    # "đưa tổng ca Covid-19 ở Bắc Giang lên 618, …"; the bulletin's rank of the provinces'
    # standing counts, "5 tỉnh, thành phố ghi nhận số mắc cao là TP.HCM (291.871), …" (the
    # day's rank says "mới" or "trong ngày": "số mắc mới cao nhất")
    r"|tổng ca|số (?:ca )?(?:mắc|nhiễm) cao(?: nhất)? (?:là|:)"
    # an English report's rank of the outbreak's counts, "Five cities/provinces reported
    # highest number of cases include Bắc Giang (5,406); HCMC (1,618); …" (a day's says "new")
    r"|(?:highest|largest) numbers? of (?:cases|infections)\s+(?:include|includes|are|were|:)"
)
_OUTCOME_LIST_CUE = re.compile(r"tử vong|khỏi|xuất viện|ra viện")
# The country's deaths to date, then the provinces they were in: each province's deaths
# ("Số ca tử vong liên quan đến COVID-19 ở nước ta đến nay là 35 ca, …, bao gồm tại Đà Nẵng
# (31 trường hợp), Quảng Nam (03) và Quảng Trị (01)"); never a day's ("trong ngày", a window)
_DEATHS_TO_DATE = re.compile(
    r"tử vong[^.;:]{0,60}?(?:đến nay|tính đến|cộng dồn|tích lũy|lũy kế)"
    r"(?![^.;:]*(?:trong ngày|\d\s*h\b))"
)
# After "nhập cảnh", a cue of cases caught at home turns the list back to the day's
# new cases: "Ngoài 4 ca nhập cảnh, 120 ca trong nước tại Hà Nội (3), …".
# (English: "including 14 imported cases in Kiên Giang (6), Thái Bình (4) …")
_IMPORTED_CUE = re.compile(r"nhập cảnh|nhập khẩu|từ nước ngoài|\bimported\b")
_DOMESTIC_CUE = re.compile(
    r"trong nước|nội địa|cộng đồng|lây nhiễm tại chỗ|\b(?:local|locally|domestic|domestically"
    r"|community)\b"
)
# What a list names when it counts on its own ("ca mắc mới tại …", "F0 ở …"), and what a
# sentence names when it counts cases, not only deaths or recoveries.
_COUNT_NOUN = re.compile(r"\bca\b|trường hợp|bệnh nhân|F0|mắc|nhiễm|dương tính")
_CASES_CUE = re.compile(r"mắc|nhiễm|dương tính|F0|\bmới\b|cộng đồng|nhập cảnh|trong nước")
# An English list of "P with N" items counts the day's cases when the sentence says so.
_OF_THE_DAY = re.compile(
    r"\b(?:new|today|daily|on\s+the\s+day|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday))\b"
)
# A list item's own bracket ("Long An (30 ca trong 2 ngày)", an item the list's pattern
# does not read): the item's note, not a count the list's head names.
_ITEM_BRACKET = re.compile(r"\([^()]*\)")


def read_bulletin_list(
    stats: StatCollector,
    sentence: Sentence,
    provinces: list[Mention],
    as_of: dt.date | None,
    lead: str = "",
) -> None:
    """National bulletins list provinces with a count: "TP. HCM (3.375), Đồng Nai (686)",
    "Bắc Giang 129 ca, TP.HCM 95 ca", "Đồng Tháp và Lạng Sơn mỗi tỉnh có 1 ca". The
    sentence says which count: accumulated ("tích lũy"), the day's new cases, or, in a
    clause about "nhập cảnh", imported cases. A list that names no count of its own ("Tại
    TP. HCM (188), Bình Dương (10)") goes on from ``lead``, the sentence before: after the
    day's deaths or recoveries it has no field."""
    text = stats.text
    in_sentence = [p for p in provinces if sentence.start <= p.start < sentence.end]
    listed: list[tuple[Mention, re.Match[str]]] = []
    for index, province in enumerate(in_sentence):
        match = LISTED_COUNT.match(text, province.end, sentence.end)
        if match is None:
            match = _shared_count(text, in_sentence[index:], sentence.end)
        if match is not None:
            listed.append((province, match))
    if len(listed) < 2:
        return  # one count after a name is a sentence's figure, a list has several
    opening = _ITEM_BRACKET.sub("", text[sentence.start : listed[0][0].start])
    if (
        not _COUNT_NOUN.search(opening)
        and _OUTCOME_LIST_CUE.search(lead)
        and not _CASES_CUE.search(lead)
    ):
        return  # "… ghi nhận 217 ca tử vong. Tại TP. HCM (188), …": the deaths by province
    cumulative = _CUMULATIVE_LIST_CUE.search(sentence.text)
    # (an English report's rank stands at the report's date, as its day's counts do)
    ranked = cumulative is not None and cumulative.group().startswith(("highest", "largest"))
    imported_here: set[str] = set()
    for province, match in listed:
        clause_start = text.rfind(";", sentence.start, province.start) + 1 or sentence.start
        clause_end = text.find(";", province.end, sentence.end)
        clause = text[
            max(clause_start, sentence.start) : clause_end if clause_end > 0 else sentence.end
        ]
        if _OUTCOME_LIST_CUE.search(clause):
            if not _DEATHS_TO_DATE.search(text, max(clause_start, sentence.start), province.start):
                continue  # the day's deaths by province have no field
            field = "deaths"  # "Số ca tử vong … đến nay là 35 ca, …, bao gồm tại Đà Nẵng (31 …)"
        elif _imported_list(text[max(clause_start, sentence.start) : province.start]):
            # "8 ca nhập cảnh … tại Khánh Hòa 5 ca"; a list followed by "và 8 ca được cách
            # ly ngay sau khi nhập cảnh" gives the provinces' new cases.
            field = "imported_cases"
            imported_here.add(province.name)
        elif cumulative:
            field = "cumulative_cases"
        elif province.name in imported_here or (
            province.name in stats.imported_alone
            and _DOMESTIC_CUE.search(text, max(clause_start, sentence.start), province.start)
        ):
            # listed again among the cases caught at home: those are its local cases, its
            # new cases are both counts (docs/intake-annotation.md)
            field = "local_cases"
        else:
            field = "new_cases_24h"
        group = next(g for g in ("p", "c", "v", "e", "b", "w") if match.group(g))
        if group == "w" and not _OF_THE_DAY.search(sentence.text):
            continue  # "… is severely impacted with 405,184 patients, followed by …": totals
        try:
            value = _listed_value(match.group(group))
        except ValueError:
            continue
        span = match.span(group)
        stats.add(province.name, field, value, span, 0.8)
        if as_of is not None and (field != "cumulative_cases" or ranked):
            stats.add(province.name, "as_of", as_of.isoformat(), (span[0], span[0]), 0.8)


# Between the names of a run that shares one count: "A, B và C", "A, B and C".
_IN_A_RUN = re.compile(r"\s*,\s*(?:(?:và|and)\s+)?|\s+(?:và|and)\s+")
_ENGLISH_LISTED_WORDS = {"one": 1, **ENGLISH_COUNT_WORDS, "một": 1}


def _shared_count(text: str, run: list[Mention], end: int) -> re.Match[str] | None:
    """The count the run of names from ``run[0]`` shares, written once after its last name:
    "Nghệ An và Thừa Thiên Huế mỗi tỉnh có 61 ca", "Bac Giang, Vinh Phuc and Hung Yen with
    five each". A name followed by a count of its own is not in the run."""
    for earlier, later in itertools.pairwise(run):
        if not _IN_A_RUN.fullmatch(text, earlier.end, later.start):
            return None
        listed = LISTED_COUNT.match(text, later.end, end)
        if listed is not None:
            # ("… Thanh Hóa (mỗi địa phương 29 ca)": the bracket says it is shared)
            shared = listed.group("e") or re.match(r"\s*\(?\s*(?:mỗi|đều)", listed.group())
            return listed if shared else None
    return None


def _listed_value(written: str) -> int:
    word = _ENGLISH_LISTED_WORDS.get(written)
    return word if word is not None else parse_count(written)


# "+ 3 ca cách ly ngay sau khi nhập cảnh tại Hà Nội", "2 ca nhập cảnh được cách ly tại
# Khánh Hòa": the day's imported cases of one province, in a line of their own.
_IMPORTED_AT = re.compile(
    rf"(?<![\d.,])(?P<n>{NUM}|{SMALL_COUNT_WORD})\s+(?:ca|trường hợp)\s+"
    # ("1 ca mắc COVID-19 được cách ly ngay sau khi nhập cảnh tại …": the disease between)
    rf"(?:mắc\s+(?:{COVID}\s+)?)?"
    r"(?:(?:được\s+)?cách ly\s+(?:ngay\s+)?"
    r"(?:sau khi|khi)\s+)?nhập cảnh\b[^.;]{0,60}?\btại\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$"
)


_NEXT_ITEM = re.compile(rf"(?:\s*,|\s+và)\s+(?:{NUM}|{SMALL_COUNT_WORD})\s+(?:ca|trường hợp)\b")


def read_imported_line(
    stats: StatCollector, sentence: Sentence, provinces: list[Mention], as_of: dt.date | None
) -> None:
    """A line or clause giving one province's imported cases of the day ("Trong đó có 3 ca
    cách ly ngay sau khi nhập cảnh tại Hà Nội; 184 ca ghi nhận trong nước tại …")."""
    text = stats.text
    start = sentence.start
    while start < sentence.end:
        end = text.find(";", start, sentence.end)
        end = sentence.end if end < 0 else end
        named = [p for p in provinces if start <= p.start < end]
        # (or followed by the next item: "… nhập cảnh tại Khánh Hòa và 147 ca trong nước …")
        next_item = named and _NEXT_ITEM.match(text, named[0].end, end)
        if next_item:
            named = [p for p in named if p.start < next_item.start()]
        if len(named) == 1 and (next_item or text[named[0].end : end].strip(" .") == ""):
            line = _IMPORTED_AT.search(text, start, named[0].start)
            value = _count_or_none(line.group("n")) if line is not None else None
            if line is not None and value is not None:
                span = line.span("n")
                stats.add(named[0].name, "imported_cases", value, span, 0.8)
                stats.imported_alone.add(named[0].name)
                if as_of is not None:
                    stats.add(named[0].name, "as_of", as_of.isoformat(), (span[0], span[0]), 0.8)
        start = end + 1


# A table flattened into text, with a column of the day's new cases: "STT Tỉnh thành Ca
# nhiễm mới hôm nay Tổng ca nhiễm … 1 Hà Nội +1.748 47.788 161 0 2 TP.HCM +569 …", its rows
# run together or one a line; a province with none that day "0" (no "+").
_NEW_CASES_COLUMN = re.compile(r"[Cc]a (?:nhiễm|mắc) mới")
_TABLE_CELL = re.compile(rf"\s+(?:\+\s?(?P<n>{NUM})(?=\s+\d)|(?P<bare>{NUM})(?=\s+\d[\d.,]*\s+\d))")
# What lies between one row's first cell and the next row's province: its other figures and
# the next row's number.
_ROW_GAP = re.compile(r"[\s\d.,+\-]{0,80}")
# The row of the whole country, above the provinces: "TỔNG +769 10.737.087 43.052 3".
_TOTAL_ROW = re.compile(rf"(?:TỔNG|Tổng cộng|Cả nước|Toàn quốc)\s+\+\s?(?P<n>{NUM})(?=\s+\d)")
_DOMESTIC_TABLE = re.compile(r"trong nước")
# (the header may be broken over lines before the rows: "Ca nhiễm mới\nhôm nay Tổng Ca\n
# nhiễm Ca tử\nvong …")
_HEADER_REACH = 160
# The column's day, after its name: "Ca nhiễm mới hôm qua" counts the day before the page's.
_COLUMN_DAY = re.compile(r"\s*(?:(?P<yesterday>hôm qua|ngày hôm qua)|hôm nay|24\s*(?:giờ|h) qua)\b")
_FULL_STOP = re.compile(r"(?<!\d)\.(?!\d)")


def read_new_cases_table(
    stats: StatCollector,
    sentence: Sentence,
    provinces: list[Mention],
    as_of: dt.date | None,
    published: dt.date | None = None,
) -> None:
    """The day's new cases of a table whose first figure column is "Ca nhiễm mới …", when
    ``sentence`` holds that header: the cell right after each province's name, row after row
    (several rows, never one); a row of the whole before them is the country's (its
    `local_cases` when the table counts domestic cases, docs/intake-annotation.md). A
    column of "hôm nay" or "hôm qua" is dated from the page's date (``published``), the
    table's own update line never (an undated page's rows stay undated)."""
    text = stats.text
    header = _NEW_CASES_COLUMN.search(text, sentence.start, sentence.end)
    if header is None or header.start() in stats.tables_read:
        return
    stats.tables_read.add(header.start())
    column_day = _COLUMN_DAY.match(text, header.end())
    if column_day is not None:
        page_day = published or as_of
        as_of = page_day
        if page_day is not None and column_day.group("yesterday"):
            as_of = page_day - dt.timedelta(days=1)
    rows: list[tuple[Mention, re.Match[str]]] = []
    cursor = header.end()
    for province in provinces:
        if province.start < cursor:
            continue
        if rows and not _ROW_GAP.fullmatch(text, cursor, province.start):
            break
        if not rows and (
            province.start - header.end() > _HEADER_REACH
            or _FULL_STOP.search(text, header.end(), province.start)
        ):
            return  # a new-case phrase in prose, no column's header
        cell = _TABLE_CELL.match(text, province.end)
        if cell is None:
            if rows:
                break
            continue
        rows.append((province, cell))
        cursor = cell.end()
    if len(rows) < 2:
        return
    for province, cell in rows:
        group = "n" if cell.group("n") else "bare"
        span = cell.span(group)
        stats.add(province.name, "new_cases_24h", parse_count(cell.group(group)), span, 0.8)
        if as_of is not None:
            stats.add(province.name, "as_of", as_of.isoformat(), (span[0], span[0]), 0.8)
    whole = _TOTAL_ROW.search(text, header.end(), rows[0][0].start)
    if whole is not None:
        heading = text[max(0, header.start() - _HEADER_REACH) : header.start()]
        field = "local_cases" if _DOMESTIC_TABLE.search(heading) else "new_cases_24h"
        span = whole.span("n")
        stats.add("national", field, parse_count(whole.group("n")), span, 0.8)
        if as_of is not None:
            stats.add("national", "as_of", as_of.isoformat(), (span[0], span[0]), 0.8)


def _imported_list(head: str) -> bool:
    """The clause before a listed province last spoke of imported cases."""
    imported = [m.end() for m in _IMPORTED_CUE.finditer(head)]
    if not imported:
        return False
    return not any(m.start() > imported[-1] for m in _DOMESTIC_CUE.finditer(head))


# "Hưng Yên (83,7%)", "Sơn La: 62,2%", "Gia Lai 67,7%": a province's share in a list.
_LISTED_SHARE = re.compile(rf"\s*(?:\(\s*|:\s*|(?:là|đạt)\s+)?(?P<pct>{NUM})\s*%")
_DOSE_1 = re.compile(r"ít nhất (?:01|1|một) (?:liều|mũi)|mũi (?:1|một|thứ nhất)\b")
_DOSE_2 = re.compile(r"đủ (?:02|2|hai) (?:liều|mũi)|mũi (?:2|hai|thứ hai)\b")


def read_coverage_list(stats: StatCollector, sentence: Sentence, provinces: list[Mention]) -> None:
    """Vaccination coverage by province in a list ("5 tỉnh … ít nhất 1 liều … thấp (dưới
    90%), gồm: Hưng Yên (83,7%), Quảng Bình (85,2%), …"): the sentence names the dose;
    children's and booster rates are not coverage."""
    if "%" not in sentence.text or VACCINE_OTHER.search(sentence.text):
        return
    dose1, dose2 = _DOSE_1.search(sentence.text), _DOSE_2.search(sentence.text)
    if bool(dose1) == bool(dose2):
        return  # neither dose named, or both: the list's figures cannot be told apart
    field = "vaccine_dose1_pct" if dose1 else "vaccine_dose2_pct"
    text = stats.text
    listed = [
        (province, match)
        for province in provinces
        if sentence.start <= province.start < sentence.end
        and (match := _LISTED_SHARE.match(text, province.end, sentence.end)) is not None
    ]
    if len(listed) < 2:
        return  # a list has several provinces; one is a sentence's figure
    for province, match in listed:
        stats.add(province.name, field, parse_percent(match.group("pct")), match.span("pct"), 0.8)


# A new-case count broken down by province after "trong đó": "16 ca mắc mới, trong đó 10 ca
# ở Đà Nẵng, bốn ở Quảng Nam, hai ở Quảng Trị" (counts in digits or words).
_BREAKDOWN_HEAD = re.compile(r"\bmới\b[^.;]{0,40}?,?\s*trong đó\s+")
_BREAKDOWN_ITEM = re.compile(
    r"(?:\s*,\s*|\s+và\s+)?(?P<n>\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"(?:ca\s+|trường hợp\s+|bệnh nhân\s+)?(?:ở|tại)\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s+)?"
)


def read_case_breakdown(
    stats: StatCollector, sentence: Sentence, provinces: list[Mention], as_of: dt.date | None
) -> None:
    """Each province's share of a new-case count that "trong đó" breaks down."""
    text = stats.text
    head = _BREAKDOWN_HEAD.search(text, sentence.start, sentence.end)
    if head is None:
        return
    by_start = {p.start: p for p in provinces if head.end() <= p.start < sentence.end}
    found: list[tuple[Mention, re.Match[str]]] = []
    cursor = head.end()
    while True:
        item = _BREAKDOWN_ITEM.match(text, cursor, sentence.end)
        province = by_start.get(item.end()) if item else None
        if item is None or province is None:
            break
        found.append((province, item))
        cursor = province.end
    if len(found) < 2:
        return  # one share is a sentence's figure, a breakdown has several
    for province, item in found:
        span = item.span("n")
        stats.add(province.name, "new_cases_24h", parse_count(item.group("n")), span, 0.8)
        if as_of is not None:
            stats.add(province.name, "as_of", as_of.isoformat(), (span[0], span[0]), 0.8)


def _count_or_none(written: str) -> int | None:
    """A whole count, or None for a fraction where one was looked for ("1,5 ca/ngày")."""
    try:
        return parse_count(written)
    except ValueError:
        return None
