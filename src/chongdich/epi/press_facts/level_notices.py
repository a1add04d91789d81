"""A level notice's page that lists zones under their colour.

A page headed by the province's zoning ("Phân vùng cấp độ dịch Covid-19 tại Trà Vinh") then
lists the communes of each colour under a heading of its own ("Vùng đỏ", "Vùng cam", …): the
first heading, on the line after the title, is no level of the province.
"""

from __future__ import annotations

import re

from ..gazetteer import Mention

# The title's province as the place of the zoning: "… tại Trà Vinh", "… ở Trà Vinh".
_PLACE_OF_THE_TITLE = re.compile(r"(?:tại|ở)\s+(?:tỉnh\s+|TP\.?\s*|thành phố\s+)?$")
_ZONE_HEADING = re.compile(r"[ \t]*\n\s*[Vv]ùng\s+(?:xanh|vàng|cam|đỏ)[ \t]*\n")


def heads_a_zone_list(text: str, mention: Mention, level_start: int) -> bool:
    """Whether the level read right after ``mention`` is the first colour heading of a list
    of zones under a title naming the province as its place."""
    if "\n" not in text[mention.end : level_start + 8]:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    return (
        _PLACE_OF_THE_TITLE.search(text, line_start, mention.start) is not None
        and _ZONE_HEADING.match(text, mention.end) is not None
    )


def notices_province(provinces: list[Mention], national_article: bool) -> tuple[list[str], float]:
    """The province of a level notice's communes read before any province is named ("1. Cấp
    xã: 94/102 xã, phường, thị trấn phân loại cấp độ 1 … 3. Cấp tỉnh: Tỉnh Kon Tum phân loại
    cấp độ 1"): the one province the article names, if it names only one."""
    if national_article or len({p.name for p in provinces}) != 1:
        return ["unknown"], 0.3
    return [provinces[0].name], 0.55
