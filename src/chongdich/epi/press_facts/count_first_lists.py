"""The day's count split by place with each count first, after "gồm": "Bộ Y tế công bố 9 ca
mắc mới …, gồm 8 ca ở Đà Nẵng, 1 ca ở Hà Nội", "3 ca mắc mới …, gồm một trường hợp ở Hải
Dương và 2 ca được cách ly ngay sau khi nhập cảnh", or after "trong đó" when the sentence
counts no total ("… ghi nhận 18 ca nhiễm, trong đó 16 ca tại Đà Nẵng, một Đồng Nai", a later
item's "ca tại" elided). Each place's count is its new cases, and
its community cases too when the sentence says all were caught in the community ("Là các ca
lây nhiễm trong cộng đồng, gồm …")."""

from __future__ import annotations

import datetime as dt
import re

from ..gazetteer import Mention
from ..vn_numbers import NUMBER_WORDS, parse_count
from .shared import COVID, NUM, Sentence
from .stat_collector import StatCollector
from .stat_patterns import SMALL_COUNT_WORD, TOTAL_CUE

# an item's count and place, right before the province's name
_ITEM_BEFORE = re.compile(
    rf"(?P<n>{NUM}|{SMALL_COUNT_WORD})\s+(?:ca|trường hợp|bệnh nhân)(?:\s+(?:mắc|nhiễm))?"
    r"\s+(?:ở|tại)\s+"
    r"(?:(?:tỉnh|thành phố|TP\.?)\s*)?$"
)
# or "trong đó" after the day's count: "công bố thêm 2 ca mắc mới Covid-19, trong đó có 1
# bệnh nhân tại Đà Nẵng, 1 bệnh nhân tại Khánh Hoà được cách ly ngay sau khi nhập cảnh"
_SPLIT_OPENS = re.compile(
    rf"(?:thêm\s+{NUM}\s+(?:ca|trường hợp)|{NUM}\s+(?:ca|trường hợp)\s+(?:mắc\s+|nhiễm\s+)?mới)"
    rf"(?:[^.;,\d]|{COVID}){{0,40}},\s*trong đó\s+(?:có\s+)?$"
)
# the last item held on arrival: its count is the place's imported cases
_IMPORTED_ITEM = re.compile(r"\s+(?:được\s+)?cách ly\s+(?:ngay\s+)?(?:sau\s+)?khi\s+nhập cảnh")
# a later item with its noun and preposition elided: "…, một Đồng Nai", "…, 2 Hà Nội"
_ELIDED_ITEM = re.compile(rf"(?P<n>{NUM}|{SMALL_COUNT_WORD})\s+$")
# what joins the items, the first after "gồm" (or "trong đó" in a day's sentence)
_LIST_OPENS = re.compile(r"(?:bao\s+)?gồm\s+$|[Tt]rong đó(?:\s+có)?\s*,?\s*$")
_JOINED = re.compile(r"\s*(?:,|;|và)\s*$")
# the last place followed by the imported cases of the same count
_IMPORTED_NEXT = re.compile(
    rf"\s+và\s+(?:{NUM}|{SMALL_COUNT_WORD})\s+(?:ca|trường hợp)[^.;]{{0,40}}?nhập cảnh"
)
_ALL_COMMUNITY = re.compile(
    r"(?:[Ll]à\s+)?(?:các|đều là)\s+ca\s+(?:lây nhiễm\s+)?(?:trong|tại)\s+cộng đồng"
)


def read_count_first_list(
    stats: StatCollector, sentence: Sentence, provinces: list[Mention], dated: dt.date | None
) -> None:
    s, base = sentence.text, sentence.start
    if "gồm" not in s and "rong đó" not in s:
        return
    items: list[tuple[Mention, re.Match[str]]] = []
    for place in provinces:
        if not sentence.start <= place.start < sentence.end:
            continue
        item = _ITEM_BEFORE.search(s, max(0, place.start - base - 40), place.start - base)
        if item is None and items:
            item = _ELIDED_ITEM.search(s, max(0, place.start - base - 12), place.start - base)
        if item is None:
            continue
        head = s[: item.start()]
        if items and not _JOINED.search(head):
            return  # not one run of items
        if not items and not (_LIST_OPENS.search(head) or _SPLIT_OPENS.search(head)):
            continue
        if not items and "gồm" not in head[-8:] and TOTAL_CUE.search(head):
            return  # "Tổng cộng 900 ca, trong đó 600 ca tại Hà Nội, …": the total's split
        items.append((place, item))
    if not items:
        return
    last = items[-1][0]
    if len(items) < 2 and not _IMPORTED_NEXT.match(s, last.end - base):
        return  # one place alone is a sentence's figure, not a split
    community = _ALL_COMMUNITY.search(s, 0, items[0][1].start()) is not None
    for place, item in items:
        written = item.group("n")
        value = NUMBER_WORDS.get(written)
        if value is None:
            try:
                value = parse_count(written)
            except ValueError:
                return  # a fraction, no count
        span = (base + item.start("n"), base + item.end("n"))
        if place is last and _IMPORTED_ITEM.match(s, last.end - base):
            stats.add(place.name, "imported_cases", value, span, 0.8)
        else:
            stats.add(place.name, "new_cases_24h", value, span, 0.8)
        if community:
            stats.add(place.name, "community_cases", value, span, 0.8)
        if dated is not None:
            stats.add(place.name, "as_of", dated.isoformat(), (span[0], span[0]), 0.8)
