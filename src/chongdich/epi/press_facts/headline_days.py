"""A headline's day gives way to the day the body's bulletin window ends on: "Ngày 4/3,
ghi nhận thêm 118.790 ca mắc Covid-19" over "Tối 4/3, Bộ Y tế thông báo, tính từ 16h ngày
2/3 đến 16h ngày 3/3, … ghi nhận 118.790 ca nhiễm mới" (a page of the next day names its own
day; the guideline's `as_of` is the end of a window, "từ 6h ngày 26/10 đến 6h ngày 27/10" →
27/10)."""

from __future__ import annotations

import datetime as dt
import re

from .shared import DATE, Sentence, match_date

_HOUR = r"\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?"
# A window of a day with both ends dated: "từ 16h ngày 2/3 đến 16h ngày 3/3"
# ("Tính từ 18 giờ ngày 25/8 tới 18 giờ ngày 26/8", "từ 16h ngày 2/3 - 16h ngày 3/3").
_DAY_WINDOW = re.compile(
    rf"(?<![\wà-ỹ])[Tt]ừ\s+{_HOUR}\s*,?\s+ngày\s+{DATE}\s*,?\s*(?:đến|tới|[-–])\s*{_HOUR}"
    rf"\s*,?\s+(?:ngày\s+)?{DATE}"
)


def window_day_after_headline(
    sentences: list[Sentence], headline_end: int, published: dt.date | None
) -> dt.date | None:
    """The day the first body sentences' window of about a day ends on, if one is given
    (its two ends a day apart); None when none is."""
    for sentence in sentences[:4]:
        if sentence.start < headline_end or "ừ" not in sentence.text:
            continue
        match = _DAY_WINDOW.search(sentence.text)
        if match is None:
            continue
        start, end = match_date(match, published), match_date(match, published, 4)
        if start and end and (end - start).days == 1:
            return end
        return None
    return None
