"""A running total split by where its cases were found: "Tính đến 07 giờ ngày 04/01/2022,
tỉnh Kon Tum ghi nhận 1130 trường hợp mắc COVID-19, trong đó có 843 ca phát hiện tại các
cơ sở, các nơi cách ly và 287 ca phát hiện tại cộng đồng". The community part after "trong
đó" is the total's, not the day's community cases (a split by origin, "52 ca nhập cảnh, 2.776
ca lây nhiễm trong địa phương", is read as the seeds' gold reads it).
"""

from __future__ import annotations

from typing import Any

Figure = tuple[int, str, Any, tuple[int, int]]
_DAYS_PARTS = frozenset({"community_cases"})


def without_a_totals_split(s: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` less the community cases read in the split ("trong đó …") of a total read
    before it in sentence ``s``, no day's count between."""
    if "trong đó" not in s:
        return figures
    totals = [f[0] for f in figures if f[1] == "cumulative_cases"]
    if not totals:
        return figures
    days = [f[0] for f in figures if f[1] == "new_cases_24h"]
    kept = []
    for figure in figures:
        if figure[1] in _DAYS_PARTS:
            total = max((t for t in totals if t < figure[0]), default=None)
            if (
                total is not None
                and "trong đó" in s[total : figure[0]]
                and not any(total < d < figure[0] for d in days)
            ):
                continue
        kept.append(figure)
    return kept
