"""A part of a count split after "trong đó" is no day's count of its own: "vừa ghi nhận 3 ca
nghi nhiễm SARS-CoV-2, trong đó có 2 ca tái dương tính và 1 ca nhiễm mới" (the 1 is a part
of the 3, which are suspected; the day's count is not the part's). The split of a total
keeps its day's count ("Tính đến ngày 12/7, … có 28 trường hợp …, trong đó ngày 12/7 địa
phương có thêm 7 trường hợp …"), and so does a count added ("thêm 7 ca") or a province's
share ("…, trong đó Vĩnh Phúc cao nhất trong cả nước với 950 ca")."""

from __future__ import annotations

import re
from typing import Any

from ..gazetteer import find_provinces
from .shared import NUM
from .stat_patterns import TOTAL_CUE

Figure = tuple[int, str, Any, tuple[int, int]]

# a count of cases, then "trong đó" in the same clause run
_SPLIT = re.compile(rf"(?<![\d.,]){NUM}\s+(?:ca|trường hợp|bệnh nhân|F0)\b[^.;]{{0,80}}?trong đó")


def without_split_parts_as_days(s: str, found: list[Figure]) -> list[Figure]:
    """``found`` without the day's new cases read inside the split of a count before them."""
    split = _SPLIT.search(s)
    if split is None or TOTAL_CUE.search(s, 0, split.end()):
        return found
    return [
        f
        for f in found
        if f[1] != "new_cases_24h"
        or f[0] < split.end()
        or "thêm" in s[max(0, f[0] - 12) : f[0]]
        or find_provinces(s[split.end() : f[0]])
    ]
