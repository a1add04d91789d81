"""Those under treatment as English pages write them in a sentence rather than a labelled
line: "The health condition of 42 COVID-19 patients under treatment in Ho Chi Minh City has
showed positive progress", "In Soc Trang, nearly 2,000 people are currently being treated for
COVID-19": the province's ``under_treatment`` (rounded counts give their figure; the field has
no bound). A hospital's patients ("… being treated at Cho Ray Hospital") are the hospital's,
and a day's admissions ("50 new patients …") or a part ("… of whom 3 are …") no standing count.
"""

from __future__ import annotations

import re

from .shared import COVID, NUM, english_count

Figure = tuple[int, str, object, tuple[int, int]]

_TREATED = re.compile(
    # (not the disease's own number: "… COVID-19 cases under treatment")
    rf"(?<![\w.,-])(?<!new )(?:(?:more\s+than|over|nearly|almost|about|around)\s+)?"
    rf"(?P<n>{NUM})\s+(?:active\s+)?(?:{COVID}\s+)?(?:patients|people|persons|cases)\s+"
    r"(?:(?:are|were|is|was)\s+)?(?:(?:currently|still|now)\s+)?"
    r"(?:being\s+treated|under\s+treatment|receiving\s+treatment)\b"
    # (not a hospital's: "… being treated at Bach Mai Hospital", "… in hospitals")
    r"(?!\s+(?:at|in\s+(?:the\s+|its\s+|\w+\s+)?hospitals?)\b)"
)


def treated_counts(s: str) -> list[Figure]:
    """The ``under_treatment`` figures one English sentence states in words."""
    if "treat" not in s:
        return []
    found: list[Figure] = []
    for match in _TREATED.finditer(s):
        count = english_count(match.group("n"))
        if count is not None:
            found.append((match.start("n"), "under_treatment", count, match.span("n")))
    return found
