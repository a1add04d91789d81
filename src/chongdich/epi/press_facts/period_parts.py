"""The parts of a period's count, in the sentence after it.

"Tính từ ngày 28-6 đến nay, Bình Định đã ghi nhận 2.029 ca Covid-19. Trong đó, 1.627 ca đã
khỏi bệnh được xuất viện, 18 ca tử vong và 384 ca đang điều trị": the period (since a day
that began neither the epidemic nor the fourth wave) has no total, and its recovered and
dead, split out in the next sentence, are the period's too (docs/intake-annotation.md); the
patients still treated stand whatever the period.
"""

from __future__ import annotations

import re
from typing import Any

Figure = tuple[int, str, Any, tuple[int, int]]

# A period opened on a day and running to now.
_PERIOD_TO_NOW = re.compile(
    r"(?:[Tt]ính\s+)?[Tt]ừ\s+(?:ngày\s+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-]\d{4})?"
    r"\s+(?:đến|tới)\s+nay"
)
# Days that begin the counts the guideline keeps as totals: the first case in the country
# (23/1/2020) and the fourth wave (27/4/2021).
_WHOLE_COUNT_STARTS = {(23, 1), (27, 4)}
_PART_OF = re.compile(r"Trong (?:đó|số (?:này|đó))\b")
_PERIODS_PARTS = frozenset({"recovered", "deaths"})


def parts_of_a_period(s: str, lead: str) -> bool:
    """Whether sentence ``s`` splits the count of a period that ``lead``, the sentence
    before, opened ("Trong đó, 1.627 ca đã khỏi bệnh …")."""
    if "ừ" not in lead or "nay" not in lead or not _PART_OF.match(s):
        return False
    period = _PERIOD_TO_NOW.search(lead)
    return period is not None and (int(period["d"]), int(period["m"])) not in _WHOLE_COUNT_STARTS


def without_a_periods_parts(figures: list[Figure], s: str, lead: str) -> list[Figure]:
    """``figures`` without the recovered and dead of a period's parts."""
    if not parts_of_a_period(s, lead):
        return figures
    return [f for f in figures if f[1] not in _PERIODS_PARTS]


# A range of whole days: "Từ ngày 26/6 đến ngày 20/7", "từ ngày 1/11/2021 đến hết ngày
# 10/11/2021" (a window of hours names its hours: "từ 19h00 ngày 9/11 đến 9h00 ngày 10/11").
_DAYS_RANGE = re.compile(
    r"[Tt]ừ\s+ngày\s+(?P<d1>\d{1,2})[/.-](?P<m1>\d{1,2})(?:[/.-]\d{4})?\s*,?\s+"
    r"(?:đến|tới)\s+(?:hết\s+)?(?P<hour>\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?\s+)?"
    r"ngày\s+(?P<d2>\d{1,2})[/.-](?P<m2>\d{1,2})(?![\d])"
)


def many_days_range(s: str, to_an_hour: bool = False) -> re.Match[str] | None:
    """The range of more than two whole days sentence ``s`` counts over, if any ("Từ ngày
    26/6 đến ngày 20/7, địa bàn tỉnh ghi nhận 216 trường hợp"): a period, no day's count.
    With ``to_an_hour``, a range to an hour of its last day too ("tính từ ngày 05/02/2021
    đến 09h00 ngày 10/11/2021 … có tổng cộng 187 bệnh nhân"): a period, no total."""
    if "ừ ngày" not in s:
        return None
    for match in _DAYS_RANGE.finditer(s):
        if match["hour"] and not to_an_hour:
            continue
        d1, m1, d2, m2 = (int(match[k]) for k in ("d1", "m1", "d2", "m2"))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            continue
        days = (m2 - m1) % 12 * 30 + d2 - d1
        if days > 2 and (d1, m1) not in _WHOLE_COUNT_STARTS:
            return match
    return None
