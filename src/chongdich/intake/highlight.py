"""The article as the review page shows it: what each fact was read from in a numbered
<mark>, and every other figure of the text marked as unread, so that the reviewer's eye
goes to what the reader may have missed. Every piece of text carries its offset in the
document (data-at), so that words selected in the page map back to it exactly
(static/intake/select-quote.js)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# A figure as the press writes it ("2.828", "60,65%", "414"). Not figures: parts of dates
# ("2/11", "31-10", "31.10", "2021", "tháng 5"), clock times ("6h", "19h30", "18 giờ"),
# ordinals ("mũi 1", "lần 2") and digits inside words and addresses ("F0", "post1396568").
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*%?")
_DATE_OR_TIME_AFTER = re.compile(r"[/-]\d|\s?(?:h\d|h\b|giờ|g\d)|\w", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ORDINAL_BEFORE = re.compile(r"(?:tháng|ngày|năm|mũi|lần|thứ|đợt|số)\s$", re.IGNORECASE)


@dataclass(frozen=True)
class Highlight:
    html: SafeString
    unread_figures: int


def _piece(text: str, start: int, end: int, css: str = "") -> str:
    if start >= end:
        return ""
    attributes = f' class="{css}"' if css else ""
    return f'<span data-at="{start}"{attributes}>{escape(text[start:end])}</span>'


def _is_figure(text: str, start: int, end: int) -> bool:
    if start > 0 and (text[start - 1] in "/-" or text[start - 1].isalpha()):
        return False
    if _ORDINAL_BEFORE.search(text, max(0, start - 6), start):
        return False
    if start > 1 and text[start - 1] in "hHg" and text[start - 2].isdigit():
        return False  # the minutes of "6h30"
    if _DATE_OR_TIME_AFTER.match(text, end):
        return False
    figure = text[start:end]
    return not (_YEAR.fullmatch(figure) or _DAY_MONTH.fullmatch(figure))


def _plain(text: str, start: int, end: int) -> tuple[list[str], int]:
    """Text outside every fact, its figures marked as unread."""
    out, position, unread = [], start, 0
    for match in _FIGURE.finditer(text, start, end):
        if not _is_figure(text, match.start(), match.end()):
            continue
        out.append(_piece(text, position, match.start()))
        out.append(_piece(text, match.start(), match.end(), "unread"))
        position, unread = match.end(), unread + 1
    out.append(_piece(text, position, end))
    return out, unread


def highlighted(text: str, spans: list[tuple[int, int, int, str]]) -> Highlight:
    """``spans``: (start, end, fact number, fact status) of what each fact was read from."""
    out: list[str] = []
    position = unread = 0
    for start, end, number, status in sorted(spans):
        if start < position or end > len(text) or start >= end:
            continue  # overlapping spans: the first one is highlighted; empty ones are not
        pieces, count = _plain(text, position, start)
        out += pieces
        unread += count
        out.append(
            f'<mark class="fact-{status}" data-fact="{number}">'
            f"{_piece(text, start, end)}<sup>{number}</sup></mark>"
        )
        position = end
    pieces, count = _plain(text, position, len(text))
    out += pieces
    return Highlight(mark_safe("".join(out)), unread + count)  # every piece is escaped
