"""Facts from a Vietnamese press article or official report: province statistics,
support events and directives, each with its source span and a confidence.

The extractor is rules over gazetteers (provinces from the geography registry,
hospitals, national bodies) and patterns of the Vietnamese the press uses; underthesea's
NER is asked only for a donor no gazetteer names (see docs/adr/0030-intake-extractor.md).
No Django here: the review queue in ``chongdich.intake`` calls :func:`extract_facts`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from .gazetteer import CAP_WORD, Mention, find_organisations, find_provinces, normalise
from .vn_numbers import (
    NUMBER_PATTERN,
    NUMBER_WORDS,
    parse_amount,
    parse_count,
    parse_percent,
    resolve_day_month,
)

__all__ = ["STAT_FIELDS", "ArticleFacts", "extract_facts", "find_published_date"]

NUM = rf"(?:{NUMBER_PATTERN})"
CASE = r"(?:ca|trường hợp|bệnh nhân|F0)"
DATE = r"(?<!\d)(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d])"

STAT_FIELDS = (
    "cumulative_cases",
    "cumulative_is_lower_bound",
    "new_cases_24h",
    "community_cases",
    "imported_cases",
    "local_cases",
    "under_treatment",
    "recovered",
    "deaths",
    "vaccine_dose1_pct",
    "vaccine_dose2_pct",
    "level",
    "previous_level",
)


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class ArticleFacts:
    province_stats: list[dict[str, Any]] = field(default_factory=list)
    support_events: list[dict[str, Any]] = field(default_factory=list)
    directives: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "province_stats": self.province_stats,
            "support_events": self.support_events,
            "directives": self.directives,
        }


# ---------------------------------------------------------------- sentences and dates


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets. A full stop ends a sentence when followed by a space or a
    capital (the press often drops the space: "thiếu thốn.Theo"), never inside "2.828",
    "31.10" or "TP.HCM"."""
    boundaries = [0]
    for match in re.finditer(r"[.!?…]+[\"”]?(?=\s|[A-ZÀ-ỸĐ\"“]|$)|\n+", text):
        before = text[max(0, match.start() - 2) : match.start()]
        if before.endswith("TP") and match.group().startswith("."):
            continue
        boundaries.append(match.end())
    boundaries.append(len(text))
    sentences = []
    for start, end in itertools.pairwise(boundaries):
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            offset = start + chunk.index(stripped)
            sentences.append(Sentence(offset, offset + len(stripped), stripped))
    return sentences


def find_published_date(text: str) -> dt.date | None:
    """A dateline "02/03/2022, 11:02" near the start of the text, if any."""
    match = re.search(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)", text[:400])
    if not match:
        return None
    try:
        return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None


def _date(match: re.Match[str], published: dt.date | None, group: int = 1) -> dt.date | None:
    day, month, year = match.group(group), match.group(group + 1), match.group(group + 2)
    try:
        return resolve_day_month(int(day), int(month), int(year) if year else None, published)
    except ValueError:
        return None


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


# ---------------------------------------------------------------- province statistics

COVID = r"(?:COVID-19|Covid-19|COVID|Covid|SARS-CoV-2)"
# Any character of the same sentence: a full stop only between digits ("từ ngày 27.4").
_IN_SENTENCE = r"(?:[^.;:]|(?<=\d)\.(?=\d))"
_CUMULATIVE_CUE = re.compile(
    rf"(tính đến|ghi nhận đến|cập nhật đến|lũy kế|cộng dồn|tổng cộng|đến ngày\s+{DATE}|"
    r"đến sáng ngày hôm nay|đến hôm nay|đến nay|đợt dịch này|từ đầu (?:mùa )?dịch)",
    re.IGNORECASE,
)
# Every cue above holds one of these (a substring test first: most sentences hold none).
_CUMULATIVE_CUE_WORDS = ("đến", "lũy kế", "cộng dồn", "tổng cộng", "đợt dịch này", "từ đầu")
_CUMULATIVE_AFTER_CUE = re.compile(
    rf"(?:ghi nhận|có|phát hiện|là)?\s*(?P<bound>hơn|gần|trên|khoảng)?\s*(?P<n>{NUM})\s+{CASE}"
    r"(?:\s+(?:mắc|nhiễm|mắc mới))?\s+(?:dương tính|mắc|nhiễm|COVID|Covid)"
)
# "Số ca mắc … từ ngày 27/4 đến nay là 33.909 ca": the sentence named what it counts
# (cases, not deaths: "Tổng số ca tử vong … tính đến nay là 23.951 ca").
_COUNTS_CASES = re.compile(r"[Ss]ố ca (?:mắc|nhiễm)(?![^.;]{0,40}(?:tử vong|khỏi|ra viện))")
_CUMULATIVE_IS = re.compile(
    rf"[^.;\d]{{0,12}}?\blà\s+(?P<bound>hơn|gần|trên|khoảng)?\s*(?P<n>{NUM})\s+{CASE}(?![\wà-ỹ])"
)
_CUMULATIVE_TOTAL = re.compile(
    rf"[Tt]ổng số (?:ca|trường hợp){_IN_SENTENCE}{{0,60}}?\blên\s+"
    rf"(?P<bound>hơn|gần|trên|khoảng)?\s*(?P<n>{NUM})"
    rf"|[Tt]ổng số (?:ca|trường hợp)\s+(?:mắc|nhiễm){_IN_SENTENCE}{{0,60}}?(?:\blà|:)\s+"
    rf"(?P<bound2>hơn|gần|trên|khoảng)?\s*(?P<n2>{NUM})"
)

