"""The day's counts of provinces named together, then "lần lượt" and their counts in the
same order: "Tiền Giang và Bình Dương cũng phát hiện thêm nhiều ca bệnh với lần lượt 11 và
7 ca", "Long An, Tây Ninh ghi nhận thêm lần lượt 20, 15 ca". Only with "thêm" or "mới"
(the day's, not totals), and only when the counts are as many as the places."""

from __future__ import annotations

import datetime as dt
import re

from ..gazetteer import Mention
from ..vn_numbers import parse_count
from .shared import NUM, Sentence
from .stat_collector import StatCollector

_JOINED = re.compile(r"\s*(?:,|và)\s*(?:(?:tỉnh|thành phố|TP\.?)\s+)?")
# From the last place to "lần lượt": the day's verb, no other count, no stop.
_TO_RESPECTIVELY = re.compile(
    r"(?P<verb>[^.;:\d]{0,80}?(?:thêm|mới)[^.;:\d]{0,40}?)\blần lượt\s+(?:là\s+)?"
    rf"(?P<counts>{NUM}(?:\s*(?:,|và)\s*{NUM})+)\s+(?:ca|trường hợp|F0|bệnh nhân)\b"
)
_ONE = re.compile(NUM)


def read_respective_counts_vi(
    stats: StatCollector, sentence: Sentence, provinces: list[Mention], dated: dt.date | None
) -> None:
    s, base = sentence.text, sentence.start
    named = [p for p in provinces if sentence.start <= p.start < sentence.end]
    for index, last in enumerate(named):
        respective = _TO_RESPECTIVELY.match(s, last.end - base)
        if respective is None:
            continue
        if index + 1 < len(named) and named[index + 1].start - base < respective.start("counts"):
            continue  # the run goes on after this place
        run = [last]
        for earlier in reversed(named[:index]):
            if not _JOINED.fullmatch(s, earlier.end - base, run[0].start - base):
                break
            run.insert(0, earlier)
        counts = list(_ONE.finditer(s, respective.start("counts"), respective.end("counts")))
        if len(run) < 2 or len(counts) != len(run):
            continue  # (a later place of the same run reads it)
        for place, count in zip(run, counts, strict=True):
            try:
                value = parse_count(count.group())
            except ValueError:
                return  # "lần lượt 7,5 và 3 ca": a fraction, no count
            span = (base + count.start(), base + count.end())
            stats.add(place.name, "new_cases_24h", value, span, 0.8)
            if dated is not None:
                stats.add(place.name, "as_of", dated.isoformat(), (span[0], span[0]), 0.8)
        return
