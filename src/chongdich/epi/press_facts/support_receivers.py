"""Who receives a gift, in the words around its item: its own "cho/đến …", the units of a
province named after it, the one province whose need it answers, a giver named right after
an item received ("từ …"), a count given to several provinces at once (no single
receiver)."""

from __future__ import annotations

import re

from ..gazetteer import Mention

# ("1 đoàn 20 cán bộ … tham gia hỗ trợ tỉnh Bình Dương": a team sent to help X)
_GIVEN_TO = re.compile(
    r"(?:cho|tặng|đến|tới|về|hỗ trợ|chi viện|giúp)\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?$"
)


_GIVEN_TO_BY_NAME = re.compile(r"(?:cho|tặng)\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?$")


def own_recipient(
    s: str,
    start: int,
    end: int,
    provinces: list[Mention],
    base: int,
    *,
    arrival_counts: bool = True,
) -> str | None:
    """The province an item is given to in its own words, between it and the next item;
    without ``arrival_counts``, "đã tới Hà Nội" is where a country's gift lands, not whom
    it is for."""
    given_to = _GIVEN_TO if arrival_counts else _GIVEN_TO_BY_NAME
    for province in provinces:
        at = province.start - base
        # (not past a ";": "500 triệu đồng; hỗ trợ tỉnh B 300 triệu" is the next item's)
        if start <= at < end and given_to.search(s, start, at) and ";" not in s[start:at]:
            return province.name
    return None


# The province whose need or request a gift answers: "cần hỗ trợ của Hà Nội", "theo đề
# nghị của tỉnh Bình Dương".
_ASKED_BY = re.compile(
    r"(?:cần|đề nghị|yêu cầu)\s+(?:hỗ trợ|giúp đỡ|chi viện\s+)?\s*của\s+"
    r"(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$"
)


def asked_by(s: str, provinces: list[Mention], base: int) -> str | None:
    for province in provinces:
        if _ASKED_BY.search(s, max(0, province.start - base - 40), province.start - base):
            return province.name
    return None


def for_several_provinces(
    s: str, start: int, following: list[int], provinces: list[Mention], base: int
) -> bool:
    """The item's own "cho A, B" or "cho A và B", before the next item: one count for two
    provinces, so no province's."""
    end = following[0] if following else len(s)
    named = [p for p in provinces if start <= p.start - base < end]
    return (
        len(named) >= 2
        and _GIVEN_TO.search(s, start, named[0].start - base) is not None
        and re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", s[named[0].end - base : named[1].start - base])
        is not None
    )


def giver_of(s: str, start: int, end: int, orgs: list[Mention], base: int) -> str | None:
    """The giver an item received names right after it: "100 máy thở từ Tập đoàn A"."""
    for org in orgs:
        at = org.start - base
        if start <= at < end and re.fullmatch(
            r"\s*(?:[^.;,]{0,30}?\s)?(?:do|từ|của)\s+", s[start:at]
        ):
            return org.name
    return None


def units_of(s: str, start: int, end: int, orgs: list[Mention], base: int) -> str | None:
    """ "200 triệu đồng để … tặng quà cho các đơn vị tham gia phòng, chống dịch tại TP HCM":
    the units of the province named after them, in the item's clause (the giver's own
    province too: then the gift stays within it)."""
    clause_end = min(
        (i for i in (s.find(";", start), s.find(".", start)) if i >= 0), default=len(s)
    )
    for org in orgs:
        at = org.start - base
        in_clause = org.kind == "province" and start <= at < min(end, clause_end)
        if in_clause and _UNITS_AT.search(s, start, at):
            return org.name
    return None


_UNITS_AT = re.compile(
    r"\bcho\s+(?:các|những)\s+(?:đơn vị|lực lượng|cơ sở|bệnh viện|cơ quan)[^.;]{0,80}?"
    r"\b(?:tại|ở|trên địa bàn|của)\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$"
)


# "hỗ trợ tỉnh Bắc Kạn số tiền 200 triệu đồng": a sum's own words between place and sum.
_BETWEEN = re.compile(r"\s*(?:(?:với\s+)?(?:số tiền|kinh phí)\s*)?")


def province_named_before(
    s: str, start: int, after: int, provinces: list[Mention], base: int
) -> str | None:
    """ "trao tặng Bến Tre 10 máy thở và Trà Vinh 5 máy thở": a province right before the
    item, after the verb, is where it goes."""
    for province in provinces:
        end = province.end - base
        if after <= province.start - base and end <= start and _BETWEEN.fullmatch(s[end:start]):
            return province.name
    return None