# Figures by field. Each pattern has a group "n" (or "n2", "n3") holding the number.
_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "new_cases_24h": (
        re.compile(
            rf"(?P<n>{NUM})\s+{CASE}(?:\s+(?:mắc|nhiễm))?(?:\s+{COVID})?\s+(?:mới|nhiễm mới)"
            rf"|(?P<n2>{NUM})\s+F0 mới"
        ),
        # "Việt Nam thêm 11.321 ca dương tính": more cases, unless they are discharges.
        re.compile(
            rf"(?<![\wà-ỹ])thêm\s+(?P<n>{NUM})\s+{CASE}"
            r"(?!\s+(?:được|đã|khỏi|xuất viện|ra viện|tử vong|nặng))"
            r"(?![^.;,]{0,30}cộng đồng)"
        ),
        re.compile(
            rf"[Tt]rong ngày[^.;\d]{{0,40}}?(?:có|ghi nhận)\s+(?P<n>{NUM})\s+{CASE}"
            r"(?!\s+(?:được|đã|khỏi|xuất viện|ra viện|tử vong|nặng))"
        ),
        re.compile(rf"[Ss]ố ca (?:mắc|nhiễm) mới[^:\d]{{0,40}}:\s*(?P<n>{NUM})"),
        # "Bản tin dịch COVID-19 ngày 6/10 của Bộ Y tế cho biết có 4.363 ca mắc": the day's
        re.compile(
            rf"[Bb]ản tin[^.;]{{0,30}}?ngày\s+\d{{1,2}}[/.-]\d{{1,2}}[^.;\d]{{0,60}}?"
            rf"(?:có|ghi nhận)\s+(?P<n>{NUM})\s+(?:ca|trường hợp)\s+(?:mắc|nhiễm)"
            r"(?!\s+(?:tích lũy|lũy kế|tử vong))"
        ),
        re.compile(
            r"(?:nhiều nhất|cao nhất|nhiều (?:ca )?(?:mắc |nhiễm )?nhất)"
            rf"[^.;]{{0,60}}?với\s+(?P<n>{NUM})\s+ca"
        ),
    ),
    "community_cases": (
        re.compile(
            rf"(?P<n>{NUM})\s+{CASE}(?:\s+[\wà-ỹ]+){{0,2}}?\s+(?:trong|tại|ngoài|ở) cộng đồng"
            rf"|(?P<n2>{NUM})\s+ca cộng đồng"
        ),
    ),
    "imported_cases": (
        re.compile(
            rf"(?P<n>{NUM})\s+{CASE}\s+(?:là\s+)?(?:được cách ly ngay\s+)?(?:sau khi\s+)?"
            r"(?:nhập cảnh|nhập khẩu|từ nước ngoài)"
        ),
    ),
    "local_cases": (
        re.compile(
            rf"(?P<n>{NUM})(?:\s+{CASE}(?:\s+mắc)?\s+(?:do\s+)?(?:lây nhiễm\s+|ghi nhận\s+)?"
            r"|\s+ghi nhận\s+)(?:trong (?:địa phương|nước|tỉnh)|tại địa phương)"
        ),
    ),
    "under_treatment": (
        re.compile(
            rf"đang (?:được )?(?:cách ly và )?điều trị(?: cho)?\s*:?\s*(?P<n>{NUM})"
            rf"(?:\s+{CASE})?"
            rf"|(?P<n2>{NUM})\s+{CASE}(?:\s+nhiễm bệnh)?\s+đang (?:được )?điều trị"
        ),
    ),
    "recovered": (
        re.compile(
            rf"(?P<n>{NUM})\s+(?:{CASE}|người)\s+(?:đã\s+)?(?:được\s+)?(?:điều trị\s+)?"
            r"(?:khỏi bệnh|xuất viện|ra viện|được công bố khỏi|công bố khỏi|khỏi)"
            rf"|điều trị khỏi(?: bệnh)?\s+(?P<n2>{NUM})\s+{CASE}"
        ),
        re.compile(
            r"[Ss]ố (?:ca|bệnh nhân)\s+(?:điều trị\s+)?(?:đã\s+)?(?:khỏi|xuất viện|ra viện)"
            rf"[^:\d]{{0,20}}:\s*(?P<n>{NUM})"
        ),
        re.compile(
            r"tổng số (?:bệnh nhân|ca|người)\s+(?:được\s+)?(?:xuất viện|khỏi bệnh|ra viện)"
            rf"[^.;:\d]{{0,20}}?(?:\blà|\blên)\s+(?P<n>{NUM})"
        ),
    ),
    "deaths": (
        re.compile(rf"(?P<n>{NUM})\s+(?:ca|trường hợp|bệnh nhân|người)\s+tử vong"),
        re.compile(rf"[Ss]ố (?:ca\s+|bệnh nhân\s+)?tử vong\s*:\s*(?P<n>{NUM})"),
        re.compile(
            r"[Tt]ổng số (?:ca|bệnh nhân|người|trường hợp)\s+tử vong"
            rf"[^.;:\d]{{0,40}}?(?:\blà|\blên)\s+(?P<n>{NUM})"
        ),
    ),
    "vaccine_dose1_pct": (
        re.compile(
            rf"(?:mũi 1|mũi một|mũi thứ nhất|ít nhất (?:01|1|một) (?:liều|mũi))"
            rf"(?:(?!mũi|liều)[^.;%]){{0,80}}?(?P<n>{NUM})\s*%"
        ),
    ),
    "vaccine_dose2_pct": (
        re.compile(
            rf"(?:mũi 2|mũi hai|mũi thứ hai|đủ (?:02|2|hai) (?:mũi|liều))"
            rf"(?:(?!mũi|liều)[^.;%]){{0,60}}?(?P<n>{NUM})\s*%"
        ),
    ),
    "icu_beds_established": (
        re.compile(
            rf"thành lập[^.;]{{0,80}}?(?:[Hh]ồi sức|ICU)[^.;]{{0,40}}?(?P<n>{NUM})\s+giường"
        ),
    ),
}
# Words a sentence must hold for a field's patterns to be tried: a substring test is far
# cheaper than the patterns, and most sentences hold none (the throughput goal).
_GATES: dict[str, tuple[str, ...]] = {
    "new_cases_24h": ("mới", "thêm", "rong ngày", "với", "ản tin"),
    "community_cases": ("cộng đồng",),
    "imported_cases": ("nhập", "nước ngoài"),
    "local_cases": ("trong địa phương", "trong nước", "trong tỉnh", "tại địa phương"),
    "under_treatment": ("điều trị",),
    "recovered": ("khỏi", "xuất viện", "ra viện"),
    "deaths": ("tử vong",),
    "vaccine_dose1_pct": ("%",),
    "vaccine_dose2_pct": ("%",),
    "icu_beds_established": ("giường",),
}
# One scan of a sentence finds every gate word it holds.
_GATE_WORDS = re.compile("|".join(sorted({re.escape(w) for ws in _GATES.values() for w in ws})))
_FIELDS_BY_GATE: dict[str, tuple[str, ...]] = {
    word: tuple(name for name, words in _GATES.items() if word in words)
    for words in _GATES.values()
    for word in words
}
_DAILY_FIELDS = frozenset({"new_cases_24h", "community_cases", "imported_cases", "local_cases"})
_OUTCOME_FIELDS = frozenset({"cumulative_cases", "under_treatment", "recovered", "deaths"})
# "giảm 80 trường hợp mắc mới", "Đắk Lắk (-205)": a change, not a count.
_CHANGE_BEFORE = re.compile(r"(?:[Tt]ăng|[Gg]iảm)\s+(?:thêm\s+)?$|\(\s*[-+]\s*$")
# The day's deaths and discharges ("thêm 3 trường hợp tử vong") have no field: the
# outcome fields are totals.
_DAILY_BEFORE = re.compile(r"thêm\s+$")
_DAILY_CUE = re.compile(r"[Tt]rong ngày|24\s*(?:giờ|h)|\bmới\b|trong \d+ ngày|ngày gần đây")
# "Covid-19", "SARS-CoV-2": a name's number, not a count.
_NAME_NUMBER_BEFORE = re.compile(r"(?:COVID|Covid|CoV|covid)-$")
_TOTAL_CUE = re.compile(r"[Tt]ổng|[Ll]ũy kế|đến nay|đã có|[Tt]ính đến|đến ngày|nâng")
_VACCINE_OTHER = re.compile(r"\btrẻ\b|nhắc|mũi 3|mũi 4|mũi bổ sung|phân bổ")
_NEW_24H_CUE = re.compile(
    r"(?:trong\s+)?24\s*(?:giờ|h|tiếng)\s+qua|trong ngày hôm nay"
    r"|[Tt]ừ\s+\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?\s+ngày\s+\d{1,2}[/.-]\d{1,2}[^,;]{0,40}?"
    r"đến\s+\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?\s+ngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?"
)
_NEW_24H = re.compile(rf"(?:ghi nhận|có|thêm|phát hiện)\s+(?:thêm\s+)?(?P<n>{NUM})\s+{CASE}")
_LEVEL_CHANGE = re.compile(
    r"từ cấp(?: độ)?\s+(?P<prev>[1-4])[^.;]{0,80}?"
    r"(?:lên|xuống|sang|về)\s+cấp(?: độ)?\s+(?P<lvl>[1-4])"
)
_COLOURS = {"xanh": 1, "vàng": 2, "cam": 3, "đỏ": 4}
_LEVEL_WHOLE = re.compile(
    r"[Tt]oàn (?:tỉnh|thành phố)[^.;]{0,40}?(?:(?:ở|áp dụng|là)\s+)?"
    r"(?:cấp(?: độ)?\s+(?P<lvl>[1-4])|(?:vùng|mức)\s+(?P<colour>xanh|vàng|cam|đỏ))"
)
# A table row: the province on one line, "Cấp độ 3 - vùng cam" on the next.
_LEVEL_ROW = re.compile(r"[ \t]*\n[ \t]*Cấp độ\s+(?P<lvl>[1-4])\b")
_COMMUNES = re.compile(
    r"(?P<n>\d+)/(?P<total>\d+)\s+(?:đơn vị\s+)?(?:cấp\s+)?(?:xã|phường|xã, phường(?:, thị trấn)?)"
    r"[^.;]{0,40}?cấp(?: độ)?\s+(?P<lvl>[1-4])"
)
# "62 đơn vị cấp xã cấp độ 2", "04 xã, thị trấn là vùng đỏ"
_COMMUNES_AT = re.compile(
    r"(?<![\d/])(?P<n>\d+)\s+(?:đơn vị\s+)?(?:cấp\s+)?(?:xã|phường)(?:,\s*(?:xã|phường|thị trấn))*"
    r"\s+(?:là\s+|ở\s+)?(?:mức\s+)?"
    r"(?:vùng\s+(?P<colour>xanh|vàng|cam|đỏ)|cấp(?: độ)?\s+(?P<lvl>[1-4]))"
)
_DIGIT = re.compile(r"\d")
_NATIONAL = re.compile(
    r"[Cc]ả nước|[Tt]oàn quốc|Việt Nam|\bVN\b|nước ta|Hệ thống Quốc gia"
    r"|(?:ghi nhận|lây nhiễm) trong nước|[Bb]ản tin[^.;]{0,40}Bộ Y tế"
)
# Every national cue holds one of these: substring tests are far cheaper than the pattern
# on text that holds none.
_NATIONAL_WORDS = (
    "ả nước",
    "oàn quốc",
    "Việt Nam",
    "VN",
    "nước ta",
    "Hệ thống Quốc gia",
    "trong nước",
    "ản tin",
)


