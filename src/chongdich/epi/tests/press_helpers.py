"""What the press tests ask of the extractor, written once: the province statistics it
reads from an invented sentence (no NER, so that the rules alone are tested)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from chongdich.epi.press_facts import extract_facts


def stats_by_province(
    text: str, published: dt.date | None, fields: Iterable[str] | None = None
) -> dict[str | None, dict[str, Any]]:
    """Each province's record (None: the country's). With ``fields``, only the stated
    figures among them, and only provinces with at least one."""
    stats = extract_facts(text, published, use_ner=False).province_stats
    if fields is None:
        return {s["province"]: s for s in stats}
    wanted = tuple(fields)
    out = {}
    for s in stats:
        figures = {f: s[f] for f in wanted if s[f] is not None}
        if figures:
            out[s["province"]] = figures
    return out


def gift_rows(
    text: str,
    published: dt.date | None,
    columns: Iterable[str] = ("donor", "recipient", "item", "quantity"),
    home: str | None = None,
) -> list[tuple[Any, ...]]:
    """One row per item given, in the order read: each column is the item's field
    ("item", "quantity", "detail") or else its event's ("donor", "recipient", "date")."""
    wanted = tuple(columns)
    facts = extract_facts(text, published, use_ner=False, home_province=home)
    return [
        tuple(item[c] if c in item else event[c] for c in wanted)
        for event in facts.support_events
        for item in event["items"]
    ]
