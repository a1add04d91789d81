"""Provinces listed under one epidemic level.

The press lists a level's provinces in two orders: the level first, then the list it opens
("33 tỉnh, thành phố thuộc cấp độ 1 gồm: A, B, …", "Các địa phương ở vùng cam là A và B",
"Cấp độ 2 (vùng vàng): A, B, C"), or the list first, then the level they share ("A, B và C
đều ở cấp độ 3"). A list is a run of province names separated only by commas, "và" or
bullets: any other word ends it, so a province named in the commentary after a list, or a
district ("huyện Long An"), is never read as listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..gazetteer import Mention
from .stat_collector import StatCollector
from .stat_patterns import LEVEL_SPELLED, level_of

_LEVEL = LEVEL_SPELLED
# Several provinces named as a group: "33 tỉnh, thành phố", "các địa phương", "6 tỉnh".
_PROVINCES_NOUN = r"(?:[Tt]ỉnh|[Tt]hành phố|[Đđ]ịa phương|provinces|localities|cities)"
# What opens the list: "gồm:", "bao gồm", "là:", "gồm có", a bare colon; then maybe a bullet.
_BULLET = r"(?:[-–•+*]\s+)?"
_OPENER = (
    rf"(?:(?:,\s*)?\b(?:bao\s+)?gồm(?:\s+có)?|\blà(?!\s*\d)|:"
    rf"|\b(?:including|comprising|namely|include|are)\b|,?\s*trong đó(?:\s+có)?)\s*:?\s*{_BULLET}"
    # "…, trong đó có Thủ đô Hà Nội", "including the capital Hanoi"
    r"(?:(?:[Tt]hủ đô|the capital)\s+)?"
)
# The level first. The noun and the level may come in either order within one clause
# ("… tỉnh thuộc cấp độ 1 gồm:", "Cấp độ 2: có 24 tỉnh, gồm"); nothing between them crosses
# a full stop or a semicolon.
_NOUN_LEVEL_LIST = re.compile(
    rf"{_PROVINCES_NOUN}[^.;:\n]{{0,40}}?{_LEVEL}[^.;:\n]{{0,60}}?{_OPENER}"
)
_LEVEL_NOUN_LIST = re.compile(
    rf"{_LEVEL}[^.;\n]{{0,40}}?{_PROVINCES_NOUN}[^.;:\n]{{0,60}}?{_OPENER}"
)
# A counted group, its level, a comment, then a colon: "rated 39 provinces as "green zone",
# or the lowest risk level, down four localities from the previous week: A, B", "Bộ Y tế
# đánh giá 20 tỉnh ở cấp độ 2, tăng 3 địa phương so với tuần trước: A, B".
_COUNTED_LEVEL_COMMENT = re.compile(
    rf"(?:\d+|[Cc]ác|[Nn]hững)\s+{_PROVINCES_NOUN}[^.;:\n]{{0,40}}?{_LEVEL}[^.;:\n]{{0,110}}:\s*{_BULLET}"
)
# A line that opens with the level and a colon: "Cấp độ 1 (vùng xanh): A, B, C".
_LEVEL_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*(?:[-–•+*][ \t]*)?{_LEVEL}[^.;:\n]{{0,40}}?:\s*{_BULLET}"
)
# The level itself names the group: "Vùng cam gồm: A, B", "the orange zones now include A".
_LEVEL_OPENS_LIST = re.compile(rf"{_LEVEL}[^.;:\n]{{0,30}}?{_OPENER}")
# A heading on a line of its own, the list on the next: "41 tỉnh, thành phố thuộc màu xanh
# (cấp độ dịch Covid-19 số 1)", "Cấp độ 2 (vùng vàng) - 22 tỉnh, thành phố". The noun must
# count or group provinces ("41 tỉnh", "các địa phương"), so that a line about one province
# ("Tỉnh Bắc Ninh ở cấp độ 3") never heads the paragraph after it.
_GROUP_NOUN = rf"(?:\d+|[Cc]ác|[Nn]hững)\s+{_PROVINCES_NOUN}"
# (a short lead clause may open the line: "Cập nhật đến ngày 10/2, 30 tỉnh … ở cấp độ 1")
_LINE_START = r"(?:^|\n)[ \t]*(?:[-–•+*][ \t]*)?(?:[^\n.;:,]{1,40},\s*)?(?:[Cc]ó\s+)?"
_LINE_END = rf"[^.;:\n]{{0,60}}\n\s*{_BULLET}"
_NOUN_LEVEL_LINE = re.compile(rf"{_LINE_START}{_GROUP_NOUN}[^.;:\n]{{0,40}}?{_LEVEL}{_LINE_END}")
_LEVEL_NOUN_LINE = re.compile(rf"{_LINE_START}{_LEVEL}[^.;:\n]{{0,40}}?{_GROUP_NOUN}{_LINE_END}")
# The list first: what follows its last name. "đều ở cấp độ 3", "cùng thuộc vùng cam",
# "đã giảm xuống cấp độ 1",
# "hiện đang ở cấp độ 2", "là các tỉnh ở cấp độ 3", "được đánh giá là vùng vàng".
_LEVEL_AFTER_LIST = re.compile(
    r"\s*,?\s*(?:(?:đều|cùng|vẫn|hiện|đang|đã|tiếp tục)\s+)*"
    r"(?:được\s+(?:đánh giá|xác định|công bố|xếp)\s+(?=ở|là|thuộc|vào))?"
    r"(?:là\s+(?:các|những)\s+(?:tỉnh|địa phương)(?:,\s*thành(?: phố)?)?\s+(?:đang\s+)?)?"
    # "đều ở cấp độ 3", "đã giảm xuống cấp độ 1", "cùng chuyển sang vùng vàng"
    r"(?:ở|là|thuộc|vào|duy trì"
    r"|(?:(?:nâng|hạ|giảm|tăng|điều chỉnh|chuyển)\s+)?(?:lên|xuống|về|sang)"
    # "A, B, C: cấp độ 2"; English "were classified as level 3", "are now at level 2"
    # (an open list: "A, B provinces etc. are at Level 2", "A and B, among others, are …")
    r"|(?<=[^\s]):|(?:(?:provinces|cities|localities)\s+)?(?:,?\s*(?:etc\.?|among others),?\s+)?"
    r"(?:are|were|remain|stay)\s+(?:(?:now|still)\s+)?"
    r"(?:(?:classified|rated|assessed|listed|placed|put|labell?ed|designated|categori[sz]ed"
    r"|considered|marked)\s+)?(?:as|at|in)(?:\s+(?:the|an?))?)"
    # ("… are labeled as “orange zone”": a quote before the colour)
    rf"\s*[\"“'‘]?(?:mức\s+)?{_LEVEL}"
)
# What may stand between two names of one list.
# A line break only before a bullet: names in two paragraphs are not one list.
_SEPARATOR = re.compile(r"[ \t]*[,;]?[ \t]*(?:(?:và|and)[ \t]+|\n[ \t]*[-–•+*][ \t]*)?")
# Under a level's heading, a name's note in brackets too: "…màu vàng … như: Long An (do tỷ lệ
# … đạt 51,59%), Đồng Nai, Gia Lai" (the list goes on after the note).
_NOTED_SEPARATOR = re.compile(r"[ \t]*\([^()\n]{1,120}\)" + _SEPARATOR.pattern)


def read_level_lists(stats: StatCollector, text: str, provinces: list[Mention]) -> None:
    """Give each listed province the level its list is under."""
    if not provinces or not any(
        word in text
        for word in ("ấp", "ùng", "ức", "àu", "evel", "zone", "area", "xanh", "vàng", "cam", "đỏ")
    ):
        return
    for first, mention in enumerate(provinces):
        opener = _opener_before(text, mention.start)
        if opener is None:
            continue
        level = level_of(opener)
        for listed in _run_from(text, provinces, first, noted=True):
            stats.add(listed.name, "level", level, (listed.start, listed.end), 0.8)
    for run in _runs(text, provinces):
        stated = _LEVEL_AFTER_LIST.match(text, run[-1].end)
        if stated:
            for mention in run:
                stats.add(mention.name, "level", level_of(stated), stated.span(), 0.8)


# A heading ends right before the list's first name: the patterns are tried only there,
# backwards over a short window (scanning the whole text cost a fifth of the extractor).
_HEADINGS = tuple(
    re.compile(pattern.pattern + "$")
    for pattern in (
        _NOUN_LEVEL_LIST,
        _LEVEL_NOUN_LIST,
        _LEVEL_LABEL,
        _LEVEL_OPENS_LIST,
        _COUNTED_LEVEL_COMMENT,
    )
)
_HEADING_LINES = tuple(
    re.compile(pattern.pattern + "$") for pattern in (_NOUN_LEVEL_LINE, _LEVEL_NOUN_LINE)
)
_HEADING_WINDOW = 200
_ENGLISH_OPENERS = ("including", "comprising", "namely", "include", "are")
_CAPITAL = re.compile(r"\s*(?:[Tt]hủ đô|the capital)\s*$")


def _opener_before(text: str, position: int) -> re.Match[str] | None:
    """The level heading that ends right at ``position``, if one does."""
    before = _CAPITAL.sub("", text[max(0, position - 30) : position]).rstrip(" \t\n-–•+*")
    if before.endswith((":", "gồm", "có", "là", "đó", *_ENGLISH_OPENERS)):
        headings = _HEADINGS
    elif _opens_a_line(text, position):
        headings = _HEADING_LINES
    else:
        return None
    for heading in headings:
        match = heading.search(text, max(0, position - _HEADING_WINDOW), position)
        if match is not None and not _NEW_GROUP.search(text, _level_end(match), position):
            return match
    if headings is not _HEADINGS:
        return None
    return _heading_above(text, position) or _counted_heading(text, position)


# A list opened after the level, then a group counted, starts a list of its own: in "2 địa
# phương thuộc cấp độ 1 là A và B, 3 thành phố còn lại gồm C, D" the level 1 does not head
# C and D (but "yellow zones …, there are 19 provinces including C, D" is one heading).
_NEW_GROUP = re.compile(
    rf"(?:\blà\b|\bgồm\b|\b(?:including|comprising|namely)\b)[^.;:\n]*?\b\d+\s+{_PROVINCES_NOUN}"
)


def _level_end(match: re.Match[str]) -> int:
    return match.end("lvl") if match.group("lvl") else match.end("colour")


# A list's heading that counts its provinces but names no level ("Cụ thể, 26 tỉnh, thành
# 'bình thường mới', gồm: …", "Cụ thể 22 tỉnh, thành gồm: …") takes the level of the
# nearest earlier clause that counts as many provinces and names one ("cả nước có 26 tỉnh
# thành cấp độ 1", a title "22 tỉnh thành ở cấp độ dịch màu xanh").
_COUNTED_LABEL = re.compile(
    rf"(?<![\d.,])(?P<n>\d+)\s+{_PROVINCES_NOUN}[^.;:\n]{{0,60}}?{_OPENER}$"
)
_COUNTED_WINDOW = 120


def _counted_heading(text: str, position: int) -> re.Match[str] | None:
    label = _COUNTED_LABEL.search(text, max(0, position - _COUNTED_WINDOW), position)
    if label is None or _LEVEL_ANYWHERE.search(text, label.start(), position):
        return None
    stated = re.compile(
        rf"(?<![\d.,]){label.group('n')}\s+{_PROVINCES_NOUN}[^.;:\n]{{0,40}}?{_LEVEL}"
    )
    # the nearest one before the label
    return max(stated.finditer(text, 0, label.start()), key=re.Match.start, default=None)


# A list's label line with no level of its own ("Miền Trung có 11 tỉnh gồm: …", "Miền
# Bắc:") under a heading a few lines up that names the level and ends with a colon
# ("Danh sách 48 tỉnh, thành thuộc 'vùng xanh' - cấp độ 1:"): the lines between may be
# blank, an ellipsis, or other such label lines of the same heading.
_LABEL_LINE = re.compile(rf"[^.;\n]{{0,80}}?{_OPENER}$")
_HEADINGS_ABOVE = (
    re.compile(rf"[^\n]{{0,60}}?{_PROVINCES_NOUN}[^.;:\n]{{0,40}}?{_LEVEL}[^.;:\n]{{0,60}}:\s*"),
    re.compile(rf"[^\n]{{0,60}}?{_LEVEL}[^.;:\n]{{0,40}}?{_PROVINCES_NOUN}[^.;:\n]{{0,60}}:\s*"),
)
_LEVEL_ANYWHERE = re.compile(_LEVEL)
_LINES_UP = 8


def _heading_above(text: str, position: int) -> re.Match[str] | None:
    line_start = text.rfind("\n", 0, position) + 1
    if not _LABEL_LINE.fullmatch(text, line_start, position):
        return None
    if _LEVEL_ANYWHERE.search(text, line_start, position):
        return None
    end = line_start - 1
    for _ in range(_LINES_UP):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        for pattern in _HEADINGS_ABOVE:
            heading = pattern.fullmatch(line)
            if heading is not None:
                return heading
        if _LEVEL_ANYWHERE.search(line):
            return None  # a line with a level of its own ends the heading's reach
        end = start - 1
    return None


def _opens_a_line(text: str, position: int) -> bool:
    """Only blanks or a bullet stand between the line's start and ``position``."""
    line_start = text.rfind("\n", 0, position) + 1
    return line_start > 0 and not text[line_start:position].strip(" \t-–•+*")


def _run_from(
    text: str, provinces: list[Mention], first: int, *, noted: bool = False
) -> list[Mention]:
    """The names from ``provinces[first]`` on, as long as only separators stand between
    them (``noted``: or a bracketed note and a separator)."""
    run = [provinces[first]]
    for mention in provinces[first + 1 :]:
        if not _SEPARATOR.fullmatch(text, run[-1].end, mention.start) and not (
            noted and _NOTED_SEPARATOR.fullmatch(text, run[-1].end, mention.start)
        ):
            break
        run.append(mention)
    return run


def _runs(text: str, provinces: list[Mention]) -> Iterator[list[Mention]]:
    """Every maximal run of two or more names separated only by separators."""
    index = 0
    while index < len(provinces):
        run = _run_from(text, provinces, index)
        if len(run) >= 2:
            yield run
        index += len(run)
