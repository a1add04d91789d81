"""Counts of one variant's cases ("163 ca mắc COVID-19 do biến thể Omicron", "thêm 5
trường hợp nhiễm biến chủng Omicron", "14 more COVID-19 cases who were infected with the
Omicron variant", "14 more Omicron variant infections"): neither the day's new cases nor a
total of all cases (docs/intake-annotation.md, "Added for test25, test26"). The bare counts
that split such a count ("TP HCM nhiều nhất với 125 ca", "Cụ thể, Hà Nội 14 ca, …") are the
variant's too."""

from __future__ import annotations

import re

from .shared import COVID, NUM

_VARIANT_WORD = r"(?:[Oo]micron|OMICRON|[Dd]elta|biến (?:chủng|thể)|BA\.\d|XBB)"
_CASE_NOUN = (
    r"(?:ca|trường hợp|bệnh nhân|F0"
    rf"|(?:(?:more|new|additional)\s+)?(?:{COVID}\s+)?(?:cases|infections|patients))"
)
# A count whose own words name a variant, after its noun or before it.
_VARIANT_COUNT = re.compile(
    rf"(?<![\d.,])(?P<n>{NUM})\s+(?:{_CASE_NOUN}\b(?:{COVID}|[^.;,\d]){{0,40}}?{_VARIANT_WORD}"
    rf"|(?:(?:more|new|additional)\s+)?{_VARIANT_WORD}\s+(?:variant\s+)?(?:cases|infections))"
)
# A count that names its disease ("27.311 ca mắc Covid-19", "40 ca mắc mới"): all cases
# again, unless a variant follows it.
_ALL_CASES = re.compile(
    rf"(?<![\d.,])(?P<n>{NUM})\s+(?:ca|trường hợp|bệnh nhân|F0)\s+"
    rf"(?:(?:mắc|nhiễm)(?:\s+{COVID}|\s+mới)|{COVID})"
    rf"|(?<![\d.,])(?P<e>{NUM})\s+(?:new\s+)?{COVID}\s+(?:cases|infections)"
)
# A sentence that details the one before: "Cụ thể, …", "Trong đó, …", "Gồm: …".
_DETAILS_BEFORE = re.compile(r"^(?:Cụ thể|Trong (?:đó|số (?:này|đó))|Gồm|Bao gồm)\b")


def variant_scope(s: str, lead: str) -> tuple[int, int] | None:
    """Where in sentence ``s`` the counts are one variant's: from its first variant count
    (or from the start, when ``s`` details a ``lead`` that counts a variant) up to the next
    count that names all cases; None when there is no such stretch."""
    if not _may_name_a_variant(s) and not _may_name_a_variant(lead):
        return None
    first = _VARIANT_COUNT.search(s)
    if _DETAILS_BEFORE.match(s) and _VARIANT_COUNT.search(lead):
        start = 0
    elif first is not None:
        start = first.start()
    else:
        return None
    for again in _ALL_CASES.finditer(s, start):
        variant = _VARIANT_COUNT.match(s, again.start())
        if variant is None:
            return start, again.start()
    return start, len(s)


def _may_name_a_variant(s: str) -> bool:
    return any(word in s for word in ("micron", "MICRON", "elta", "biến ", "BA.", "XBB"))
