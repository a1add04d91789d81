"""A support event among the others of its article: repeats merged, parts that replace
their total, gifts within one province dropped."""

from __future__ import annotations

import re
from typing import Any

from ..gazetteer import canonical_province, find_provinces
from .support_cues import BREAKDOWN

# The kinds of a province's public bodies: its offices, sectors, agencies, media, funds
# (not companies, banks' branches or associations named after it: "Công ty Điện lực Nghệ
# An", "Sacombank Chi nhánh Hà Tĩnh", "Chi hội … Quảng Ninh" give to it).
_PROVINCES_BODY = re.compile(
    r"(?:Văn phòng|[Nn]gành|Sở|Ban|Cục|Chi cục|Đài|Báo|Ủy ban|Uỷ ban|UBND|HĐND|Tỉnh ủy"
    r"|Thành ủy|Công an|Bộ Chỉ huy|Kho bạc|Bảo hiểm xã hội|Liên đoàn Lao động|Quỹ)(?![\wà-ỹ])"
)


def gives_within_its_province(donor: str | None, recipient: str | None) -> bool:
    """A province's own office, sector or unit giving to the province ("Ngành Công Thương
    Nghệ An", "Cục Hải quan Nghệ An", "Văn phòng UBND tỉnh" at Nghệ An's front): within
    the province, not a gift to it (docs/intake-annotation.md, 141, 205)."""
    if donor is None or recipient is None or donor == recipient:
        return False
    if not _PROVINCES_BODY.match(donor) or canonical_province(recipient) is None:
        return False
    return branch_province(donor) == recipient or bool(_UNNAMED_PROVINCE_BODY.search(donor))


# "Văn phòng UBND tỉnh", "Ban quản lý dự án … tỉnh": a body of the unnamed province.
_UNNAMED_PROVINCE_BODY = re.compile(r"\s(?:tỉnh|thành phố)$")


def branch_province(name: str) -> str | None:
    named = find_provinces(name)
    return named[-1].name if named and named[-1].end == len(name.rstrip()) else None


def parts_replace_their_total(text: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "2000 khẩu trang … được Công ty A trao cho …. Cụ thể, 1000 khẩu trang … cho Trung tâm
    X, 500 … cho Bệnh viện Y và 500 … cho Bệnh viện Z": a breakdown sentence whose unnamed
    gifts of one item add up to the gift before it gives that gift's parts, from its giver
    (the total is not a further gift, as a ceremony's sum is not)."""
    out: list[dict[str, Any]] = []
    index = 0
    while index < len(events):
        event = events[index]
        span = event["span"]
        group = [e for e in events[index:] if e["span"] == span]
        total = out[-1] if out else None
        if (
            total is not None
            and len(total["items"]) == 1
            and total["donor"] is not None
            and all(e["donor"] is None for e in group)
            and BREAKDOWN.search(text[span[0] : span[1]])
        ):
            code, quantity = total["items"][0]["item"], total["items"][0]["quantity"]
            parts = [i for e in group for i in e["items"]]
            if (
                len(parts) >= 2
                and all(i["item"] == code for i in parts)
                and sum(i["quantity"] for i in parts) == quantity
            ):
                out.pop()
                for part in group:
                    part["donor"] = total["donor"]
                    part["date"] = part["date"] or total["date"]
        out.extend(group)
        index += len(group)
    return out


# Givers named only as a plural common noun: "từ các tổ chức, cá nhân", "của nhiều doanh
# nghiệp", "from organisations and individuals".
_UNNAMED_GIVERS = re.compile(
    r"(?<![\wà-ỹ])(?:các|nhiều|những)\s+(?:tổ chức|cá nhân|đơn vị|doanh nghiệp|nhà hảo tâm)"
    r"|from (?:various |many )?(?:organi[sz]ations|individuals|businesses|donors)"
)


def named_parts_replace_an_unnamed_total(
    text: str, events: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """ "Chiều 15-6, … tiếp nhận hơn hai tỷ đồng từ các tổ chức, cá nhân …" then "… 460 triệu
    đồng, gồm: Ngân hàng A …", "… trong đó có Công ty B ủng hộ một tỷ đồng": the sum of
    unnamed givers is the ceremony's total when later gifts of the same item to the same
    receiver name their givers, each less than it (docs/intake-annotation.md, "A
    ceremony's total and its givers")."""
    out = []
    for event in events:
        if event["donor"] is None and len(event["items"]) == 1:
            span = event["span"]
            code, quantity = event["items"][0]["item"], event["items"][0]["quantity"]
            parts = [
                i["quantity"]
                for e in events
                if e is not event
                and e["span"][0] >= span[0]
                and e["donor"]
                and e["recipient"] == event["recipient"]
                for i in e["items"]
                if i["item"] == code
            ]
            if parts and max(parts) < quantity and _UNNAMED_GIVERS.search(text, *span):
                continue
        out.append(event)
    return out


def _two_facilities(one: dict[str, Any], other: dict[str, Any]) -> bool:
    named = (one.get("recipient_facility"), other.get("recipient_facility"))
    return all(named) and named[0] != named[1]


def merge_event(events: list[dict[str, Any]], event: dict[str, Any], *, strong_donor: bool) -> None:
    """Drop items an earlier event of the article already reported (the press repeats the
    lead: "18 cán bộ y tế" then "18 bác sĩ, điều dưỡng, kỹ thuật viên")."""
    kept = []
    for item in event["items"]:
        repeated = [
            other
            for other in events
            if other["recipient"] == event["recipient"]
            # "500 khẩu trang … cho Bệnh viện A và 500 khẩu trang … cho Bệnh viện B": two gifts
            and not _two_facilities(other, event)
            # "5 xe … được lãnh đạo tỉnh X tiếp nhận" after "X tiếp nhận 5 xe do Công ty Y
            # trao tặng": a repeat that names no giver is the same gift
            and (other["donor"] == event["donor"] or not strong_donor or event["donor"] is None)
            and any(
                o["item"] == item["item"] and o["quantity"] == item["quantity"]
                for o in other["items"]
            )
        ]
        for other in repeated:
            if other["date"] is None:
                other["date"] = event["date"]  # the body dates what the headline announced
            if other.get("headline") and not event.get("headline"):
                other.pop("headline")  # the body confirms it: keep it
        if not repeated:
            kept.append(item)
    if kept:
        event["items"] = kept
        events.append(event)
