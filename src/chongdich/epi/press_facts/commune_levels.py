"""Communes per level under a commune-scale heading that spans lines.

Bulletins and decisions give the communes' levels as a block under a heading for the
commune scale, one line per level, the level and the count in either order:

- "CẤP XÃ: + Cấp 1: 94/177 + Cấp 2: 38/177 (…)" (level, then count of total);
- "Đối với cấp xã: Cấp 2 - Nguy cơ trung bình (vùng vàng): 151 đơn vị";
- a table "Quy mô cấp xã, phường, thị trấn | 115 đơn vị | Cấp 1 | 19 đơn vị | Cấp 2".

The block ends at the next scale's heading (district, province) or a numbered section,
so that the districts' counts that follow are never read as communes'. The province is
the last one named before the heading, else the outlet's.
"""

from __future__ import annotations

import re

from ..gazetteer import Mention
from ..vn_numbers import COUNT_PATTERN as COUNT
from ..vn_numbers import parse_count
from .stat_collector import StatCollector

_HEADING = re.compile(
    r"(?:[Qq]uy mô\s+|[Đđ]ối với\s+)?(?:cấp xã|CẤP XÃ|Cấp xã)(?:,\s*phường)?(?:,\s*thị trấn)?"
    r"[ \t]*:?[ \t]*\n?"
    # "Cấp độ dịch theo quy mô xã/phường/thị trấn:" (the scale named by its units)
    r"|[Qq]uy mô xã(?:\s*[/,]\s*(?:phường|thị trấn))*[ \t]*:[ \t]*\n?"
)
# Where the commune block ends: another scale, a numbered section, an article of a decision.
_BLOCK_END = re.compile(
    r"[Cc]ấp huyện|CẤP HUYỆN|[Cc]ấp tỉnh|CẤP TỈNH|[Qq]uy mô|[Đđ]ối với|\n[ \t]*\d+\.\s|\nĐiều\s"
)
_BLOCK_LIMIT = 600
# a block whose end is written (the next scale's heading) may run longer: one line per level
# with the communes named
_NAMED_BLOCK_LIMIT = 2000
# "Cấp 1: 94/177", "Cấp 2 - Nguy cơ trung bình (vùng vàng): 151 đơn vị"
# ("Cấp độ 4 gồm 05 xã/phường: …": "gồm" before the count)
_LEVEL_THEN_COUNT = re.compile(
    r"[Cc]ấp(?: độ)?\s+(?P<lvl>[1-4])(?![\d/])(?:\s+gồm|[^:\n]{0,60}:)\s*"
    rf"(?P<n>{COUNT})(?:/(?P<total>{COUNT}))?"
)
# "115 đơn vị\n\nCấp 1", "02 đơn vị (Bồ Sao, Lũng Hòa)\n\nCấp 4": a table's cells in order.
_COUNT_THEN_LEVEL = re.compile(
    rf"(?<!/)(?P<n>{COUNT})(?:/(?P<total>{COUNT}))?\s+đơn vị(?:\s*\([^()]{{0,200}}\))?\s*\n\s*"
    r"[Cc]ấp(?: độ)?\s+(?P<lvl>[1-4])(?![\d/])"
)


# The province's own scale in the same block: "3. Đối với cấp tỉnh: Cấp 2 - Nguy cơ trung
# bình", "– CẤP TỈNH: Cấp 1 (Cả tỉnh Quảng Ninh)".
_PROVINCE_SCALE = re.compile(
    r"(?:[Đđ]ối với\s+|[Qq]uy mô\s+)?(?:cấp tỉnh|CẤP TỈNH|Cấp tỉnh)[ \t]*:?[ \t]*\n?\s*"
    r"(?:[-–+*]\s*)?[Cc]ấp(?: độ)?\s+(?P<lvl>[1-4])(?![\d/])"
)


def read_commune_levels(
    stats: StatCollector, text: str, provinces: list[Mention], home: str | None
) -> None:
    """Add ``communes_at_level_N`` (and ``communes_total``) from each commune block, and
    the province's level its own scale's line states."""
    if not any(word in text for word in ("ấp xã", "CẤP XÃ", "ấp tỉnh", "CẤP TỈNH", "mô xã")):
        return
    for scale in _PROVINCE_SCALE.finditer(text) if "ấp tỉnh" in text or "CẤP TỈNH" in text else ():
        named = [p for p in provinces if p.end <= scale.start()]
        province = named[-1].name if named else home
        if province is not None:
            stats.add(province, "level", int(scale.group("lvl")), scale.span("lvl"), 0.7)
    for heading in _HEADING.finditer(text):
        end = _BLOCK_END.search(text, heading.end(), heading.end() + _NAMED_BLOCK_LIMIT)
        block_end = end.start() if end else min(len(text), heading.end() + _BLOCK_LIMIT)
        named = [p for p in provinces if p.end <= heading.start()]
        province = named[-1].name if named else home
        if province is None:
            continue
        found = [
            *_LEVEL_THEN_COUNT.finditer(text, heading.end(), block_end),
            *_COUNT_THEN_LEVEL.finditer(text, heading.end(), block_end),
        ]
        for match in sorted(found, key=lambda m: m.start()):
            name = f"communes_at_level_{match.group('lvl')}"
            stats.add(province, name, parse_count(match.group("n")), match.span("n"), 0.7)
            if match.group("total"):
                total = parse_count(match.group("total"))
                stats.add(province, "communes_total", total, match.span("total"), 0.7)