def _national_cue(text: str) -> bool:
    return any(word in text for word in _NATIONAL_WORDS) and bool(_NATIONAL.search(text))


def _last_national_cue(text: str) -> int:
    """The end of the last national cue in ``text``, -1 when there is none."""
    if not any(word in text for word in _NATIONAL_WORDS):
        return -1
    return max((m.end() for m in _NATIONAL.finditer(text)), default=-1)


_TODAY = re.compile(
    r"hôm nay|trưa nay|sáng nay|chiều nay|24\s*(?:giờ|h) qua|[Tt]rong ngày(?!\s+\d)"
)
_DATE_UNTIL = re.compile(
    rf"đến\s+(?:\d{{1,2}}\s*(?:h|giờ)(?:\s*\d{{2}})?\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?"
    rf"(?:ngày\s+)?{DATE}"
)
_DATE_ON = re.compile(
    rf"(?<![Tt]ừ )(?:[Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối)\s+(?:ngày\s+)?{DATE}"
)
_FIGURE_NOW = re.compile(r"\bhiện\b|[Hh]iện nay|đến nay|hôm nay|đến thời điểm này|[Tt]ính đến")


def _number(match: re.Match[str]) -> tuple[str, str]:
    """The number a pattern read and the name of its group."""
    groups = match.groupdict()
    for key in ("n", "n2", "n3"):
        if groups.get(key):
            return str(groups[key]), key
    raise ValueError("pattern has no number group")


def _sentence_date(s: str, published: dt.date | None) -> dt.date | None:
    """The date a sentence gives its figures: the end of a window ("đến 6h ngày 27/10",
    "tính đến ngày 31/10"), else a dated lead ("Ngày 14/11", "sáng ngày 20/11/2021"),
    else "hôm nay"/"24 giờ qua" → the publication date. "Từ ngày 27/4" starts a period."""
    match = _DATE_UNTIL.search(s) or _DATE_ON.search(s)
    if match:
        return _date(match, published)
    if _TODAY.search(s):
        return published
    return None


class _StatCollector:
    """Facts per province, merged over the article; the first value of a field wins."""

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        provinces: list[Mention],
        home: str | None,
        national_article: bool,
    ) -> None:
        self.text = text
        self.published = published
        self.provinces = provinces
        self.by_province: dict[str, dict[str, Any]] = {}
        self.focus: str | None = None
        # The outlet's province ("Pháp Luật TP.HCM" names a city, not the article's topic):
        # only for a bulletin that names no province at all.
        self.home = home if not provinces else None
        self.national_article = national_article

    def subject(self, sentence: Sentence, position: int) -> tuple[list[str], float]:
        """The province(s) a figure at ``position`` is about, and how sure we are: the
        nearest province or national cue before it in its clause ("…; 293 ca mắc …"
        starts afresh), "Hòa Bình và Quảng Nam" naming two."""
        clause_start = sentence.start + sentence.text.rfind(";", 0, position - sentence.start) + 1
        head = self.text[clause_start:position]
        nearest_national = _last_national_cue(head)
        before = [p for p in self.provinces if clause_start <= p.start and p.end <= position]
        if before and _closes_a_list(self.text, before[-1], position):
            before = []  # "…, Nghệ An 1 ca, và 8 ca được cách ly …": the list has ended
        if before and before[-1].end - clause_start > nearest_national:
            last = before[-1]
            names = [last.name]
            for earlier in reversed(before[:-1]):
                if re.fullmatch(r"\s+và\s+", self.text[earlier.end : last.start]):
                    names.insert(0, earlier.name)
                break
            return names, 0.95
        if nearest_national >= 0:
            return ["national"], 0.85
        # Earlier in the sentence, past a ";": the subject, unless it heads a list item
        # ("tại Tây Ninh 3 ca và Quảng Nam 1 ca; 293 ca …" is about the whole country).
        sentence_head = self.text[sentence.start : clause_start]
        subjects = [
            p
            for p in self.provinces
            if sentence.start <= p.start
            and p.end <= clause_start
            and not _LISTED_COUNT.match(self.text, p.end, sentence.end)
            and not _AND_PROVINCE.match(self.text, p.end)
        ]
        national_in_sentence = _last_national_cue(sentence_head)
        if subjects and subjects[-1].end - sentence.start > national_in_sentence:
            return [subjects[-1].name], 0.85
        if national_in_sentence >= 0:
            return ["national"], 0.8
        if self.national_article:
            return ["national"], 0.6
        after = [p for p in self.provinces if position <= p.start < sentence.end]
        if after:
            return [after[0].name], 0.8
        if self.focus:
            return [self.focus], 0.75
        earlier_in_text = [p for p in self.provinces if p.start < position]
        if earlier_in_text:
            return [earlier_in_text[-1].name], 0.6
        if self.home:
            return [self.home], 0.6
        return ["unknown"], 0.3

    def add(
        self,
        province: str,
        name: str,
        value: Any,
        span: tuple[int, int],
        confidence: float,
    ) -> None:
        if province == "unknown":
            return
        record = self.by_province.setdefault(
            province,
            {
                "province": None if province == "national" else province,
                "scope": "national" if province == "national" else "province",
                "as_of": None,
                **dict.fromkeys(STAT_FIELDS),
                "spans": {},
                "confidence": 1.0,
            },
        )
        if record.get(name) is not None:
            return
        record[name] = value
        record["spans"][name] = list(span)
        record["confidence"] = min(record["confidence"], confidence)
        if province != "national" and name != "as_of":
            self.focus = province

    def records(self) -> list[dict[str, Any]]:
        out = []
        for record in self.by_province.values():
            if any(
                record.get(k) is not None
                for k in record
                if k not in {"province", "scope", "spans", "confidence", "as_of"}
            ):
                record["confidence"] = round(record["confidence"], 2)
                out.append(record)
        return out


_AS_OF_AFTER_CUE = re.compile(
    rf"\s*(?:\d{{1,2}}\s*(?:h|giờ)(?:\d{{2}})?\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?"
    rf"(?:ngày\s+)?(?:{DATE}|(?P<today>hôm nay|ngày hôm nay))"
)


