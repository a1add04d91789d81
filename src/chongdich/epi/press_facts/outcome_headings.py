"""A sentence headed by the outcome it speaks of ("Về số ca bình phục: Trong ngày công bố 1.325
ca, nâng tổng số ca lên 842.800.", "Về số ca tử vong: …") counts that outcome: the total it
raises is `recovered` (or `deaths`), not `cumulative_cases`, and the day's count before it is
the day's outcomes, no new cases (no field: docs/intake-annotation.md)."""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"\s*[-*•+]?\s*Về\s+(?:số\s+(?:ca|bệnh nhân|người|F0)\s+)?(?:(?:được\s+)?(?:điều trị\s+)?"
    r"(?P<recovered>bình phục|khỏi bệnh|khỏi|xuất viện|ra viện)|(?P<deaths>tử vong))\s*:"
)
_CASE_FIELDS = frozenset({"new_cases_24h", "community_cases", "imported_cases", "local_cases"})


def as_the_headings_outcome(
    s: str, found: list[tuple[int, str, object, tuple[int, int]]]
) -> list[tuple[int, str, object, tuple[int, int]]]:
    """``found`` read as the outcome sentence ``s`` is headed by, if it is."""
    heading = _HEADING.match(s)
    if heading is None:
        return found
    outcome = "recovered" if heading.group("recovered") else "deaths"
    out = []
    for position, name, value, span in found:
        if name in _CASE_FIELDS:
            continue  # "Trong ngày công bố 1.325 ca": the day's outcomes
        if name == "cumulative_cases":
            name = outcome  # "nâng tổng số ca lên 842.800"
        out.append((position, name, value, span))
    return out
