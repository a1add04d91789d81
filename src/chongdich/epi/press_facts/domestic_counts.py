"""A count of new cases qualified as caught at home right after it ("4.789 ca mắc Covid-19 mới
do lây nhiễm trong nước, gồm: tại TP.HCM 3.322 ca, …"): the day's domestic cases
(`local_cases`), not the day's whole count, which adds those imported. A count all of whose
cases are said to be domestic ("…, đều là các ca ghi nhận trong nước") is both, as before."""

from __future__ import annotations

import re
from typing import Any

from ..vn_numbers import parse_count
from .shared import COVID, NUM

Figure = tuple[int, str, Any, tuple[int, int]]

_DOMESTIC_NEW = re.compile(
    rf"(?<![\d.,])(?P<n>{NUM})\s+(?:ca|trường hợp)(?:\s+(?:mắc|nhiễm))?(?:\s+{COVID})?\s+mới\s+"
    r"(?:do\s+)?(?:lây nhiễm|ghi nhận)\s+trong nước(?![\wà-ỹ])"
)


def with_domestic_counts(s: str, found: list[Figure]) -> list[Figure]:
    """``found`` with each count qualified as domestic read as ``local_cases`` only."""
    for match in _DOMESTIC_NEW.finditer(s):
        at = match.start("n")
        found = [f for f in found if not (f[0] == at and f[1] == "new_cases_24h")]
        if not any(f[0] == at and f[1] == "local_cases" for f in found):
            found.append((at, "local_cases", parse_count(match.group("n")), match.span("n")))
    return found