def _as_of_from_cue(s: str, cue: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The date a cumulative figure stands at: "tính đến ngày 31/10", "đến sáng ngày hôm nay"."""
    written = cue.group()
    date_match = re.search(DATE, written)
    if date_match:
        return _date(date_match, published)
    if "hôm nay" in written:
        return published
    following = _AS_OF_AFTER_CUE.match(s, cue.end())
    if following:
        return published if following.group("today") else _date(following, published)
    return None


def _is_national_article(text: str, sentences: list[Sentence], provinces: list[Mention]) -> bool:
    """A national bulletin: it says "cả nước"/"Việt Nam"… or lists provinces' counts."""
    if len({p.name for p in provinces}) != 1 and _national_cue(text):
        return True
    for sentence in sentences:
        names = {p.name for p in provinces if sentence.start <= p.start < sentence.end}
        if len(names) >= 3 and _DIGIT.search(sentence.text):
            return True
    return False


# "Từ ngày 1.10 đến nay": a period; "từ ngày 27.4" (the fourth wave's start): a total.
_SINCE_DATE = re.compile(
    r"[Tt]ừ ngày\s+(?:(?P<wave>27[/.]0?4)|\d{1,2}[/.]\d{1,2})(?:[/.]\d{4})?\s*$"
)


def _figures(s: str, published: dt.date | None) -> list[tuple[int, str, Any, tuple[int, int]]]:
    """(position, field, value, span) of every figure the patterns read in one sentence."""
    found: list[tuple[int, str, Any, tuple[int, int]]] = []
    # Cumulative: a cue ("tính đến ngày 31/10") then the first case count after it.
    lowered = s.lower()
    has_cue = any(word in lowered for word in _CUMULATIVE_CUE_WORDS)
    for cue in _CUMULATIVE_CUE.finditer(s) if has_cue else ():
        since = _SINCE_DATE.search(s[max(0, cue.start() - 25) : cue.start()])
        if since and not since.group("wave"):
            continue  # "Từ ngày 1.10 đến nay ... 710 ca" counts a period; 27/4 began the wave
        after = _CUMULATIVE_AFTER_CUE.search(s, cue.end(), min(len(s), cue.end() + 90))
        if after is None and _COUNTS_CASES.search(s, 0, cue.start()):
            after = _CUMULATIVE_IS.match(s, cue.end())
        if after and (
            re.search(r"thêm\s*$", s[max(0, after.start("n") - 8) : after.start("n")])
            or re.match(r"[^,;.]{0,12}\bmới\b", s[after.end("n") :])
        ):
            after = None  # "Tính đến 20h ngày 7/11, … ghi nhận thêm 18 ca mắc mới"
        if after:
            found.append(
                (
                    after.start("n"),
                    "cumulative_cases",
                    parse_count(after.group("n")),
                    after.span("n"),
                )
            )
            if after.group("bound") in {"hơn", "trên"}:
                found.append(
                    (after.start("n"), "cumulative_is_lower_bound", True, after.span("bound"))
                )
            as_of = _as_of_from_cue(s, cue, published)
            if as_of:
                found.append((after.start("n"), "as_of", as_of.isoformat(), cue.span()))
            break
    for total in _CUMULATIVE_TOTAL.finditer(s) if "ổng số" in s else ():
        written, group = _number(total)
        found.append(
            (total.start(group), "cumulative_cases", parse_count(written), total.span(group))
        )
        bound = total.group("bound") or total.group("bound2")
        if bound in {"hơn", "trên"}:
            found.append((total.start(group), "cumulative_is_lower_bound", True, total.span(group)))
    # Every window cue holds "24", "hôm nay" or "đến" (a substring test first).
    cue24 = _NEW_24H_CUE.search(s) if "24" in s or "hôm nay" in s or "đến" in s else None
    if cue24:
        new = _NEW_24H.search(s, cue24.end())
        if new:
            found.append(
                (new.start("n"), "new_cases_24h", parse_count(new.group("n")), new.span("n"))
            )
    vaccine_other = "%" in s and _VACCINE_OTHER.search(s)
    gated = {name for word in _GATE_WORDS.findall(s) for name in _FIELDS_BY_GATE[word]}
    for name, patterns in _PATTERNS.items():
        if name not in gated:
            continue
        if name.startswith("vaccine") and vaccine_other:
            continue  # children's, booster or allocation rates are not coverage
        for pattern in patterns:
            for match in pattern.finditer(s):
                written, group = _number(match)
                head = s[: match.start(group)]
                if _CHANGE_BEFORE.search(head[-12:]) or _NAME_NUMBER_BEFORE.search(head[-6:]):
                    continue
                if name in _OUTCOME_FIELDS and _DAILY_BEFORE.search(head[-8:]):
                    continue
                if (
                    name in {"deaths", "recovered"}
                    and _DAILY_CUE.search(head)
                    and not _TOTAL_CUE.search(head)
                ):
                    continue  # "Trong ngày ghi nhận 190 ca tử vong": the day's deaths
                if (
                    name == "recovered"
                    and "công bố khỏi" in match.group()
                    and "đã" not in match.group()
                    and not _TOTAL_CUE.search(head)
                ):
                    continue  # "4.157 ca được công bố khỏi bệnh": the day's, in a bulletin
                value: Any = (
                    parse_percent(written) if name.endswith("_pct") else parse_count(written)
                )
                found.append((match.start(group), name, value, match.span(group)))
    if "cấp" not in s and "vùng" not in s:
        return found
    for match in _LEVEL_CHANGE.finditer(s):
        found.append((match.start(), "level", int(match.group("lvl")), match.span("lvl")))
        found.append(
            (match.start(), "previous_level", int(match.group("prev")), match.span("prev"))
        )
    for match in _LEVEL_WHOLE.finditer(s):
        level = int(match.group("lvl")) if match.group("lvl") else _COLOURS[match.group("colour")]
        group = "lvl" if match.group("lvl") else "colour"
        found.append((match.start(), "level", level, match.span(group)))
    for match in _COMMUNES.finditer(s):
        found.append(
            (
                match.start(),
                f"communes_at_level_{match.group('lvl')}",
                int(match.group("n")),
                match.span("n"),
            )
        )
        found.append(
            (match.start(), "communes_total", int(match.group("total")), match.span("total"))
        )
    for match in _COMMUNES_AT.finditer(s):
        written = match.group("lvl") or str(_COLOURS[match.group("colour")])
        found.append(
            (match.start(), f"communes_at_level_{written}", int(match.group("n")), match.span("n"))
        )
    return found


def _extract_stats(
    text: str,
    sentences: list[Sentence],
    provinces: list[Mention],
    published: dt.date | None,
    home: str | None = None,
) -> list[dict[str, Any]]:
    stats = _StatCollector(
        text, published, provinces, home, _is_national_article(text, sentences, provinces)
    )
    report_date: dt.date | None = None
    for sentence in sentences[:4]:
        report_date = _sentence_date(sentence.text, published)
        if report_date:
            break
    if report_date is None and _TODAY.search(text):
        report_date = published
    for sentence in sentences:
        s = sentence.text
        base = sentence.start
        if not _DIGIT.search(s) and not ("oàn" in s and _LEVEL_WHOLE.search(s)):
            continue  # every figure is written in digits, but "Toàn tỉnh … là vùng xanh"
        figures = _figures(s, published)
        listing = len([p for p in provinces if base <= p.start < sentence.end]) >= 2
        if not figures and not listing:
            continue
        own_date = _sentence_date(s, published)
        for position, name, value, (start, end) in sorted(figures, key=lambda f: f[0]):
            names, confidence = stats.subject(sentence, base + position)
            for province in names:
                stats.add(province, name, value, (base + start, base + end), confidence)
                as_of = None
                if own_date and name in _DAILY_FIELDS | _OUTCOME_FIELDS:
                    as_of = own_date
                elif name in _DAILY_FIELDS or (name in _OUTCOME_FIELDS and _FIGURE_NOW.search(s)):
                    as_of = report_date
                if as_of:
                    stats.add(
                        province,
                        "as_of",
                        as_of.isoformat(),
                        (base + start, base + start),
                        confidence,
                    )
        if listing:
            _read_bulletin_list(stats, sentence, provinces, own_date or report_date)
    for mention in provinces:
        row = _LEVEL_ROW.match(text, mention.end)
        if row:
            span = (row.start("lvl"), row.end("lvl"))
            stats.add(mention.name, "level", int(row.group("lvl")), span, 0.8)
    return stats.records()


_LISTED_COUNT = re.compile(
    rf"\s*(?:\((?P<p>{NUM})\)"
    rf"|(?:\s+(?:mỗi (?:tỉnh|địa phương|nơi)\s+)?(?:đều\s+)?(?:có\s+)?(?:đến\s+)?)"
    rf"(?P<c>{NUM})\s+(?:ca|trường hợp|F0)(?![\wà-ỹ])"
    rf"|\s+(?P<b>{NUM})(?=\s*(?:[,;.]|và\s|…|$)))"
)
_AND_PROVINCE = re.compile(rf"\s+và\s+(?:tỉnh\s+)?{CAP_WORD}")
_LIST_CLOSED = re.compile(r"\s*,?\s*và\s+$")


def _closes_a_list(text: str, province: Mention, position: int) -> bool:
    """The province heads a list item with its own count, and "và" after that count
    brings a figure of the whole ("Hà Tĩnh 1 ca, Nghệ An 1 ca, và 8 ca nhập cảnh")."""
    listed = _LISTED_COUNT.match(text, province.end, position)
    return bool(listed and _LIST_CLOSED.fullmatch(text, listed.end(), position))


_CUMULATIVE_LIST_CUE = re.compile(r"tích lũy|tích luỹ|cộng dồn|tổng số|từ đầu")
_OUTCOME_LIST_CUE = re.compile(r"tử vong|khỏi|xuất viện|ra viện")


def _read_bulletin_list(
    stats: _StatCollector, sentence: Sentence, provinces: list[Mention], as_of: dt.date | None
) -> None:
    """National bulletins list provinces with a count: "TP. HCM (3.375), Đồng Nai (686)",
    "Bắc Giang 129 ca, TP.HCM 95 ca", "Đồng Tháp và Lạng Sơn mỗi tỉnh có 1 ca". The
    sentence says which count: accumulated ("tích lũy"), the day's new cases, or, in a
    clause about "nhập cảnh", imported cases."""
    text = stats.text
    in_sentence = [p for p in provinces if sentence.start <= p.start < sentence.end]
    listed: list[tuple[Mention, re.Match[str]]] = []
    for index, province in enumerate(in_sentence):
        match = _LISTED_COUNT.match(text, province.end, sentence.end)
        if match is None and index + 1 < len(in_sentence):
            partner = in_sentence[index + 1]
            shared = _LISTED_COUNT.match(text, partner.end, sentence.end)
            if (
                shared is not None
                and re.fullmatch(r"\s+và\s+", text[province.end : partner.start])
                and re.match(r"\s+(?:mỗi|đều)", shared.group())
            ):
                match = shared  # "Nghệ An và Thừa Thiên Huế mỗi tỉnh có 61 ca"
        if match is not None:
            listed.append((province, match))
    if len(listed) < 2:
        return  # one count after a name is a sentence's figure, a list has several
    cumulative = _CUMULATIVE_LIST_CUE.search(sentence.text)
    for province, match in listed:
        clause_start = text.rfind(";", sentence.start, province.start) + 1 or sentence.start
        clause_end = text.find(";", province.end, sentence.end)
        clause = text[
            max(clause_start, sentence.start) : clause_end if clause_end > 0 else sentence.end
        ]
        if _OUTCOME_LIST_CUE.search(clause):
            continue  # the day's deaths by province have no field
        if "nhập cảnh" in text[max(clause_start, sentence.start) : province.start]:
            # "8 ca nhập cảnh … tại Khánh Hòa 5 ca"; a list followed by "và 8 ca được cách
            # ly ngay sau khi nhập cảnh" gives the provinces' new cases.
            field = "imported_cases"
        elif cumulative:
            field = "cumulative_cases"
        else:
            field = "new_cases_24h"
        group = next(g for g in ("p", "c", "b") if match.group(g))
        try:
            value = parse_count(match.group(group))
        except ValueError:
            continue
        span = match.span(group)
        stats.add(province.name, field, value, span, 0.8)
        if as_of is not None and field != "cumulative_cases":
            stats.add(province.name, "as_of", as_of.isoformat(), (span[0], span[0]), 0.8)


# ---------------------------------------------------------------- support events

_BRANDS = {
    "astrazeneca": "AstraZeneca",
    "astrazenca": "AstraZeneca",
    "astra zeneca": "AstraZeneca",
    "pfizer": "Pfizer",
    "pfizer-biontech": "Pfizer",
    "moderna": "Moderna",
    "sinopharm": "Sinopharm",
    "vero cell": "Sinopharm",
    "sputnik v": "Sputnik V",
    "abdala": "Abdala",
    "janssen": "Janssen",
    "hayat-vax": "Hayat-Vax",
}
_BRAND = "|".join(sorted((re.escape(b) for b in _BRANDS), key=len, reverse=True))
_QTY = rf"(?P<q>{NUM}|{'|'.join(NUMBER_WORDS)})"

# Item catalogue: written forms → code (the logistics ledger's item codes).
ITEM_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "money_vnd",
        re.compile(rf"(?P<q>{NUM})\s*(?P<mult>tỷ|tỉ|triệu|nghìn|ngàn)?\s+(?:đồng|VNĐ|VND)\b"),
    ),
    (
        "vaccine_dose",
        re.compile(
            rf"{_QTY}\s+liều(?:\s+(?:vaccine|vắc xin|vắc-xin|vacxin))?"
            rf"(?:\s+(?:phòng|ngừa)?\s*COVID-19)?(?:\s+(?P<brand>{_BRAND}))?",
            re.IGNORECASE,
        ),
    ),
    ("pcr_machine", re.compile(rf"{_QTY}\s+(?:hệ thống\s+)?máy xét nghiệm\s+(?:RT-)?PCR")),
    (
        "ventilator",
        # "máy thở lưu lượng cao", "máy trợ thở HFNC" are high-flow devices, not in the
        # catalogue (docs/intake-annotation.md); the item is then left out.
        re.compile(
            rf"{_QTY}\s+(?:chiếc\s+|cái\s+|bộ\s+)?máy (?:trợ\s+)?thở"
            r"(?!\s+(?:ô\s?xy\s+|oxy\s+)?(?:lưu lượng cao|dòng cao|HFNC|cao tần HFNC))"
        ),
    ),
    (
        "oxygen_concentrator",
        re.compile(rf"{_QTY}\s+(?:chiếc\s+|cái\s+)?máy tạo\s+(?:ô\s?xy|oxy|ôxy|o-xy)"),
    ),
    (
        "pulse_oximeter",
        re.compile(rf"{_QTY}\s+(?:chiếc\s+|cái\s+)?máy đo\s+(?:nồng độ\s+)?(?:ô\s?xy|oxy|SpO2)"),
    ),
    ("oxygen_cylinder", re.compile(rf"{_QTY}\s+bình\s+(?:ô\s?xy|oxy|ôxy)")),
    ("thermometer", re.compile(rf"{_QTY}\s+(?:chiếc\s+|cái\s+)?nhiệt kế(?P<handheld>\s+cầm tay)?")),
    (
        "test_kit",
        re.compile(
            rf"{_QTY}\s+(?:bộ\s+)?(?:(?:kit|sinh phẩm|test)\s+xét nghiệm|kit test|test nhanh"
            r"|bộ xét nghiệm nhanh)"
        ),
    ),
    ("mask", re.compile(rf"{_QTY}\s+(?:chiếc\s+|cái\s+)?khẩu trang")),
    ("ppe_kit", re.compile(rf"{_QTY}\s+bộ\s+(?:đồ\s+|trang phục\s+)?(?:bảo hộ|phòng hộ|PPE)")),
    ("ambulance", re.compile(rf"{_QTY}\s+(?:chiếc\s+)?xe\s+(?:cứu thương|cấp cứu)")),
    ("hospital_bed", re.compile(rf"{_QTY}\s+giường(?:\s+bệnh)?")),
    (
        "medical_staff",
        # "đoàn cán bộ y tế gồm 30 người", "đoàn … số 2 của ngành y tế X gồm 30 thành viên"
        re.compile(
            r"đoàn (?:cán bộ y tế|y bác sĩ|y, bác sĩ|bác sĩ|cán bộ, nhân viên y tế)[^.;]{0,60}?"
            rf"gồm\s+{_QTY}\s+(?:người|thành viên)"
        ),
    ),
    (
        "medical_staff",
        re.compile(
            rf"{_QTY}\s+(?:y bác sĩ|y, bác sĩ|cán bộ y tế|nhân viên y tế|y bác sỹ|chuyên gia y tế"
            r"|cán bộ, nhân viên(?: ngành)? [Yy] tế|cán bộ, nhân viên y tế|nhân lực y tế"
            r"|bác sĩ, điều dưỡng(?:, kỹ thuật viên)?|bác sĩ và điều dưỡng|thầy thuốc)"
        ),
    ),
)

