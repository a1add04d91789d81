"""The recovered among the domestic cases counted since a day of the wave ("Số ca mắc mới ghi
nhận trong nước tính của đợt dịch kể từ 27/4 đến nay là 59.000 ca, trong đó có 8.000 bệnh
nhân đã được công bố khỏi bệnh") are the wave's, a period's, and no `recovered` total
(docs/intake-annotation.md, 152 and 294: the national "từ ngày 27/4 đến nay" is a period).
"""

from __future__ import annotations

import re

from .shared import NUM

_DOMESTIC_SINCE_RECOVERED = re.compile(
    r"[Ss]ố ca (?:mắc|nhiễm) mới ghi nhận trong nước[^.;]{0,40}?(?:kể\s+)?từ(?:\s+ngày)?\s+"
    # (the count's thousands dot inside: "là 161.482 ca")
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[^.;]{0,20}?đến nay(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?"
    r",\s*trong đó\s+"
    rf"(?:có\s+)?(?P<n>{NUM})\s+(?:bệnh nhân|ca|người|trường hợp)\s+(?:đã\s+)?(?:được\s+)?"
    r"(?:công bố\s+)?(?:điều trị\s+)?khỏi"
)

# … and the wave named before its count in any words, the recovered after it in the same
# sentence ("Đợt dịch thứ 4 (từ 27/4) đến nay, cả nước ghi nhận 596.980 ca COVID-19, trong
# đó 360.688 bệnh nhân được công bố khỏi bệnh", "… (từ ngày 27.4 đến nay có là 546.683 ca
# nhiễm mới ghi nhận trong nước (308.936 bệnh nhân đã khỏi bệnh)")
_WAVE_SINCE_RECOVERED = re.compile(
    r"(?:đợt dịch (?:thứ\s+)?(?:4|tư|bốn)|(?:kể\s+|tính\s+)?từ(?:\s+ngày)?\s+"
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?đến nay"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?"
    rf"(?<![\d.,])(?P<n>{NUM})\s+(?:bệnh nhân|ca|người|trường hợp)\s+(?:đã\s+)?(?:được\s+)?"
    r"(?:công bố\s+)?(?:điều trị\s+)?khỏi"
)


def without_a_waves_recovered(
    s: str, found: list[tuple[int, str, object, tuple[int, int]]]
) -> list[tuple[int, str, object, tuple[int, int]]]:
    """``found`` less the `recovered` figures of sentence ``s`` that are a wave's."""
    if "đến nay" not in s or "khỏi" not in s:
        return found
    spots = (
        {m.start("n") for m in _DOMESTIC_SINCE_RECOVERED.finditer(s)}
        if "trong nước" in s
        else set()
    )
    if "từ" in s or "đợt dịch" in s:
        spots |= {m.start("n") for m in _WAVE_SINCE_RECOVERED.finditer(s)}
    return [f for f in found if f[1] != "recovered" or f[0] not in spots]
