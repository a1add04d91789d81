"""Spaces as the rules expect them: one plain space between words.

Web pages write non-breaking spaces (U+00A0, often after a number: "242 ca"), thin
spaces and runs of spaces between words; the rules' patterns write one plain space, so
"nâng tổng số  ca nhiễm" or "242 trường hợp" read as no phrase at all. The text is read
with each run of such spaces as one plain space, and the spans of what is read are put
back on the text as written.
"""

from __future__ import annotations

import re
from typing import Any

from .shared import ArticleFacts

__all__ = ["on_written_text", "single_spaced"]

_ODD_SPACE = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
# Tabs and line breaks are kept: tables and lists are read by them.
_SPACES = re.compile(f"[ {_ODD_SPACE}]{{2,}}|[{_ODD_SPACE}]")
# A space after a thousands' dot, before a count's noun: "tổng số 2. 306 trường hợp mắc",
# "với 2. 065 trường hợp đã khỏi bệnh" (a typesetter's stray space); dropped.
_SPLIT_THOUSANDS = re.compile(
    r"(?<![\d.,])\d{1,3}\.(?P<gap> )\d{3}(?!\d)(?=\s(?:ca|trường hợp|người|bệnh nhân|F0|liều)\b)"
)


def single_spaced(text: str) -> tuple[str, list[int] | None]:
    """``text`` with each run of spaces as one plain space, and where each of its
    characters (and its end) stands in ``text``; None when nothing changed."""
    gaps = [(m.start(), m.end(), " ") for m in _SPACES.finditer(text)]
    if ". " in text:
        gaps += [(m.start("gap"), m.end("gap"), "") for m in _SPLIT_THOUSANDS.finditer(text)]
    if not gaps:
        return text, None
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for start, end, replacement in sorted(gaps):
        pieces.append(text[position:start])
        offsets.extend(range(position, start))
        if replacement:
            pieces.append(replacement)
            offsets.append(start)
        position = end
    pieces.append(text[position:])
    offsets.extend(range(position, len(text) + 1))
    return "".join(pieces), offsets


def on_written_text(facts: ArticleFacts, offsets: list[int]) -> ArticleFacts:
    """``facts`` read from the single-spaced text, with their spans on the text as written."""

    def moved(span: Any) -> list[int]:
        return [offsets[span[0]], offsets[span[1]]]

    for stat in facts.province_stats:
        if stat.get("spans"):
            stat["spans"] = {name: moved(span) for name, span in stat["spans"].items()}
    for event in facts.support_events:
        for item in event.get("items") or []:
            if item.get("span"):
                item["span"] = moved(item["span"])
        if event.get("span"):
            event["span"] = moved(event["span"])
    for directive in facts.directives:
        if directive.get("span"):
            directive["span"] = moved(directive["span"])
    return facts
