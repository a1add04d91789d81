"""Documents inside a preamble's legal bases: "Căn cứ Nghị quyết số 128/NQ-CP …; Quyết định số
4800/QĐ-BYT ngày 12/10/2021 của Bộ trưởng Bộ Y tế ban hành hướng dẫn … thực hiện Nghị quyết
số 128/NQ-CP …;" — every document the basis list names, not only the one right after "Căn
cứ", is a basis the document cites, not a directive of the article (docs/intake-annotation.md,
"Directives": "The legal bases a decision cites … are not directives of the article").

The list runs from "Căn cứ" with a document's kind to the number, unless an acting body
stands between as a subject (not after "của"): "Căn cứ Kế hoạch số 12/KH-UBND, UBND huyện ban
hành Quyết định số 300/QĐ-UBND" is the district's act."""

from __future__ import annotations

import re

_BASIS_OPENS = re.compile(
    r"[Cc]ăn cứ\s+(?:vào\s+)?(?:các\s+)?(?:[Nn]ghị quyết|[Qq]uyết định|[Cc]hỉ thị|[Cc]ông văn"
    r"|[Cc]ông điện|[Kk]ế hoạch|[Tt]hông báo|[Tt]hông tư|[Nn]ghị định|[Ll]uật|[Vv]ăn bản)"
)
# A body acting as a subject ends the basis: "…, UBND tỉnh ban hành …"; a sentence's turn
# ("Theo đó", a colon) too.
_ACTOR = re.compile(
    r"(?<!của )(?<!của\s\s)(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch|Sở Y tế|Ban Chỉ đạo"
    r"|Trung tâm|Tỉnh ủy|Thành ủy)(?![\wà-ỹ])|:|[Tt]heo đó"
)


def in_a_legal_basis(s: str, start: int) -> bool:
    """The document at ``start`` of the sentence is one of a preamble's legal bases."""
    if "ăn cứ" not in s[:start]:
        return False
    opens = list(_BASIS_OPENS.finditer(s, 0, start))
    if not opens:
        return False
    return _ACTOR.search(s, opens[-1].end(), start) is None
