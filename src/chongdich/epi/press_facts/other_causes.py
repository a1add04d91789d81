"""Gifts for another cause than the epidemic: a house for a family ("hỗ trợ 40 triệu đồng xây
dựng nhà tình nghĩa cho gia đình bà …", "trao 50 triệu đồng sửa chữa nhà ở cho hộ nghèo"), a
flood or a storm ("ủng hộ 200 triệu đồng giúp đồng bào khắc phục hậu quả bão lũ"), a
scholarship ("trao 30 suất học bổng, mỗi suất 2 triệu đồng"). Not support against the
epidemic (docs/intake-annotation.md, "Support events"): no event, wherever the article is
(a provincial roundup runs these next to its bulletin).

Read within the item's clause only (up to a full stop, a comma, a semicolon, "và" or a
roundup's "+"), so that an epidemic gift listed with a house ("5.000 bộ kit test nhanh và 5
căn nhà tình nghĩa") stays an event."""

from __future__ import annotations

import re

_CAUSE = re.compile(
    r"nhà (?:tình nghĩa|tình thương|đại đoàn kết|nhân ái|chữ thập đỏ)"
    r"|(?:xây dựng|xây|sửa chữa|sửa|làm)\s+(?:mới\s+)?(?:căn\s+|ngôi\s+)?nhà(?:\s+ở)?(?![\wà-ỹ])"
    # (not "máy đo độ bão hòa ô xy", "lũy kế")
    r"|(?:bão(?!\s+h[oò][aà])|lũ|lụt|thiên tai|sạt lở|hạn hán|xâm nhập mặn)(?![\wà-ỹ])"
    r"|học bổng",
    re.IGNORECASE,
)
# Quick gate: one of the cause's words must be in the sentence.
_GATE = ("nhà", "bão", "lũ", "lụt", "thiên tai", "sạt lở", "hạn hán", "mặn", "học bổng")
# (a list's "và" or comma ends the item's clause: "5.000 bộ kit test và 5 căn nhà tình nghĩa"
# are two gifts, the kits still for the epidemic)
_CLAUSE_END = re.compile(r"[.,;\n]|\s\+\s|\svà\s")


def for_another_cause(s: str, start: int, end: int) -> bool:
    """The item at ``start:end`` of ``s`` is given, in its own clause, for a house, a
    disaster or a scholarship."""
    lowered = s.lower()
    if not any(word in lowered for word in _GATE):
        return False
    before = [m.end() for m in _CLAUSE_END.finditer(s, 0, start)]
    after = _CLAUSE_END.search(s, end)
    clause = s[before[-1] if before else 0 : after.start() if after else len(s)]
    return _CAUSE.search(clause) is not None
