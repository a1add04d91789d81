"""What the readers of statistics, support events and directives share: number and
date patterns, sentences with their offsets, the result type."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from ..vn_numbers import NUMBER_PATTERN, parse_count, resolve_day_month

NUM = rf"(?:{NUMBER_PATTERN})"


def english_count(written: str) -> int | None:
    """A whole count written with English thousands commas ("10,650") or Vietnamese dots
    ("4.223"); None for what is no whole count ("2,5"). parse_count reads both groupings."""
    try:
        return parse_count(written)
    except ValueError:
        return None


CASE = r"(?:ca|trường hợp|bệnh nhân|F0)"
DATE = r"(?<!\d)(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\d])"
# A part of the day, with what the press puts between it and the date: "Sáng 2/6",
# "Chiều ngày 26/7", "Sáng nay (2/9)", "Sáng thứ Hai (23/8)", "Chiều thứ Sáu, ngày 27/8",
# "Hôm qua (1/9)". The date's groups follow.
DAY_PART = (
    r"(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Hh]ôm)"
    r"(?:\s+(?:nay|qua|hôm qua|[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\d)"
    r"|[Cc]hủ [Nn]hật))?\s*(?:,\s*|\(\s*)?(?:ngày\s+)?"
)
# "14 tháng 9 năm 2021": the same three groups, day, month, year.
WRITTEN_DATE = r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?!\d)"
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


# A page's dateline with its time, written inside a line: "02/05/2021 19:12".
RUN_IN_DATELINE = re.compile(r"(?<=\S )\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2}(?!\d)")


# "cdc. kcb. vn", "moh. gov. vn": a web address with blanks inserted after its dots
_SPACED_ADDRESS = re.compile(r"(?<![\wà-ỹđ])[a-z]{2,12}(?:\. [a-z]{2,12})*\. (?:vn|com|net|org)\b")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets. A full stop ends a sentence when followed by a space or a
    capital (the press often drops the space: "thiếu thốn.Theo"), never inside "2.828",
    "31.10" or "TP.HCM"; an ellipsis followed by a lower-case word on the same line cuts a
    list short and does not end the sentence."""
    boundaries = [0]
    spaced = any(domain in text for domain in (". vn", ". com", ". net", ". org"))
    addresses = [m.span() for m in _SPACED_ADDRESS.finditer(text)] if spaced else []
    # a tag page's headline run into its teaser by a dateline ("… Vĩnh Phúc 02/05/2021 19:12
    # GD&TĐ - Bản tin …"): the dateline ends the headline
    boundaries += [m.start() for m in RUN_IN_DATELINE.finditer(text)] if ":" in text else []
    # (an encyclopedia's citation marks after the full stop: "… in Ho Chi Minh City.[2][4] As
    # of 4 March 2021, …")
    for match in re.finditer(r"[.!?…]+[\"”]?(?:\[\w{1,3}\])*(?=\s|[A-ZÀ-ỸĐ\"“]|$)|\n+", text):
        before = text[max(0, match.start() - 3) : match.start()]
        if before.endswith("TP") and match.group().startswith("."):
            continue
        if before in {"a.m", "p.m"} and re.match(r"\s+[a-z]", text[match.end() :]):
            continue  # "from 6 p.m. on Saturday to Sunday morning": the clock, no ending
        if match.group().startswith("…") and re.match(r"[ \t]+[a-zà-ỹđ]", text[match.end() :]):
            continue  # "Bệnh viện Chợ Rẫy… cùng được …": a list cut short, not an ending
        if any(start < match.start() < end for start, end in addresses):
            continue  # the dots of an address, not endings
        boundaries.append(match.end())
    boundaries.append(len(text))
    boundaries.sort()
    sentences = []
    for start, end in itertools.pairwise(boundaries):
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            offset = start + chunk.index(stripped)
            sentences.append(Sentence(offset, offset + len(stripped), stripped))
    return sentences


def find_published_date(text: str) -> dt.date | None:
    """A dateline "02/03/2022, 11:02" near the start of the text, if any; not the date of
    a document cited there ("Công điện số 570/CĐ-TTg ngày 02/5/2021"), nor the start of a
    period ("Số ca mắc COVID-19 trong nước từ 27/04/2021"), nor a data source's update
    ("Nguồn: Bộ Y tế - Cập nhật lúc 05:04 20/04/2024", a live table embedded in the page)."""
    for match in re.finditer(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)", text[:400]):
        if _AFTER_A_NUMBER.search(text, max(0, match.start() - 40), match.start()):
            continue
        if _PERIOD_START.search(text, max(0, match.start() - 12), match.start()):
            continue
        if text.startswith("Nguồn", text.rfind("\n", 0, match.start()) + 1):
            continue
        try:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        except ValueError:
            return None
    return None


_AFTER_A_NUMBER = re.compile(r"\d+[/-][A-ZĐ][\w/\-–]*\s*,?\s*(?:ngày\s*)?$")
_PERIOD_START = re.compile(r"(?<![\wà-ỹ])[Tt]ừ\s+(?:ngày\s+)?$")


def match_date(match: re.Match[str], published: dt.date | None, group: int = 1) -> dt.date | None:
    day, month, year = match.group(group), match.group(group + 1), match.group(group + 2)
    try:
        return resolve_day_month(int(day), int(month), int(year) if year else None, published)
    except ValueError:
        return None


def iso_date(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


# The disease as the press writes it: "COVID-19", "Covid-19", "covid", "Covid – 19", "COVID19".
# ("nCoV": the name of the press of early 2020, "9 người nhiễm nCoV")
COVID = (
    r"(?:(?:COVID|Covid|covid)(?:\s?[-–]\s?19|19)?(?![\wà-ỹ])|SARS-CoV-2|(?<![\w-])nCoV(?![\w-]))"
)
DIGIT = re.compile(r"\d")
