"""A document's kind with a bare number and no "số" ("đã ký công văn 694 về việc …", "Thông
báo 94 của BCĐ phòng chống dịch tỉnh", "Quyết định 1045 ngày 4/5"): a document when an
issuing verb comes right before its kind, or its issuer or date right after its number. Not
the verb "thông báo" with a count ("UBND tỉnh thông báo 25 ca mắc mới", "công bố 94 ca").
(With "số" the number is read already: ``directives._DOCUMENT``.)"""

from __future__ import annotations

import re

_KIND_BARE = re.compile(
    r"(?P<verb>(?:ký|ban hành|phát đi)\s+)?"
    r"(?P<kind>[Tt]hông báo|[Cc]ông văn|[Cc]ông điện|[Qq]uyết định|[Kk]ế hoạch)"
    r"(?:\s+(?:khẩn|hỏa tốc|hoả tốc))?\s+(?P<number>\d{2,5})(?![\d/.,]\d|[\d/\wà-ỹ])"
)
_ISSUER_OR_DATE_AFTER = re.compile(
    r"\s*,?\s+(?:ngày\s+\d|của\s+(?:UBND|Ủy ban|Uỷ ban|BCĐ|Ban Chỉ đạo|Sở|Chủ tịch|Thủ tướng"
    r"|Bộ|Văn phòng|Chính phủ|Tỉnh ủy|Thành ủy|Trung tâm))"
)
_GATE = ("hông báo", "ông văn", "ông điện", "uyết định", "ế hoạch")


def kind_bare_numbers(s: str) -> list[re.Match[str]]:
    """Matches (groups ``kind`` and ``number``) of the sentence's documents by kind and bare
    number."""
    if not any(word in s for word in _GATE):
        return []
    return [
        m
        for m in _KIND_BARE.finditer(s)
        if m.group("verb") or _ISSUER_OR_DATE_AFTER.match(s, m.end())
    ]
