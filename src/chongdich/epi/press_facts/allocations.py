"""The Ministry of Health's allocations of vaccine doses to provinces and hospitals.

"Bộ Y tế vừa có quyết định phân bổ 2,9 triệu liều vắc xin AstraZeneca …", then who gets
how much: "Thanh Hóa được phân bổ nhiều nhất với 112.800 liều, Hà Nội có 58.000 liều, Nghệ
An 50.000 liều", "Bình Dương, Đồng Nai mỗi tỉnh sẽ có 73.000 liều", "Bệnh viện A và Bệnh
viện B mỗi đơn vị nhận 22.000 liều". Each recipient's share is a gift of the Ministry
(docs/intake-annotation.md). Several names before one quantity share it only when the
article says each gets it ("mỗi tỉnh", "nhiều nhất với", "cùng"): "A, B được phân bổ hơn
50.000 liều" may be their sum and is left out. Regional totals ("Các tỉnh Tây Nguyên nhận
25.000 liều") name no recipient.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import Mention, find_provinces, hospital_province
from .items import Item, find_items, vaccine_brand
from .shared import Sentence

ALLOCATOR = "Bộ Y tế"
# The decision: the Ministry allocating vaccine ("Bộ Y tế … phân bổ … liều vắc xin").
# ("Theo phân bổ của Bộ Y tế, tỉnh A được nhận 167.000 liều": the decision named first)
_DECISION = re.compile(r"Bộ Y tế[^.;]{0,60}?phân bổ|[Pp]hân bổ của Bộ Y tế")
# "Hơn 800 nghìn liều vaccine COVID-19 đợt 2 được phân bổ như thế nào?"
_ALLOCATED_DOSES_HEADLINE = re.compile(
    r"liều[^.;]{0,60}?được phân bổ|phân bổ[^.;]{0,40}?liều", re.IGNORECASE
)
# A donation told in the same article is read as a gift, not as an allocation.
_DONATION = re.compile(r"tặng|viện trợ|tài trợ|ủng hộ|\btrao\b")
# Between a recipient and its quantity.
_SHARE = re.compile(
    r"\s*…?\s*(?P<each_before>(?:,\s*)?mỗi (?:tỉnh|thành phố|đơn vị|địa phương|nơi)\s+)?"
    # "Hải Dương là tỉnh có dịch trong thời gian vừa qua được 43.700 liều": a description
    r"(?:là\s+[^.;,\d]{0,60}?\s(?=được\s))?"
    r"(?P<together>cùng\s+)?"
    # ("thành phố A được Bộ Y tế phân bổ 87.000 liều": the allocator between)
    r"(?:(?:sẽ\s+)?(?:được\s+)?(?:Bộ Y tế\s+)?(?:phân bổ|phân đó|nhận|có|tiếp nhận)\s+|được\s+)?"
    r"(?P<most>nhiều nhất\s+)?(?:(?:với|là)\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?$"
)
# The doses' own words name the Ministry as the allocator: "… liều vắc xin AstraZeneca do Bộ
# Y tế phân bổ" (the province named before them receives them).
_ALLOCATED_BY_THE_MINISTRY = re.compile(r"[^.;,]{0,40}?\bdo Bộ Y tế\s+(?:phân bổ|cấp)\b")
# "… cho tỉnh A trong tổng số 500.000 liều Bộ Y tế phân bổ cho tỉnh này": the province
# named before the doses (the doses' brand, if the sentence names one, is theirs).
_ALLOCATED_TO_THIS_ONE = re.compile(
    r"(?:\s+(?:liều\s+)?(?:vắc[\s-]?xin|vaccine)\b)?[^.;,]{0,30}?\s*(?:do\s+|mà\s+)?Bộ Y tế"
    r"\s+(?:đã\s+)?phân bổ\s+cho\s+(?:tỉnh|thành phố|địa phương)\s+này\b"
)
_EACH_AFTER = re.compile(r"\s+mỗi (?:tỉnh|thành phố|đơn vị|địa phương|nơi)\b")
_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+và\s+|\s*,\s*và\s+")


@dataclass
class Allocation:
    recipient: str
    facility: str | None
    item: Item
    sentence: Sentence
    brand: str = ""


def allocation_brand(sentences: list[Sentence]) -> str | None:
    """The vaccine of the article's allocation decision, "" when it names none, None when
    the article reports no allocation by the Ministry. A headline asking how doses "được
    phân bổ" in an article that names the Ministry reports its allocation too."""
    for sentence in sentences:
        if "phân bổ" in sentence.text and _DECISION.search(sentence.text):
            doses = [i for i in find_items(sentence.text) if i.code == "vaccine_dose"]
            if doses or re.search(r"vắc xin|vaccine|vắc-xin", sentence.text):
                # ("phân bổ triệu liều vaccine AstraZeneca": a count cut, the brand still named)
                return (doses[0].detail if doses else "") or vaccine_brand(sentence.text)
    headline = sentences[0].text if sentences else ""
    if _ALLOCATED_DOSES_HEADLINE.search(headline) and any("Bộ Y tế" in x.text for x in sentences):
        return ""
    return None


def is_allocation_sentence(s: str) -> bool:
    """A sentence of an allocation article that the allocation reader owns: it counts
    doses and reports no donation."""
    return "liều" in s and _DONATION.search(s) is None


def read_allocations(
    sentence: Sentence, items: list[Item], mentions: list[Mention]
) -> list[Allocation]:
    """Each recipient's doses in one sentence (``items``: its ``find_items``);
    ``mentions`` are the sentence's provinces and hospitals, in text order, with offsets
    in the article."""
    s, base = sentence.text, sentence.start
    found: list[Allocation] = []
    previous_end = 0
    for item in items:
        if item.code != "vaccine_dose":
            continue
        before = [
            m for m in mentions if previous_end <= m.start - base and m.end - base <= item.start
        ]
        previous_end = item.end
        if not before:
            continue
        share = _SHARE.match(s, before[-1].end - base, item.start)
        if share is None:
            if "này" in s and _ALLOCATED_TO_THIS_ONE.match(s, item.end):
                recipient, facility = _recipient(before[-1])
                if recipient is not None:
                    brand = vaccine_brand(s[: item.start])
                    found.append(Allocation(recipient, facility, item, sentence, brand))
                continue
            if _ALLOCATED_BY_THE_MINISTRY.match(s, item.end) and len(before) == 1:
                # "tỉnh Đồng Nai sẽ tiêm 500.000 liều vắc xin … do Bộ Y tế phân bổ"
                recipient, facility = _recipient(before[0])
                if recipient is not None:
                    found.append(Allocation(recipient, facility, item, sentence))
            continue
        run = [before[-1]]
        for mention in reversed(before[:-1]):
            if not _SEPARATOR.fullmatch(s, mention.end - base, run[0].start - base):
                break
            run.insert(0, mention)
        each = bool(
            share.group("each_before")
            or share.group("together")
            or share.group("most")
            or _EACH_AFTER.match(s, item.end)
        )
        if len(run) > 1 and not each:
            continue  # "A, B được phân bổ hơn 50.000 liều": perhaps their sum
        for mention in run:
            recipient, facility = _recipient(mention)
            if recipient is not None:
                found.append(Allocation(recipient, facility, item, sentence))
    return found


def _recipient(mention: Mention) -> tuple[str | None, str | None]:
    """The province (and the hospital, if one) a mention names."""
    if mention.kind != "hospital":
        named = find_provinces(mention.text)
        return (named[-1].name if named else mention.name), None
    named = find_provinces(mention.text)
    province = named[-1].name if named else hospital_province(mention.name)
    return province, mention.text
