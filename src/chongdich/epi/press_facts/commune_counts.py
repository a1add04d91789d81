"""Communes per level in two more phrasings of a notice's summary:

- the count by its label, then its change: "Số đơn vị cấp xã chuyển thành vùng đỏ tại Vĩnh
  Long tăng từ 50 lên 52 so với tuần trước" (the new count);
- the rest of a commune count, called places: "Có 41 đơn vị cấp xã thuộc cấp độ 3 và 14 địa
  phương còn lại dịch ở cấp độ 2" (the communes named before give "địa phương" its scale).
"""

from __future__ import annotations

import re
from typing import Any

from ..vn_numbers import COUNT_PATTERN as COUNT
from ..vn_numbers import parse_count
from .stat_patterns import COLOURS

Figure = tuple[int, str, Any, tuple[int, int]]

_LEVEL = r"(?:vùng\s+(?P<colour>xanh|vàng|cam|đỏ)|cấp(?: độ)?\s+(?P<lvl>[1-4])(?![\d/]))"
_LABEL_CHANGED = re.compile(
    r"[Ss]ố (?:đơn vị (?:cấp )?xã|xã, phường(?:, thị trấn)?|xã)\s+"
    rf"(?:(?:chuyển thành|chuyển sang|ở|là|thuộc)\s+)?{_LEVEL}"
    r"[^.;\d]{0,40}?(?:tăng|giảm)\s+từ\s+\d+\s+(?:lên|xuống|còn)\s+"
    rf"(?P<n>{COUNT})(?![\d/])"
)
_THE_REST = re.compile(
    rf"(?:và|,)\s+(?P<n>{COUNT})\s+(?:địa phương|đơn vị)\s+còn lại\s+(?:dịch\s+)?"
    rf"(?:(?:đều\s+)?(?:ở|là|thuộc)\s+)?{_LEVEL}"
)


def commune_count_figures(s: str) -> list[Figure]:
    """The communes per level these phrasings give in sentence ``s``."""
    found: list[Figure] = []
    if "ố đơn vị" in s or "ố xã" in s:
        for match in _LABEL_CHANGED.finditer(s):
            found.append(_figure(match))
    if "còn lại" in s and "cấp xã" in s:
        for match in _THE_REST.finditer(s):
            if "cấp xã" in s[: match.start()]:
                found.append(_figure(match))
    return found


def _figure(match: re.Match[str]) -> Figure:
    level = match.group("lvl") or str(COLOURS[match.group("colour")])
    value = parse_count(match.group("n"))
    return (match.start(), f"communes_at_level_{level}", value, match.span("n"))