_GIVE = re.compile(
    r"trao tặng|trao|tặng|ủng hộ|hỗ trợ|chia sẻ|chi viện|viện trợ|tài trợ|cử|điều động|bàn giao"
    r"|thiết lập|đã đến|lên đường|mang theo"
)
_RECEIVE = re.compile(r"tiếp nhận|nhận được")
# A dated lead, after an outlet's tag ("GD&TĐ - ", "(PLM) - ") or "Trước đó, ":
# "Sáng 2/6, …", "Chiều ngày 26/7, …", "Ngày 31/8, …", "Trước đó, ngày 29.8, …".
_LEAD_PREFIX = (
    r"^(?:\(?[A-ZĐ][A-ZĐ&]*\)?\s*-\s*|\([A-ZĐ]+\)\s*)?"
    r"(?:(?:Trước đó|Sau đó|Cùng ngày|Như [^,]{0,30}đã (?:đưa tin|thông tin)),\s*)?"
)
_TIME_OF_DAY_DATE = re.compile(
    rf"{_LEAD_PREFIX}(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm)\s+(?:ngày\s+)?{DATE}"
)
_DATELINE_DATE = re.compile(rf"{_LEAD_PREFIX}(?:[Nn]gày|[Vv]ào ngày)\s+{DATE}(?:,|\s)")
# A sentence that continues its paragraph's event ("Ngoài ra, Tập đoàn cũng trao …").
_CONTINUATION = re.compile(r"^(?:Ngoài ra|Đồng thời|Bên cạnh đó|Cùng với đó|Cùng dịp)\b")
_OCCASION = re.compile(
    r"^(?:[Dd]ịp này|[Nn]hân dịp này|[Đđ]ợt này|[Tt]rong đợt này|[Tt]ại buổi (?:lễ|làm việc|tiếp))"
)


@dataclass
class _Item:
    start: int
    end: int
    code: str
    quantity: int
    detail: str


# Every item pattern starts with a quantity followed by one of these words: a sentence
# without such a pair has no item (checked first, it is much cheaper than the patterns).
_ITEM_CUE = re.compile(
    rf"(?:\d|(?<![\wà-ỹ])(?:{'|'.join(NUMBER_WORDS)}))\s*(?:tỷ|tỉ|triệu|nghìn|ngàn)?\s+"
    r"(?:(?:chiếc|cái|bộ|hệ thống)\s+)?"
    r"(?:máy|liều|nhiệt kế|bình|kit|sinh phẩm|test|khẩu trang|bộ|xe|giường|y|cán bộ"
    r"|nhân viên|chuyên gia|bác sĩ|thầy thuốc|đồng|VN|người|thành viên)",
    re.IGNORECASE,
)


