"""A total an English sentence counts over some days, weeks or months ("exceeded 1,100 cases
from October 1 to 16", "176 confirmed coronavirus cases … during the past 10 days"): a period's
count, no running total (docs/intake-annotation.md, `cumulative_cases`)."""

from __future__ import annotations

import re

from .english_dates import MONTHS

Figure = tuple[int, str, object, tuple[int, int]]

# The period written after the figure; not a wave's to now ("from April 27 to now").
_A_PERIOD_AFTER = re.compile(
    r"\b(?:(?:during|in|over)\s+the\s+(?:past|last|previous)\s+(?:\d+|two|three|four|five|six"
    r"|seven|ten|few|several)\s+(?:days|weeks|months)"
    rf"|from\s+(?:(?:{'|'.join(MONTHS)})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{'|'.join(MONTHS)}))"
    r"\s+(?:to|until|through)\s+(?!now\b|date\b|today\b))"
)
_TOTAL_AND_BOUND = frozenset({"cumulative_cases", "cumulative_is_lower_bound"})


def without_periods(s: str, found: list[Figure]) -> list[Figure]:
    """The figures but the totals a period written after them makes a period's count."""
    if "from " not in s and " the " not in s:
        return found
    return [
        f for f in found if f[1] not in _TOTAL_AND_BOUND or not _A_PERIOD_AFTER.search(s, f[3][1])
    ]
