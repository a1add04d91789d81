"""An encyclopedia page's infobox ("COVID-19 pandemic in Vietnam"), copied as text: one label
a line, its figure glued to it or after a colon ("Confirmed cases417[1][2]", "RecoveredIncrease
228,816[1]", "Deaths\\nNegative increase 11,064[1]", "Recovery Cases:11,580,908 (updated 8
December 2023)"). The figures are the totals of the page's topic, the place the title's
"pandemic in …" names: the country, or a province. Only an update written right after a
figure dates it; the map's "(as of 4 March 2021)" dates the map (docs/intake-annotation.md,
"Added for test35, test36"). "Active cases" is left out (test31's 1338 leaves it doubtful).
"""

from __future__ import annotations

import datetime as dt
import re

from ..gazetteer import Mention
from .english_dates import MONTHS
from .shared import NUM, english_count
from .stat_collector import StatCollector

_LABELS = {
    "confirmed cases": "cumulative_cases",
    "total cases": "cumulative_cases",
    "recovered": "recovered",
    "recovery cases": "recovered",
    "deaths": "deaths",
}
_ROW = re.compile(
    r"(?im)^[ \t]*(?P<label>confirmed cases|total cases|recovered|recovery cases|deaths)[ \t]*:?"
    r"\s*(?:(?:negative|positive)\s+)?(?:increase|decrease|steady)?[ \t]*"
    rf"(?P<n>{NUM})(?=[ \t]*(?:\[|\(|$))"
    rf"(?:[ \t]*\(updated\s+(?P<day>\d{{1,2}})\s+(?P<month>{'|'.join(MONTHS)})\s+"
    r"(?P<year>20\d\d)\))?"
)
_TOPIC = re.compile(r"\bpandemic in (?:the\s+)?(?P<place>[A-ZĐ][^\n.,;:()]{1,40})")


def read_infobox(stats: StatCollector, text: str, provinces: list[Mention]) -> None:
    """The infobox's totals, for the page's topic."""
    topic = _TOPIC.search(text) if "pandemic in" in text else None
    if topic is None:
        return
    place = next((p.name for p in provinces if topic.start("place") <= p.start < topic.end()), None)
    if place is None and not re.match(r"Viet\s?[Nn]am|Việt Nam", topic.group("place")):
        return
    subject = place or "national"
    for row in _ROW.finditer(text):
        count = english_count(row.group("n"))
        if count is None:
            continue
        span = row.span("n")
        stats.add(subject, _LABELS[row.group("label").lower()], count, span, 0.8)
        updated = _updated(row)
        if updated is not None:
            stats.add(subject, "as_of", updated.isoformat(), (span[0], span[0]), 0.8)


def _updated(row: re.Match[str]) -> dt.date | None:
    if not row.group("day"):
        return None
    month = MONTHS.index(row.group("month").capitalize()) + 1
    try:
        return dt.date(int(row.group("year")), month, int(row.group("day")))
    except ValueError:
        return None