# Words one of an item's written forms holds (a gate, as for the statistics' patterns).
_ITEM_GATES: dict[str, frozenset[str]] = {
    "money_vnd": frozenset({"đồng", "VNĐ", "VND"}),
    "vaccine_dose": frozenset({"liều", "Liều", "LIỀU"}),
    "pcr_machine": frozenset({"máy"}),
    "ventilator": frozenset({"máy"}),
    "oxygen_concentrator": frozenset({"máy"}),
    "pulse_oximeter": frozenset({"máy"}),
    "oxygen_cylinder": frozenset({"bình"}),
    "thermometer": frozenset({"nhiệt kế"}),
    "test_kit": frozenset({"xét nghiệm", "kit", "test"}),
    "mask": frozenset({"khẩu trang"}),
    "ppe_kit": frozenset({"bộ"}),
    "ambulance": frozenset({"xe"}),
    "hospital_bed": frozenset({"giường"}),
    "medical_staff": frozenset(
        {
            "đoàn",
            "y bác sĩ",
            "y, bác sĩ",
            "cán bộ",
            "nhân viên",
            "y bác sỹ",
            "chuyên gia",
            "nhân lực",
            "bác sĩ",
            "thầy thuốc",
        }
    ),
}
_ITEM_WORDS = re.compile(
    "|".join(
        sorted({re.escape(w) for ws in _ITEM_GATES.values() for w in ws}, key=len, reverse=True)
    )
)


def _find_items(s: str) -> list[_Item]:
    items: list[_Item] = []
    if not _ITEM_CUE.search(s):
        return items
    words = set(_ITEM_WORDS.findall(s))
    for code, pattern in ITEM_PATTERNS:
        if not words & _ITEM_GATES[code]:
            continue  # the item's word is not in the sentence
        for match in pattern.finditer(s):
            if any(i.start < match.end() and match.start() < i.end for i in items):
                continue
            written = match.group("q")
            try:
                if code == "money_vnd":
                    quantity = parse_amount(written, match.group("mult"))
                else:
                    quantity = parse_count(written)
            except ValueError:
                continue
            if code == "money_vnd" and re.search(
                r"(?:trị giá|giá trị|tương đương|tổng cộng)\s*(?:hơn|gần|khoảng|trên|là)?\s*$",
                s[max(0, match.start() - 30) : match.start()],
            ):
                continue  # "tổng trị giá 10 tỉ đồng" values the gift, it is not money given
            if code == "hospital_bed" and re.match(r"\s*(?:bệnh nhân|điều trị)", s[match.end() :]):
                continue
            detail = ""
            groups = match.groupdict()
            if groups.get("brand"):
                detail = _BRANDS[str(groups["brand"]).lower()]
            if groups.get("handheld"):
                detail = "handheld"
            items.append(_Item(match.start(), match.end(), code, quantity, detail))
    items.sort(key=lambda i: i.start)
    for match in _BARE_SETS.finditer(s):
        named = [i for i in items if i.end <= match.start() and i.code in {"test_kit", "ppe_kit"}]
        if named and not any(i.start < match.end() and match.start() < i.end for i in items):
            with contextlib.suppress(ValueError):
                quantity = parse_count(match.group("q"))
                items.append(_Item(match.start(), match.end(), named[-1].code, quantity, ""))
    items.sort(key=lambda i: i.start)
    return items


# "… 500.000 bộ kit test … đã trao 190.000 bộ cho TP Thủ Đức": the kit named before.
_BARE_SETS = re.compile(rf"(?P<q>{NUM})\s+bộ(?=\s+(?:cho|tới|đến|về)\b|\s*[,.;)])")


def _places_after(s: str, position: int) -> str:
    """ "tại Trung tâm y tế thị xã Giá Rai và ... huyện Phước Long" → "Giá Rai, Phước Long"."""
    tail = s[position:]
    at = re.search(r"\btại\b", tail)
    if not at:
        return ""
    places = re.findall(
        rf"(?:thị xã|huyện|quận|thành phố|TP)\s+((?:{CAP_WORD})(?:\s+{CAP_WORD})*)",
        tail[at.end() :],
    )
    return ", ".join(dict.fromkeys(places))


def _event_date(
    sentence: Sentence, lead_date: dt.date | None, published: dt.date | None
) -> dt.date | None:
    """A dated event: "Sáng 2/6, ..." opens the sentence, or "Dịp này" points back to the
    lead's date. A bare "ngày 2/11" inside a sentence dates a step, not the support."""
    match = _TIME_OF_DAY_DATE.search(sentence.text) or _DATELINE_DATE.search(sentence.text)
    if match:
        return _date(match, published)
    if _OCCASION.search(sentence.text):
        return lead_date
    return None


_MODEL = re.compile(
    r"^\s*(?:[\wà-ỹ]+\s+){0,3}?(?P<model>(?:[A-Z][a-z]+|\d[A-Za-z]+)\s+[A-Z]*\d+)\b"
)
_VENTILATOR_KIND = re.compile(r"^\s*(?P<kind>không xâm lấn|xâm lấn)")


def _device_detail(s: str, end: int) -> str:
    """A model ("Philips V680", "Elisa 500") or a ventilator's kind ("xâm lấn") written
    right after the item, before the next item or clause."""
    tail = re.split(r"[,;]|\svà\s|\strị giá", s[end:], maxsplit=1)[0]
    model = _MODEL.match(tail)
    if model:
        return model.group("model")
    kind = _VENTILATOR_KIND.match(tail)
    return kind.group("kind") if kind else ""


def _staff_owner(s: str, item: _Item, orgs: list[Mention], base: int) -> Mention | None:
    """ "12 y bác sĩ Chợ Rẫy", "18 cán bộ y tế của Hải Phòng", "đoàn cán bộ y tế số 2 của
    ngành y tế Hải Dương gồm 30 thành viên": the staff's own organisation."""
    for org in orgs:
        gap = s[item.end : org.start - base]
        if org.start - base >= item.end and re.fullmatch(
            r"\s*(?:của\s+|thuộc\s+|ở\s+|đến từ\s+|từ\s+)?(?:tỉnh\s+|thành phố\s+)?", gap
        ):
            return org
    for org in orgs:
        if item.start <= org.start - base < item.end and _OWNER_BEFORE.search(
            s[: org.start - base]
        ):
            return org
    return None


_OWNER_BEFORE = re.compile(
    r"(?:của|thuộc)\s+(?:ngành [Yy] tế\s+|Sở Y tế\s+)?(?:tỉnh\s+|thành phố\s+)?$"
)
# A gift announced, not made: "mong muốn trao tặng", "100 máy sẽ được trao tặng".
_PLANNED_BEFORE = re.compile(
    r"(?:mong muốn|muốn|dự kiến|sẽ|cam kết|đề nghị|kêu gọi|đề xuất)\s+(?:được\s+)?$"
)


def _subject_before(s: str, position: int, orgs: list[Mention], base: int) -> Mention | None:
    """An organisation standing right before a verb, allowing a person's name and "đã/sẽ"."""
    before = [o for o in orgs if o.end - base <= position]
    if not before:
        return None
    org = before[-1]
    gap = s[org.end - base : position]
    if not _SUBJECT_GAP.fullmatch(gap) or _DESTINATION_BEFORE.search(s, 0, org.start - base):
        return None  # "… lên đường đến Bình Dương hỗ trợ": where they go, not who gives
    # "Tập đoàn TH và Ngân hàng … (BAC A BANK) phối hợp với Quỹ … trao tặng": the first
    # named giver (docs/intake-annotation.md).
    index = len(before) - 1
    while index > 0 and _COORDINATED.fullmatch(
        s[before[index - 1].end - base : before[index].start - base]
    ):
        index -= 1
    return before[index]


_DESTINATION_BEFORE = re.compile(r"(?:đến|tới|vào|cho|về)\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?$")
_COORDINATED = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:và|cùng|cùng với|phối hợp với|phối hợp cùng)\s+"
)
# Between a giver and its verb: a person's name, "đã/sẽ/cũng", "đến", "tổ chức lễ".
_SUBJECT_GAP = re.compile(
    rf"\s*(?:(?:{CAP_WORD})\s*){{0,4}}"
    r"(?:(?:đã|sẽ|cũng|tiếp tục|vừa|đến|tổ chức lễ|tổ chức)\s+)*"
)


