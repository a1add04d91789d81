"""Counts an English sentence gives that are no province's or country's figures: a total over
some days, weeks or months ("exceeded 1,100 cases from October 1 to 16", "176 confirmed
coronavirus cases … during the past 10 days", a period's count, docs/intake-annotation.md,
`cumulative_cases`), a district's ("Up to now, the district has recorded 27 positive cases"),
another country's ("China has reported 40,171 infections and 908 deaths")."""

from __future__ import annotations

import re

from .english_countries import COUNTRY
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
    """The figures but the totals a period written after them makes a period's count, and
    the counts of a district or of another country the clause before them names as the one
    that counts."""
    if "from " in s or " the " in s:
        found = [
            f
            for f in found
            if f[1] not in _TOTAL_AND_BOUND or not _A_PERIOD_AFTER.search(s, f[3][1])
        ]
    return [f for f in found if f[1] not in _CASE_FIELDS or not _counted_by_another(s, f[0])]


_CASE_FIELDS = frozenset(
    {"cumulative_cases", "cumulative_is_lower_bound", "new_cases_24h", "community_cases"}
    | {"imported_cases", "local_cases", "deaths", "recovered"}
)
# "the district has recorded", "Van Ninh District recorded" (not "the district of")
_A_DISTRICT = re.compile(
    r"\b(?:[Tt]he\s+(?:district|commune|ward)|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+"
    r"(?:[Dd]istrict|[Cc]ommune|[Ww]ard))\s+(?:has\s+|have\s+|had\s+)?(?:so\s+far\s+)?"
    r"(?:recorded|reported|confirmed|detected|registered|logged)\b"
)
_ANOTHER_COUNTRY = re.compile(
    rf"{COUNTRY.pattern}\s+(?:has\s+|have\s+|had\s+)?(?:so\s+far\s+)?"
    r"(?:recorded|reported|confirmed|detected|registered|logged)\b"
)


def _counted_by_another(s: str, position: int) -> bool:
    clause = s[s.rfind(";", 0, position) + 1 : position]
    return bool(_A_DISTRICT.search(clause) or _ANOTHER_COUNTRY.search(clause))
