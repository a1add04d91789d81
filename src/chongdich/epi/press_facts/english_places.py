"""The day's cases by place as English bulletins write them: places and counts in two runs
("On Tuesday, Đồng Tháp and Tiền Giang provinces reported 66 cases and 133 cases,
respectively"), paired in order; and the day's count split by the places its cases were
found in, after it: "The new cases, including one in Hanoi and eight in Haiphong, Hai
Duong, Quang Ninh and Bac Ninh provinces, …", "Fourteen of them were reported in Đà Nẵng City,
two others in the neighbouring province of Quảng Nam, one in Quảng Trị Province and five
imported cases …". Each place named alone after its count gets that count as its
`new_cases_24h`; a count shared by a run of places ("eight in Haiphong, Hai Duong, …") gives
none of them a count (docs/intake-annotation.md, "Lists of provinces"); the imported cases of
the split are the country's `imported_cases`. Read on the rewritten text (``english_text``).
"""

from __future__ import annotations

import datetime as dt
import re

from ..gazetteer import Mention
from .english_numbers import COUNT_WORD, english_number
from .shared import NUM, Sentence
from .stat_collector import StatCollector

# The sentence splits the day's count: "The new cases, including …", "Fourteen of them …".
# ("recorded ten more new Covid-19 cases including five in … Hai Duong and five imported …")
_SPLITS_THE_DAY = re.compile(
    r"\b(?:[Tt]he\s+(?:\w+\s+)?new\s+(?:cases|patients|infections)|[Oo]f\s+(?:them|these)"
    r"|[Oo]f\s+the\s+new\s+(?:cases|patients|infections)"
    r"|(?:new|more)\s+(?:\S+\s+)?(?:cases|infections)\s*,?\s+including"
    # ("12,103 infections were discovered, with 5,481 in Hồ Chí Minh City and 4,049 in …")
    r"|(?:cases|infections)\s+(?:were|have\s+been)\s+\w+\s*,\s+with(?=\s+\d))\b"
)
# A day's count in the sentence before or in this one.
_DAYS_COUNT = re.compile(
    rf"(?:{NUM}|{COUNT_WORD})\s+(?:new|more|additional)\s+(?:\S+\s+){{0,2}}?(?:cases|infections)\b"
    rf"|{NUM}\s+(?:cases|infections)\s+(?:were|have\s+been)\s+\w+\s*,\s+with\s+{NUM}\s+in\b"
)
_COUNT = rf"(?P<n>{NUM}|{COUNT_WORD}|(?i:one)\b)"
# A count, then "in" and the place: "one in ", "two others in the neighbouring province of ",
# "Fourteen of them were reported in ".
_COUNT_IN = re.compile(
    rf"(?<![\w.,-]){_COUNT}(?:\s+(?:of\s+(?:them|these)|others?|more|new))?"
    r"(?:\s+(?:cases?|infections?|patients?))?"
    r"(?:\s+(?:were|was|are|is|have\s+been|has\s+been))?"
    r"(?:\s+(?:reported|recorded|detected|found|confirmed))?"
    r"\s+in\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:[Pp]rovince|[Cc]ity)\s+of\s+"
    # ("nine of them are in northern Vinh Phuc province")
    r"|(?:northern|southern|central|eastern|western)\s+)?$"
)
# What may follow a place named alone: its kind, then the item's end.
_ALONE = re.compile(r"(?:\s+(?:[Pp]rovince|[Cc]ity))?\s*(?:[,;.]|and\b|$)")
_JOINED = re.compile(r"(?:\s+(?:[Pp]rovince|[Cc]ity))?\s*(?:,\s*(?:and\s+)?|and\s+)$")
_TO_DATE = re.compile(r"\b(?:so\s+far|to\s+date)\b")
_IMPORTED = re.compile(rf"(?:,|\band)\s+{_COUNT}\s+imported\s+(?:cases|infections)\b")


