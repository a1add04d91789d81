"""A bulletin's provinces by rank or singled out, with the day's count in the same clause:
"TP Hà Nội dẫn đầu về số ca mắc mới COVID-19 với 2.981 trường hợp", "Nam Định đứng thứ hai
với 1.842 bệnh nhân", "Hà Nội vẫn đứng đầu cả nước dù số mắc mới trong ngày giảm còn 1.253
ca", "Hải Phòng ghi nhận 1.394 bệnh nhân, xếp thứ 5 toàn quốc", and the country's count with
one province apart: "có 15.895 ca mắc COVID-19 tại 60 tỉnh, thành phố, riêng Hà Nội 1.244
ca". Only in a clause of no total, death or recovery (a rank of totals is no day's); set apart
from the country's total ("…, trong đó riêng tỉnh Vĩnh Phúc có 9 ca") it is the province's
total."""

from __future__ import annotations

import datetime as dt
import re

from ..gazetteer import Mention
from ..vn_numbers import parse_count
from .shared import COVID, NUM, Sentence
from .stat_collector import StatCollector
from .stat_patterns import TOTAL_CUE, sentence_date

# the substrings a rank or an aside needs: most sentences try no pattern
_GATE = re.compile(r"dẫn đầu|đứng đầu|đứng thứ|xếp thứ|riêng|nhiều nhất|lập đỉnh")
_COUNTED = r"(?P<n>" + NUM + r")\s+(?:ca|trường hợp|bệnh nhân|F0)(?![\wà-ỹ])"
# ("Hà Nội lập đỉnh mới với 32.650 ca": the day's count as a new peak)
_RANK = (
    r"(?:dẫn đầu|đứng đầu|lập đỉnh(?: mới)?"
    r"|(?:đứng|xếp) thứ\s+(?:\d{1,2}|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))"
)
_WHERE = r"(?:\s+(?:cả nước|toàn quốc|trong ngày|trong cả nước))?"
# ("dẫn đầu về số F0 mới với 2.909 trường hợp")
_ABOUT = rf"(?:\s+về số (?:ca |người )?(?:mắc|nhiễm|F0)(?: mới)?(?:\s+{COVID})?)?"
# after the province: its rank, then its count ("… với N", "… dù số mắc mới … giảm còn N")
_RANK_THEN_COUNT = re.compile(
    rf"\s+(?:vẫn\s+|tiếp tục\s+)?{_RANK}{_WHERE}{_ABOUT}\s+"
    r"(?:với\s+|(?:dù|khi|với)\s+số (?:ca )?(?:mắc|nhiễm) mới(?: trong ngày)?"
    r"\s+(?:giảm còn|giảm xuống|tăng lên|là)\s+)" + _COUNTED
)
# its count, then its rank ("Hải Phòng ghi nhận 1.394 bệnh nhân, xếp thứ 5 toàn quốc")
_COUNT_THEN_RANK = re.compile(
    rf"\s+(?:ghi nhận|có)\s+(?:thêm\s+)?{_COUNTED}(?:\s+mới)?\s*,\s*{_RANK}(?![\wà-ỹ])"
)
# one province apart from the country's count: ", riêng Hà Nội 1.244 ca"
# (or the most of a list's places: "… 91 ca mắc tại 4 tỉnh, thành phố, nhiều nhất vẫn là Bắc
# Giang 61 ca")
_SET_APART = re.compile(
    r"(?:riêng|,\s*nhiều nhất(?:\s+(?:vẫn|là|tại|ở))*)\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?$"
)
_APART_COUNT = re.compile(rf"\s+(?:có\s+|ghi nhận\s+)?{_COUNTED}")
_NOT_THE_DAYS = re.compile(r"tử vong|khỏi|xuất viện|tiêm|liều|tích lũy|tích luỹ")


def read_ranked_counts(
    stats: StatCollector,
    sentence: Sentence,
    provinces: list[Mention],
    published: dt.date | None,
    report: dt.date | None,
) -> None:
    """``report`` dates the bulletin, the country's day count more closely, a date before the
    count most closely (never the day compared with after it: "…, tăng 73 ca so với ngày
    11/2")."""
    s, base = sentence.text, sentence.start
    if not _GATE.search(s):
        return
    for place in provinces:
        if not sentence.start <= place.start < sentence.end:
            continue
        at, after = place.start - base, place.end - base
        found = _RANK_THEN_COUNT.match(s, after) or _COUNT_THEN_RANK.match(s, after)
        set_apart = found is None and _SET_APART.search(s, max(0, at - 20), at) is not None
        if set_apart:
            found = _APART_COUNT.match(s, after)
        if found is None:
            continue
        clause_end = s.find(";", found.end())
        clause = s[s.rfind(";", 0, at) + 1 : clause_end if clause_end > 0 else len(s)]
        if _NOT_THE_DAYS.search(clause):
            continue
        try:
            value = parse_count(found.group("n"))
        except ValueError:
            continue  # a fraction, no count
        span = (base + found.start("n"), base + found.end("n"))
        if TOTAL_CUE.search(clause) or "Đến nay" in clause:
            if set_apart:
                # the country's total, one province's part of it: "Tính đến thời điểm hiện
                # tại, nước ta đã ghi nhận 14 ca …, trong đó riêng tỉnh Vĩnh Phúc có 9 ca"
                stats.add(place.name, "cumulative_cases", value, span, 0.8)
            continue  # (a rank of totals is no day's)
        own = sentence_date(s[: found.start("n")], published)
        # (a rank is among the country's day: that day, when the country's count gave it)
        countrys = stats.by_province.get("national", {}).get("as_of")
        dated = own if own is not None and own != published else report
        if dated is report and countrys:
            dated = dt.date.fromisoformat(countrys)
        stats.add(place.name, "new_cases_24h", value, span, 0.8)
        if dated is not None:
            stats.add(place.name, "as_of", dated.isoformat(), (span[0], span[0]), 0.8)
