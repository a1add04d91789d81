"""The country's total told only by its parts of origin, "Việt Nam có tổng cộng 7.235 ca
ghi nhận trong nước và 1.556 ca nhập cảnh", or by one of them, "Việt Nam có tổng cộng 215 ca
nhiễm nhập cảnh được cách ly ngay", and a total's share from abroad, "Trong số 240 bệnh nhân
có 149 người từ nước ngoài về": the parts are second values of the day's fields and no total
(docs/intake-annotation.md, "A total split next to a day's split": left out, and the total
not computed from them)."""

from __future__ import annotations

import re

from .shared import COVID, NUM
from .stat_figures import Figure

_ORIGIN = r"(?:trong nước|nhập cảnh|từ nước ngoài về)"
_PART = (
    rf"{NUM}\s+(?:ca|trường hợp|người|bệnh nhân)\s+(?:nhiễm\s+|mắc\s+|bệnh\s+)?"
    # ("1003 ca mắc COVID-19 do lây nhiễm trong nước")
    rf"(?:{COVID}\s+)?(?:do\s+)?(?:ghi nhận\s+|lây nhiễm\s+|là người\s+)?{_ORIGIN}"
)
_TOTALS_PARTS = re.compile(
    rf"[Tt]ổng cộng\s+(?P<first>{_PART})(?:\s*(?:,|và)\s*(?P<second>{_PART}))?"
    # "Trong (số) 240 ca Covid-19 có 149 người từ nước ngoài về" (not the day's new cases:
    # "Trong 805 ca mắc mới có 801 ca trong nước" is the day's split)
    rf"|[Tt]rong (?:số\s+)?{NUM}\s+(?:ca|bệnh nhân)(?:(?!\bmới\b)[^.;,]){{0,20}}?\s+có\s+"
    rf"(?P<share>{_PART})"
    # "Tính đến sáng ngày 20/7, Việt Nam có tổng cộng 60.180 ca mắc, trong đó 58.100 ca trong
    # nước và 2.080 ca nhập cảnh": a total split after "trong đó", not the day's
    # ("tính đến sáng nay Việt Nam đã ghi nhận 812 ca nhiễm, trong đó có 317 ca nhập cảnh",
    # "…, Việt Nam có 215.560 ca nhiễm COVID-19, bao gồm 2.360 ca nhập cảnh và …": the verb
    # "ghi nhận" and the split "bao gồm" too)
    rf"|[Tt]ính đến[^.;]{{0,60}}?\b(?:có|ghi nhận|ghi nhân)\s+(?:tổng cộng\s+)?{NUM}\s+"
    rf"(?:ca|trường hợp|bệnh nhân)(?:\s+(?:mắc|nhiễm))?(?:\s+{COVID})?\s*,\s*"
    rf"(?:trong đó|bao gồm|gồm)\s+(?:có\s+)?(?P<split>{_PART})"
    rf"(?:\s*(?:,|và)\s*(?P<split2>{_PART}))?"
)


def without_a_totals_parts(s: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` (position, field, value, span in ``s``) less those on a total's parts."""
    if "ổng cộng" not in s and "rong " not in s:
        return figures
    parts = [
        match.span(group)
        for match in _TOTALS_PARTS.finditer(s)
        for group in ("first", "second", "share", "split", "split2")
        if match.group(group)
    ]
    if not parts:
        return figures
    return [f for f in figures if not any(start <= f[3][0] < end for start, end in parts)]