def _ner_donor(s: str) -> str | None:
    """underthesea's NER for an organisation the gazetteers do not know (lazily loaded)."""
    try:
        from underthesea import ner
    except ImportError:
        return None
    chunks: list[str] = []
    current: list[str] = []
    for token in ner(s):
        word, tag = token[0], token[-1]
        if tag == "B-ORG":
            if current:
                chunks.append(" ".join(current))
            current = [word]
        elif tag == "I-ORG" and current:
            current.append(word)
        elif current:
            chunks.append(" ".join(current))
            current = []
    if current:
        chunks.append(" ".join(current))
    # A name starts with a capital: "bộ" tagged ORG is a tagging slip, not a donor.
    named = [c for c in chunks if c[:1].isupper()]
    return named[0] if named else None


def _extract_support(
    text: str,
    sentences: list[Sentence],
    published: dt.date | None,
    focus: str | None,
    orgs_all: list[Mention],
    use_ner: bool,
) -> list[dict[str, Any]]:
    lead_date = None
    for sentence in sentences[:4]:
        match = _TIME_OF_DAY_DATE.search(sentence.text) or re.search(
            rf"\b[Nn]gày\s+{DATE}", sentence.text
        )
        if match:
            lead_date = _date(match, published)
            break
    events: list[dict[str, Any]] = []
    first_line = text.split("\n", 1)[0]
    headline_end = 0 if first_line.rstrip().endswith((".", "!", "?")) else len(first_line)
    paragraph_date: dt.date | None = None
    paragraph_donor: str | None = None
    announced: set[tuple[str, int]] = set()  # items of a planned gift ("mong muốn trao tặng")
    previous_end = 0
    for sentence in sentences:
        s, base = sentence.text, sentence.start
        if "\n" in text[previous_end : sentence.start]:
            paragraph_date, paragraph_donor = None, None  # a new paragraph
        previous_end = sentence.end
        own_date = _event_date(sentence, lead_date, published)
        if own_date is not None:
            paragraph_date = own_date
        elif _CONTINUATION.search(s):
            own_date = paragraph_date
        headline = sentence.start < headline_end
        all_verbs = sorted((*_GIVE.finditer(s), *_RECEIVE.finditer(s)), key=lambda v: v.start())
        planned = {
            v.start()
            for v in all_verbs
            if _PLANNED_BEFORE.search(s[max(0, v.start() - 25) : v.start()])
        }
        verbs = [v for v in all_verbs if v.start() not in planned]
        if not all_verbs:
            continue
        items = _find_items(s)
        if planned:
            # Items announced after "mong muốn trao tặng" are not given (yet).
            given = []
            for i in items:
                verb_before = max((v.start() for v in all_verbs if v.start() < i.start), default=-1)
                if verb_before in planned:
                    announced.add((i.code, i.quantity))
                else:
                    given.append(i)
            items = given
        # "Riêng 500.000 bộ kit test … (trong đó THACO đã trao 190.000 bộ …)": the announced
        # total named again is still announced; only the part handed over was given.
        items = [i for i in items if (i.code, i.quantity) not in announced]
        if not items or not verbs:
            continue
        verbs.sort(key=lambda v: v.start())
        orgs = [o for o in orgs_all if sentence.start <= o.start < sentence.end]
        # A verb with its own subject ("Bệnh viện Thống Nhất chia sẻ") opens a new event.
        segments: list[tuple[int, int, re.Match[str], Mention | None]] = []
        for verb in verbs:
            subject = _subject_before(s, verb.start(), orgs, base)
            start = subject.start - base if subject else verb.start()
            if segments and not subject:
                continue
            if segments and subject and re.search(r"\bdo\s+$", s[: subject.start - base]):
                # Passive: "200 máy thở … do tập đoàn Sovico trao tặng cho Bộ Y tế".
                prev_start, prev_end, _, _ = segments[-1]
                segments[-1] = (prev_start, prev_end, verb, subject)
                continue
            if segments:
                prev_start, _, prev_verb, prev_subject = segments[-1]
                segments[-1] = (prev_start, start, prev_verb, prev_subject)
            segments.append((0 if not segments else start, len(s), verb, subject))
        for seg_start, seg_end, verb, subject in segments:
            seg_items = [i for i in items if seg_start <= i.start < seg_end]
            if not seg_items:
                continue
            receiving = bool(_RECEIVE.fullmatch(verb.group()))
            if receiving and re.search(r"từ đầu|đến nay", s):
                continue  # "từ đầu tháng 5 đến nay … đã nhận được gần 100 tỉ": a running total
            by_donor: dict[str, tuple[Mention | None, list[_Item], bool]] = {}
            for item in seg_items:
                owner = _staff_owner(s, item, orgs, base) if item.code == "medical_staff" else None
                donor = owner or subject
                if donor is None:
                    before = [o for o in orgs if seg_start <= o.start - base < verb.start()]
                    donor = before[-1] if before else None
                    strong = False
                else:
                    strong = True
                key = donor.name if donor else ""
                by_donor.setdefault(key, (donor, [], strong))[1].append(item)
            for donor_name, (donor, donor_items, strong) in by_donor.items():
                donor_label = donor_name or None
                confidence = 0.9 if strong else (0.7 if donor else 0.6)
                if donor is None and paragraph_donor and _CONTINUATION.search(s):
                    donor_label = paragraph_donor  # "Ngoài ra, Tập đoàn cũng trao …"
                    confidence = 0.7
                elif donor is None and donor_items[0].code == "medical_staff":
                    # "Hai đoàn công tác … của tỉnh Quảng Trị …. Đoàn còn lại là đoàn 35
                    # y bác sĩ … hỗ trợ tỉnh Bình Dương": the team's province, named before.
                    team_of = [
                        p
                        for p in orgs_all
                        if p.kind == "province"
                        and p.end <= base + verb.start()
                        and re.search(
                            r"(?:của|thuộc)\s+(?:tỉnh\s+|thành phố\s+)?$", text[: p.start]
                        )
                    ]
                    if team_of:
                        donor_label = team_of[-1].name
                        confidence = 0.6
                if donor_label is None and use_ner:
                    donor_label = _ner_donor(s)
                    confidence = 0.5
                provinces = [o for o in orgs if o.kind == "province" and o.name != donor_name]
                in_seg_after = [
                    p
                    for p in provinces
                    if seg_start <= p.start - base < seg_end and p.start - base > verb.start()
                ]
                in_seg = [p for p in provinces if seg_start <= p.start - base < seg_end]
                after = [p for p in provinces if p.start - base > verb.start()]
                # "... cho Chính phủ Việt Nam": a body, hospital or company may receive it.
                given_to = [
                    o
                    for o in orgs
                    if verb.end() <= o.start - base < seg_end
                    and o.name != donor_name
                    and o.kind != "province"
                    and (o.kind == "hospital" or re.search(r"cho\s+$", s[: o.start - base]))
                ]
                recipient: str | None = focus
                recipient_facility: str | None = None
                hospital = given_to[0] if given_to and given_to[0].kind == "hospital" else None
                if hospital is not None:
                    # A hospital received it: the schema's recipient is its province when
                    # the name says it ("Bệnh viện Đa khoa tỉnh Bạc Liêu"); the registry
                    # maps the others at review time.
                    recipient_facility = hospital.name
                    named = find_provinces(hospital.text)
                    given_to = []
                    if named:
                        in_seg_after = named
                if in_seg_after:
                    recipient = in_seg_after[0].name
                elif given_to:
                    recipient = given_to[0].name
                elif in_seg or after:
                    recipient = (in_seg or after)[0].name
                if receiving:
                    # "Bộ Y tế tiếp nhận 10 máy thở do Quỹ Temasek viện trợ"
                    giver = [
                        o
                        for o in orgs
                        if o.start - base > verb.start()
                        and re.search(r"(?:do|từ|của)\s+$", s[: o.start - base])
                    ]
                    receiver = donor
                    donor_label = giver[0].name if giver else None
                    recipient = receiver.name if receiver else recipient
                if recipient is not None and recipient == donor_label:
                    continue  # a province's own resources, or a recipient we cannot name
                if len(in_seg_after) >= 2 and re.fullmatch(
                    r"\s*và\s*", text[in_seg_after[0].end : in_seg_after[1].start]
                ):
                    continue  # "cho Thanh Hóa và Kiên Giang": no single recipient's quantity
                if recipient is None:
                    confidence = min(confidence, 0.5)
                sender = subject if subject and donor and subject.name != donor.name else None
                out_items = []
                for item in donor_items:
                    detail = item.detail
                    if not detail and item.code not in {"money_vnd", "medical_staff"}:
                        detail = _places_after(s, item.end) or _device_detail(s, item.end)
                    if item.code == "medical_staff" and sender and sender.kind == "department":
                        detail = f"sent by {sender.text}"
                    out_items.append(
                        {
                            "item": item.code,
                            "quantity": item.quantity,
                            "detail": detail,
                            "span": [base + item.start, base + item.end],
                        }
                    )
                event: dict[str, Any] = {
                    "donor": donor_label,
                    "recipient": recipient,
                    "recipient_facility": recipient_facility,
                    "items": out_items,
                    "date": _iso(own_date),
                    "span": [sentence.start, sentence.end],
                    "confidence": confidence,
                }
                if headline:
                    event["headline"] = True
                if donor_label:
                    paragraph_donor = donor_label
                _merge_event(events, event, strong_donor=strong)
    # A headline sums up or repeats the body ("… ủng hộ 50 máy tạo oxy" over 40 + 10):
    # when the body reports the same item, the body's events stand.
    body_items = {(item["item"]) for e in events if not e.get("headline") for item in e["items"]}
    kept = []
    for event in events:
        if event.pop("headline", False):
            event["items"] = [i for i in event["items"] if i["item"] not in body_items]
            if not event["items"]:
                continue
        kept.append(event)
    return kept


