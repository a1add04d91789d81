"""Levels in a table whose cells are set apart by "|" or tabs (portals' tables as text).

A header row names a column for the level ("Cấp độ", "Cấp độ dịch", "Mức độ", "Level");
each row below names one province in some cell and its level in that column, as a number,
"Cấp 3", or a colour ("1 | Hà Nội | 3", "Hà Nội\tvùng cam"). The table ends at a line
with no cell separator; blank lines between rows do not end it.
"""

from __future__ import annotations

import re

from ..gazetteer import Mention
from .stat_collector import StatCollector
from .stat_patterns import COLOURS

_CELLS = re.compile(r"[ \t]*(?:\||\t)[ \t]*")
_LEVEL_HEADER = re.compile(
    r"(?:phân loại\s+)?(?:cấp độ(?:\s+dịch)?|mức độ(?:\s+dịch)?|cấp|level|epidemic level)",
    re.IGNORECASE,
)
_LEVEL_CELL = re.compile(
    r"(?:(?:cấp|mức|level)(?:\s+độ)?\s*)?(?P<lvl>[1-4])(?:\s*\(.*\))?"
    r"|(?:(?:vùng|màu|mức)\s+)?(?P<colour>xanh|vàng|cam|đỏ|green|yellow|orange|red)"
    r"(?:\s+(?:zone|area))?(?:\s*\(.*\))?",
    re.IGNORECASE,
)


def read_level_tables(stats: StatCollector, text: str, provinces: list[Mention]) -> None:
    if not provinces or ("|" not in text and "\t" not in text):
        return
    column: int | None = None
    width = 0
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        if "|" not in line and "\t" not in line:
            column = None
            continue
        cells = _CELLS.split(line.strip().strip("|"))
        headers = [i for i, cell in enumerate(cells) if _LEVEL_HEADER.fullmatch(cell.strip())]
        if headers:
            column, width = headers[0], len(cells)
            continue
        if column is None or len(cells) != width:
            continue
        level = _LEVEL_CELL.fullmatch(cells[column].strip())
        named = {m.name: m for m in provinces if start <= m.start < start + len(line)}
        if level is None or len(named) != 1:
            continue
        mention = next(iter(named.values()))
        value = int(level["lvl"]) if level["lvl"] else COLOURS[level["colour"].lower()]
        stats.add(mention.name, "level", value, (mention.start, mention.end), 0.8)
