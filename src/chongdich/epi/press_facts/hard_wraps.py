"""Lines broken inside a sentence, as a portal's hard-wrapped text writes them:

    Đến 17h00 ngày 28/3/2023,
    tỉnh Cao Bằng ghi nhận 98.251 trường hợp dương tính …
    … có 98.185 trường hợp được công bố khỏi bệnh. Tổng
    số tử vong lũy kế đến ngày 28/3/2023: 62 ca.

Each line break ends a sentence for the rules (lists and tables are read by their lines), so
a label and its count on two lines read as nothing, or as another field. On a page wrapped
this way (several breaks after a word or a comma, before a lower-case word), those breaks
are read as spaces. A break after a word before a district's or commune's line ("huyện …",
"xã …") stays: lists of places are written one to a line, lower-case. The text keeps its
length, so the spans read stay on the text as written.
"""

from __future__ import annotations

import re

__all__ = ["with_hard_wraps_joined"]

# A single line break after a word or a comma, before a word.
_BREAK = re.compile(r"(?<=[\w,])[ \t]*\n(?=[ \t]*\w)")
# A list's line of a place, one to a line: not a wrapped sentence.
_PLACE_LINE = re.compile(
    r"[ \t]*(?:huyện|quận|thị xã|thành phố|tp|xã|phường|thị trấn|tỉnh|ấp|thôn|bản)\b"
)
# Fewer breaks than this within sentences: a page of short lines, not a wrapped one.
_WRAPPED_PAGE = 3


def with_hard_wraps_joined(text: str) -> str:
    """``text`` with each line break inside a wrapped sentence read as a space."""
    if "\n" not in text:
        return text
    inside = [
        m
        for m in _BREAK.finditer(text)
        if text[m.end() :].lstrip(" \t")[:1].islower()
        and (text[m.start() - 1] == "," or not _PLACE_LINE.match(text, m.end()))
    ]
    if len(inside) < _WRAPPED_PAGE:
        return text
    pieces = []
    position = 0
    for m in inside:
        pieces.append(text[position : m.start()])
        pieces.append(m.group().replace("\n", " "))
        position = m.end()
    pieces.append(text[position:])
    return "".join(pieces)
