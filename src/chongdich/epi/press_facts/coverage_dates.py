"""The day of a province's vaccination coverage that its own sentence does not date.

- A sentence going on with a dated one ("Tính đến 18h ngày 28/10, A đã tiêm được N mũi
  vaccine. Trong đó, … (đạt 92,2% dân số trên 18 tuổi …)") gives its rates at that day.
- A rate "đến nay", "tới nay", "hiện nay", in its sentence or in the one before it in its
  paragraph ("… đến nay toàn tỉnh mới chỉ tiêm được 200 nghìn liều. Nếu tính độ bao phủ 1
  mũi thì mới đạt hơn 6%"), stands at the report's date, else the page's ("Đến nay" rule of
  test4, docs/intake-annotation.md).
"""

from __future__ import annotations

import datetime as dt
import re

from .shared import Sentence
from .stat_patterns import sentence_date

_GOES_ON = re.compile(r"\s*(?:Trong đó|Trong số (?:này|đó)|Cụ thể)\b")
_UP_TO_NOW = re.compile(r"(?:[Đđ]ến|[Tt]ới)\s+nay\b|[Hh]iện\s+nay\b")


def _same_paragraph(text: str, before: Sentence | None, sentence: Sentence) -> bool:
    return before is not None and "\n" not in text[before.end : sentence.start]


def carried_coverage_date(
    text: str, before: Sentence | None, published: dt.date | None, sentence: Sentence
) -> dt.date | None:
    """The day of the sentence before, when this one goes on with it."""
    if before is None or not _GOES_ON.match(sentence.text):
        return None
    if not _same_paragraph(text, before, sentence):
        return None
    return sentence_date(before.text, published)


def coverage_up_to_now(text: str, before: Sentence | None, sentence: Sentence) -> bool:
    """The rate is "đến nay": in its sentence, or the sentence before in its paragraph."""
    if "nay" not in sentence.text and (before is None or "nay" not in before.text):
        return False
    if _UP_TO_NOW.search(sentence.text):
        return True
    return (
        before is not None
        and _same_paragraph(text, before, sentence)
        and _UP_TO_NOW.search(before.text) is not None
    )