def read_counts_in_places(
    stats: StatCollector,
    sentence: Sentence,
    provinces: list[Mention],
    dated: dt.date | None,
    lead: str,
) -> None:
    """Each place's count of the day's split one sentence gives."""
    s, base = sentence.text, sentence.start
    if " in " not in s or not _SPLITS_THE_DAY.search(s):
        return
    field = "new_cases_24h"
    if not (_DAYS_COUNT.search(lead) or _DAYS_COUNT.search(s)):
        if not _TO_DATE.search(s):
            return
        # "Vietnam has so far confirmed 14 … cases, nine of them are in … Vinh Phuc province":
        # the places' shares of the total, at the page's date as the total is
        field = "cumulative_cases"
        dated = dated or stats.published
    named = [p for p in provinces if sentence.start <= p.start < sentence.end]
    for index, mention in enumerate(named):
        start, end = mention.start - base, mention.end - base
        counted = _COUNT_IN.search(s, max(0, start - 80), start)
        if counted is None or not _ALONE.match(s, end):
            continue
        following = named[index + 1] if index + 1 < len(named) else None
        if following is not None and _JOINED.match(s[end : following.start - base]):
            continue  # "eight in Haiphong, Hai Duong, …": a count the run shares
        _add(stats, mention.name, counted, base, dated, field)
    imported = _IMPORTED.search(s)
    if imported is not None and field == "new_cases_24h":
        _add(stats, "national", imported, base, dated, "imported_cases")


# Names, the day's verb, counts, "respectively".
# ("followed by Bình Dương and Long An with 87 and 72 infections, respectively", "Phú Yên and
# Tiền Giang provinces recorded 32 and 29 new infections each": two counts or more "each" are
# paired as "respectively" pairs them)
_RESPECTIVE = re.compile(
    r"(?:\s+(?:provinces|cities|localities))?"
    # ("… continue to report the most cases with 3,559 and 3,332 respectively")
    r"(?:\s+(?:continues?\s+to\s+|continued\s+to\s+)?(?:report|record|log)(?:s|ed)?\s+(?:the\s+)?"
    r"(?:most|highest(?:\s+number\s+of)?)\s+(?:new\s+)?(?:cases|infections)(?=\s+with\b))?"
    # ("with Ho Chi Minh City and Binh Duong registering 3,559, and 3,332, respectively")
    r"\s+(?:reported|recorded|logged|confirmed|registered|detected|documented|with"
    r"|reporting|recording|logging|confirming|registering|detecting)\s+(?P<counts>(?:(?:{n})(?:\s+new)?(?:\s+(?:cases|infections))?"
    r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+))+(?:{n})(?:\s+new)?(?:\s+(?:cases|infections))?)"
    r"\s*,?\s*(?:respectively|each)\b".format(n=rf"{NUM}|{COUNT_WORD}")
)
_ONE_OF_THE_COUNTS = re.compile(rf"{NUM}|{COUNT_WORD}")
# ("HCM City and the southern province of Bình Dương": the second name's kind between)
_NAMES_JOINED = re.compile(
    r"\s*,\s*(?:and\s+)?|\s+and\s+(?:the\s+(?:(?:southern|northern|central|neighbouring"
    r"|neighboring)\s+)?(?:province|city)\s+of\s+)?"
)
# (the day named by its date, "On August 17 alone an additional 9,605 infections …", or the
# day's ranking, "… continue to report the most cases with …")
_A_DAY = re.compile(
    r"\b(?:[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|new"
    r"|additional|[Oo]n\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+\d{1,2}|(?:report|record)(?:s|ed)?\s+the\s+most)\b"
)


def read_respective_counts(
    stats: StatCollector, sentence: Sentence, provinces: list[Mention], dated: dt.date | None
) -> None:
    """The day's counts of places named in a run, then their counts in a run of the same
    length and "respectively" (or "each")."""
    s, base = sentence.text, sentence.start
    if ("respectively" not in s and " each" not in s) or not _A_DAY.search(s):
        return
    named = [p for p in provinces if sentence.start <= p.start < sentence.end]
    for index, last in enumerate(named):
        respective = _RESPECTIVE.match(s, last.end - base)
        if respective is None:
            continue
        run = [last]
        for earlier in reversed(named[:index]):
            if not _NAMES_JOINED.fullmatch(s, earlier.end - base, run[0].start - base):
                break
            run.insert(0, earlier)
        counts = list(
            _ONE_OF_THE_COUNTS.finditer(s, respective.start("counts"), respective.end("counts"))
        )
        if len(run) >= 2 and len(counts) == len(run):
            for place, count in zip(run, counts, strict=True):
                _add(stats, place.name, count, base, dated, group=0)
        return


def _add(
    stats: StatCollector,
    place: str,
    counted: re.Match[str],
    base: int,
    dated: dt.date | None,
    field: str = "new_cases_24h",
    group: int | str = "n",
) -> None:
    written = counted.group(group)
    count = 1 if written.lower() == "one" else english_number(written)
    if count is None:
        return
    span = (base + counted.start(group), base + counted.end(group))
    stats.add(place, field, count, span, 0.8)
    if dated is not None:
        stats.add(place, "as_of", dated.isoformat(), (span[0], span[0]), 0.8)
