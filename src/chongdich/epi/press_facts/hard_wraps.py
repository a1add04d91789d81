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
    inside = [at for at in _breaks(text) if _inside_a_sentence(text, at)]
    if len(inside) < _WRAPPED_PAGE:
        return text
    joined = list(text)
    for at in inside:
        joined[at] = " "
    return "".join(joined)


def _breaks(text: str) -> list[int]:
    """Where ``text`` breaks a line (a plain search: a pattern looking behind every
    character costs more than the rest of this pass)."""
    found = []
    at = text.find("\n")
    while at >= 0:
        found.append(at)
        at = text.find("\n", at + 1)
    return found


def _inside_a_sentence(text: str, at: int) -> bool:
    """The single break at ``at`` follows a word or a comma and comes before a lower-case
    word, not a place's line after a word."""
    before = text[max(0, at - 8) : at].rstrip(" \t")
    after = text[at + 1 : at + 9].lstrip(" \t")
    if not before or not after or not (before[-1].isalnum() or before[-1] in ",_"):
        return False
    if not after[0].islower():
        return False
    return before[-1] == "," or _PLACE_LINE.match(text, at + 1) is None