def _merge_event(
    events: list[dict[str, Any]], event: dict[str, Any], *, strong_donor: bool
) -> None:
    """Drop items an earlier event of the article already reported (the press repeats the
    lead: "18 cán bộ y tế" then "18 bác sĩ, điều dưỡng, kỹ thuật viên")."""
    kept = []
    for item in event["items"]:
        repeated = [
            other
            for other in events
            if other["recipient"] == event["recipient"]
            and (other["donor"] == event["donor"] or not strong_donor)
            and any(
                o["item"] == item["item"] and o["quantity"] == item["quantity"]
                for o in other["items"]
            )
        ]
        for other in repeated:
            if other["date"] is None:
                other["date"] = event["date"]  # the body dates what the headline announced
            if other.get("headline") and not event.get("headline"):
                other.pop("headline")  # the body confirms it: keep it
        if not repeated:
            kept.append(item)
    if kept:
        event["items"] = kept
        events.append(event)


# ---------------------------------------------------------------- directives

_DOCUMENT = re.compile(
    r"(?P<kind>[Tt]hông báo|[Qq]uyết định|[Cc]hỉ thị|[Cc]ông văn|[Cc]ông điện|[Nn]ghị quyết"
    r"|[Kk]ế hoạch|[Tt]hông tư|[Nn]ghị định)"
    r"\s+(?:số\s+)?(?P<number>\d+/(?:\d{4}/)?[A-ZĐ][A-Za-zĐđ0-9\-]*(?:/[A-Za-zĐđ0-9\-]+)*"
    r"|(?<=số )\d{2,}(?![\d/]))"
)
# A central document (the Prime Minister's, the Government's, the Ministry's) cited in a
# provincial article keeps its own date, which the article seldom writes.
_CENTRAL_DOCUMENT = re.compile(r"TTg|/(?:NQ-)?CP\b|BYT|BCĐQG|/TW\b")
_DATE_AFTER_NUMBER = re.compile(rf"^\s*,?\s*(?:ban hành\s+)?ngày\s+{DATE}")
_ISSUED_ON = re.compile(rf"^(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối)\s+(?:ngày\s+)?{DATE},[^.]*ban hành")
_ISSUER = re.compile(
    r"((?:Văn phòng\s+)?(?:UBND|Ủy ban nhân dân|Sở Y tế|Bộ Y tế|Thủ tướng Chính phủ|Chính phủ"
    r"|Ban Chỉ đạo)"
    rf"(?:\s+(?:tỉnh|thành phố|TP|{CAP_WORD}))*)"
)
# Measure catalogue: code, English label, pattern. Labels are what the review queue shows.
MEASURES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "bed_reserve",
        "reserve {pct}% of treatment beds for COVID-19 patients",
        re.compile(r"dành\s+(?P<pct>\d+)\s*%\s+số giường"),
    ),
    (
        "mobilize_private_facilities",
        "mobilize non-public health facilities",
        re.compile(r"(?:[Hh]uy động)[^.;]{0,60}?cơ sở y tế ngoài công lập"),
    ),
    ("four_on_the_spot", "four on-the-spot (4 tại chỗ)", re.compile(r"4 tại chỗ|bốn tại chỗ")),
    (
        "community_teams",
        "community COVID teams and home-care support teams for F0",
        re.compile(r"tổ Covid(?:-19)? cộng đồng[^.;]{0,80}?(?:F0 tại nhà|tại nhà)", re.IGNORECASE),
    ),
    ("social_distancing", "social distancing", re.compile(r"giãn cách xã hội")),
    ("lockdown", "lockdown of an area", re.compile(r"phong tỏa|phong toả")),
    ("mass_testing", "mass testing", re.compile(r"xét nghiệm (?:diện rộng|toàn dân|tầm soát)")),
)


def _extract_directives(
    text: str, sentences: list[Sentence], published: dt.date | None, focus: str | None
) -> list[dict[str, Any]]:
    directives: list[dict[str, Any]] = []
    seen: set[str] = set()
    for sentence in sentences:
        if not _DIGIT.search(sentence.text):
            continue
        for match in _DOCUMENT.finditer(sentence.text):
            number = match.group("number")
            if number in seen:
                continue
            seen.add(number)
            provinces = find_provinces(sentence.text)
            issuer = _ISSUER.search(sentence.text)
            dated = _DATE_AFTER_NUMBER.match(sentence.text, match.end())
            issued_on = _ISSUED_ON.search(sentence.text)
            date: dt.date | None
            if dated:
                date = _date(dated, published)
            elif _CENTRAL_DOCUMENT.search(number) or "/" not in number:
                date = None  # a central document, or one cited by its bare number
            elif issued_on:
                date = _date(issued_on, published)
            else:
                date = find_published_date(text) or published
            province = provinces[0].name if provinces else focus
            directives.append(
                {
                    "province": province,
                    "issuer": issuer.group(1).strip() if issuer else None,
                    "document": number,
                    "document_kind": match.group("kind").capitalize(),
                    "date": _iso(date),
                    "measures": [],
                    "measure_codes": [],
                    "span": [sentence.start + match.start(), sentence.start + match.end()],
                    "confidence": 0.9 if provinces else (0.7 if province else 0.6),
                }
            )
    if not directives:
        return directives
    # A measure belongs to the document cited in its sentence, else to the one cited last
    # before it, else to the first.
    for code, label, pattern in MEASURES:
        found = pattern.search(text)
        if not found:
            continue
        holder = next((x for x in sentences if x.start <= found.start() < x.end), None)
        same = [d for d in directives if holder and holder.start <= d["span"][0] < holder.end]
        earlier = [d for d in directives if d["span"][0] < found.start()]
        target = same[0] if same else (earlier[-1] if earlier else directives[0])
        groups = found.groupdict()
        target["measures"].append(label.format(**groups) if groups else label)
        target["measure_codes"].append(code)
    return directives


# ---------------------------------------------------------------- entry point


def extract_facts(
    text: str,
    published: dt.date | None = None,
    *,
    extra_hospitals: tuple[str, ...] = (),
    use_ner: bool = True,
    home_province: str | None = None,
) -> ArticleFacts:
    """All facts of one article. ``published`` resolves years ("31/10"); without it a
    dateline in the text is used, and dates whose year cannot be resolved are None.
    ``home_province`` is the province of the outlet (a provincial paper or health
    department), for bulletins that say "toàn tỉnh" and name no province."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    text = normalise(text)
    if published is None:
        published = find_published_date(text)
    sentences = split_sentences(text)
    organisations = find_organisations(text, extra_hospitals)
    provinces = [m for m in organisations if m.kind == "province"]
    stats = _extract_stats(text, sentences, provinces, published, home_province)
    focus = next((s["province"] for s in stats if s["province"]), None)
    if focus is None and provinces:
        counts: dict[str, int] = {}
        for mention in provinces:
            counts[mention.name] = counts.get(mention.name, 0) + 1
        focus = max(counts, key=lambda name: counts[name])
    focus = focus or home_province
    support = _extract_support(text, sentences, published, focus, organisations, use_ner)
    directives = _extract_directives(text, sentences, published, focus)
    return ArticleFacts(stats, support, directives)
