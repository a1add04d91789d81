"""Vaccination coverage as English pages write it, read on the rewritten text (``english_text``):
the share of people with at least one dose and with two ("28,92 per cent of adults receiving
at least one vaccine dose", "99,6 percent of the over-18 population have received at least one
shot … and 90,9 of them have been fully inoculated", "the 1-dose vaccination rate of 99,5%",
"the vaccination rate of the first Covid-19 shot … has reached around 97 percent", "the
proportion of people being vaccinated second doses has gained around 70 percent")."""

from __future__ import annotations

import re

from .shared import COVID, NUM

_RATE = rf"(?P<n>{NUM})\s*(?:%|per\s*cent\b|percent\b)"
# (the rate's owners between it and the dose: "of its adults with", "of people aged 18
# and above have received their")
_OWNERS = r"\s+of\s+(?:(?!per\s*cent|percent)[^.;%]){0,70}?"
_SHOT = r"(?:doses?|shots?|jabs?)"
_DOSE_1 = (
    rf"(?:at\s+least\s+(?:one|1)|(?:the\s+|their\s+)?first)\s+(?:vaccine\s+|{COVID}\s+)?{_SHOT}"
)
_DOSE_2 = (
    rf"(?:(?:the\s+|their\s+)?second|two|both)\s+(?:vaccine\s+|{COVID}\s+)?{_SHOT}"
    r"|fully\s+(?:vaccinated|inoculated|immuni[sz]ed)"
)
# "the 1-dose vaccination rate of 99,5%"
_N_DOSE_RATE = r"\b{n}[- ]dose\s+vaccination\s+rate\s+(?:of|at|is|was)\s+"  # (formatted)
# A rate named first, then its dose, then its level: "the vaccination rate of the first
# Covid-19 shot for over 18-year old people has reached around 97 percent"
_ROUNDED = r"(?:(?:around|about|nearly|almost|over|more\s+than)\s+)?"


def _rate_of(dose: str) -> str:
    return (
        rf"\b(?:rate|proportion|share|percentage|ratio|coverage)\b[^.;%\d]{{0,40}}?\b(?:{dose})\b"
        r"[^.;%]{0,60}?\b(?:reached|gained|hit|is|was|stands\s+at|stood\s+at|of|at)\s+"
        + _ROUNDED
        + _RATE
    )


# The second share as a part of the first's people: "… at least one shot … and 90,9 of them
# have been fully inoculated".
_OF_THEM = (
    rf"\band\s+(?P<n>{NUM})(?:\s*%|\s+per\s*cent|\s+percent)?\s+of\s+(?:them|these)\s+"
    rf"(?:have\s+|had\s+)?(?:been\s+|received\s+)?(?:{_DOSE_2})"
)
COVERAGE_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "vaccine_dose1_pct": (
        re.compile(rf"{_RATE}{_OWNERS}\b{_DOSE_1}"),
        re.compile(rf"\b{_DOSE_1}\s+to\s+{_RATE}"),
        re.compile(_N_DOSE_RATE.format(n=r"(?:1|one|first)") + _RATE),
        # ("the rate of one dose coverage … has reached over 83 per cent")
        re.compile(_rate_of(rf"{_DOSE_1}|(?:one|1)[- ]dose")),
    ),
    "vaccine_dose2_pct": (
        re.compile(rf"{_RATE}{_OWNERS}\b(?:{_DOSE_2})"),
        re.compile(rf"\b(?:{_DOSE_2})\s+to\s+{_RATE}"),
        re.compile(_N_DOSE_RATE.format(n=r"(?:2|two|second)") + _RATE),
        re.compile(_rate_of(_DOSE_2)),
        re.compile(_OF_THEM),
    ),
}
# A booster's or a child's rate is not coverage.
NOT_COVERAGE = re.compile(r"\b(?:booster|third|children|aged\s+(?:5|12)\b)")
