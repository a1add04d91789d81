"""Measures named where no document orders them, that a directive read elsewhere must not take.

- Areas named by their measures, as places: "không để dịch ở những địa bàn giãn cách xã hội,
  cách ly, phong tỏa lây lan ra …", "người dân tại các khu vực cách ly, phong tỏa": the
  lockdown is where the virus is, not what a document orders (as "ở khu phong tỏa",
  ``directives._AT_A_LOCKDOWN``).
- A measure in a paragraph of its own before the first document, when that paragraph is not
  the text's first (a headline or lead announcing what the document below orders): on a tag
  or keyword page each paragraph is a story of its own ("VOV.VN - …, lực lượng chức năng
  tiếp tục truy vết, phong tỏa, cách ly …" three teasers above "… áp dụng giãn cách xã hội
  theo Chỉ thị 15").
"""

from __future__ import annotations

import re

# "ở những địa bàn giãn cách xã hội, cách ly, " right before the measure
_AREAS_BY_MEASURES = re.compile(
    r"(?:ở|tại|trong|khỏi|vào|ra)\s+(?:các\s+|những\s+)?(?:địa bàn|khu vực|khu|vùng|nơi|điểm)"
    r"(?:\s+(?:đang|bị|đã))?"
    r"(?:\s+(?:giãn cách(?:\s+xã hội)?|cách ly(?:\s+y tế)?|phong t[ỏo]a)\s*(?:,|và|hoặc))+\s+$"
)


def an_area_by_its_measures(text: str, at: int) -> bool:
    """The measure at ``at`` closes a list of measures naming an area ("ở những địa bàn giãn
    cách xã hội, cách ly, phong tỏa")."""
    return _AREAS_BY_MEASURES.search(text, max(0, at - 80), at) is not None


def a_story_above_every_document(text: str, at: int, first_document: int) -> bool:
    """The measure at ``at`` stands before every document, in a paragraph of its own that is
    not the text's first (a headline announcing the document stays the document's)."""
    if at >= first_document:
        return False
    paragraph_start = text.rfind("\n", 0, at) + 1
    if "\n" not in text[at:first_document]:
        return False  # the document's own paragraph
    return bool(text[:paragraph_start].strip())
