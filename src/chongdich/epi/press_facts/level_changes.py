"""A province's level as it moves: "Trà Vinh chuyển từ màu cam sang xanh", "Bình Dương
… ở mức cam, hiện … đạt mức vàng", "Hai Phong moved from orange to yellow".

The press states a change in many verbs but one frame: the old level after "từ"/"from",
the new one after "sang/lên/xuống/về"/"to", each spelled in full ("cấp độ 3", "vùng
cam") or bare once the frame says it is a level ("từ cam sang xanh", "từ 3 xuống 2"); or
two levels in one clause about the province, the later one marked as now ("hiện", "nay",
"now"). Only the clause right after a province's name is read, up to the next name or the
sentence's end, so the change is never given to another province of the sentence.
"""

from __future__ import annotations

import re

from ..gazetteer import Mention
from .scoped_counts import for_smaller_places
from .stat_collector import StatCollector
from .stat_patterns import COLOURS, LEVEL_SPELLED, level_of

# A level, spelled or bare: "cấp độ 3", "màu cam", "cam", "3", "level 3", "orange".
_LEVEL_WORD = r"(?:xanh|vàng|cam|đỏ|green|yellow|orange|red)"
_ANY_LEVEL = (
    r"(?:(?:[Cc]ấp(?: độ)?(?: dịch)?|[Mm]ức(?: độ)?|[Mm]àu|[Vv]ùng|[Ll]evel)\s+)?"
    r"[\"“'‘]?(?P<{name}>[1-4]|" + _LEVEL_WORD + r")(?![\d/%])(?:\s+(?:zones?|areas?))?"
)
_CHANGE = re.compile(
    r"\b(?:từ|from)\s+"
    + _ANY_LEVEL.format(name="prev")
    + r"[\"”'’]?\s+(?:(?:lên|xuống|sang|về|to)\s+)"
    + _ANY_LEVEL.format(name="now")
)
# The new level first: "tăng lên cấp 3 từ cấp 2", "upgraded to level 3 from level 2".
_CHANGE_NEW_FIRST = re.compile(
    r"\b(?:lên|xuống|sang|về|to)\s+"
    + _ANY_LEVEL.format(name="now")
    + r"[\"”'’]?\s+(?:từ|from)\s+"
    + _ANY_LEVEL.format(name="prev")
)
# Two levels in one clause, the later one now: "ở mức cam, hiện … đạt mức vàng".
_NOW = re.compile(r"\b(?:hiện(?: nay)?|nay|bây giờ|now|currently)\b")
_LEVEL = re.compile(LEVEL_SPELLED)
_CLAUSE_END = re.compile(r"[.;\n]")
_GATE = ("từ", "from", "hiện", "nay", "now")
# Every level spelling holds one of these.
_NAMES_A_LEVEL = re.compile("ấp|ức|àu|ùng|evel|xanh|vàng|cam|đỏ|green|yellow|orange|red")


def read_level_changes(stats: StatCollector, text: str, provinces: list[Mention]) -> None:
    """Give each province whose clause states a change its new and its former level."""
    if not any(word in text for word in _GATE) or not _NAMES_A_LEVEL.search(text):
        return
    for index, mention in enumerate(provinces):
        end = provinces[index + 1].start if index + 1 < len(provinces) else len(text)
        clause_end = _CLAUSE_END.search(text, mention.end, end)
        end = clause_end.start() if clause_end else end
        if not _NAMES_A_LEVEL.search(text, mention.end, end):
            continue  # (a cheap test first: most clauses after a name hold no level)
        change = _change_in(text, mention.end, end)
        if change is not None and not for_smaller_places(text, mention.end, change[2][0]):
            now, before, span = change
            stats.add(mention.name, "level", now, span, 0.8)
            stats.add(mention.name, "previous_level", before, span, 0.8)


def _change_in(text: str, start: int, end: int) -> tuple[int, int, tuple[int, int]] | None:
    """(the new level, the former one, where) in ``text[start:end]``, if a change is
    stated there."""
    framed = _CHANGE.search(text, start, end) or _CHANGE_NEW_FIRST.search(text, start, end)
    if framed is not None:
        return _value(framed.group("now")), _value(framed.group("prev")), framed.span()
    spelled = list(_LEVEL.finditer(text, start, end))
    if len(spelled) == 2 and _NOW.search(text, spelled[0].end(), spelled[1].start()):
        earlier, later = spelled
        return level_of(later), level_of(earlier), (earlier.start(), later.end())
    return None


def _value(written: str) -> int:
    return int(written) if written.isdigit() else COLOURS[written]
