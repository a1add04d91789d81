"""A fund or body named right after the item it receives: "Novaland cũng đã đóng góp 100 tỷ đồng vào
Quỹ vắc xin phòng chống COVID-19 …; Trao tặng … cho Bệnh viện Nhân dân 115 TP.HCM". The
item's own "vào Quỹ …" names its receiver, before any province a later clause of the same
sentence names (which the segment's reading took). "… 235 tỷ đồng thông qua Ủy ban Trung
ương MTTQ Việt Nam": the body the sum goes through receives it."""

from __future__ import annotations

import re

from ..gazetteer import Mention

# Only "into" or "to" between the item and the fund's name; "through" before a body's.
_INTO = re.compile(r"\s*(?:vào|cho|tới|đến)\s+")
_THROUGH = re.compile(r"\s*thông qua\s+")


def fund_right_after(s: str, start: int, receivers: list[Mention], base: int) -> str | None:
    """The fund (or the body "thông qua") named right after an item ending at ``start``
    of sentence ``s``."""
    if "uỹ" not in s and "thông qua" not in s:
        return None
    for org in receivers:
        at = org.start - base
        if at <= start:
            continue
        if org.name.startswith("Quỹ") and _INTO.fullmatch(s, start, at):
            return org.name
        if org.kind in {"body", "department"} and _THROUGH.fullmatch(s, start, at):
            return org.name
    return None
