"""A minute's mark after an hour: "từ 11h00’ ngày 16/01/2022 đến 11h00’ ngày 17/01/2022" (a
prime or an apostrophe after the minutes, as some provincial press releases write them).
The window patterns read "11h00 ngày"; the mark is read as a space, so that the text keeps
its length and the spans read stay on the text as written."""

from __future__ import annotations

import re

__all__ = ["without_minute_marks"]

_MINUTE_MARK = re.compile(r"(?<=\dh\d\d)[’'′]|(?<=giờ \d\d)[’'′]")


def without_minute_marks(text: str) -> str:
    """``text`` with each mark after an hour's minutes read as a space."""
    if "’" not in text and "'" not in text and "′" not in text:
        return text
    return _MINUTE_MARK.sub(" ", text)
