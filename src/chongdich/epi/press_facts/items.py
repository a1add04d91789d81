"""The item catalogue of support events: quantities, units and item names to codes,
with the details (brand, model, places) written next to them."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from ..gazetteer import CAP_WORD
from ..vn_numbers import NUMBER_WORDS, parse_amount, parse_count
from .shared import COVID, NUM

_BRANDS = {
    "astrazeneca": "AstraZeneca",
    "astrazenca": "AstraZeneca",
    "astra zeneca": "AstraZeneca",
    "pfizer": "Pfizer",
    "pfizer-biontech": "Pfizer",
    "moderna": "Moderna",
    "sinopharm": "Sinopharm",
    "vero cell": "Sinopharm",
    "sputnik v": "Sputnik V",
    "abdala": "Abdala",
    "janssen": "Janssen",
    "hayat-vax": "Hayat-Vax",
}
_BRAND = "|".join(sorted((re.escape(b) for b in _BRANDS), key=len, reverse=True))
# A vaccine named by its maker with no count of doses: "vaccine AstraZeneca", "vắc xin phòng
# COVID-19 của Moderna".
_NAMED_VACCINE = re.compile(
    rf"(?:vaccine|vắc xin|vắc-xin|vacxin)(?:\s+(?:phòng|ngừa)?\s*COVID-19)?\s+(?:của\s+)?"
    rf"(?P<brand>{_BRAND})(?![\wà-ỹ])",
    re.IGNORECASE,
)


def vaccine_brand(text: str) -> str:
    """The brand of the first vaccine ``text`` names by its maker, "" when none."""
    named = _NAMED_VACCINE.search(text)
    return _BRANDS[named.group("brand").lower()] if named else ""


_ANY_BRAND = re.compile(rf"(?<![\wà-ỹ])(?:{_BRAND})(?![\wà-ỹ])", re.IGNORECASE)


def brand_named(text: str) -> str:
    """The first vaccine maker ``text`` names anywhere ("811,200 doses of AstraZeneca COVID-19
    vaccine", "China-donated Sinopharm vaccines"), "" when none."""
    named = _ANY_BRAND.search(text)
    return _BRANDS[named.group().lower()] if named else ""


def brands_named(text: str) -> set[str]:
    """Every vaccine maker ``text`` names."""
    return {_BRANDS[named.group().lower()] for named in _ANY_BRAND.finditer(text)}


# "1,5 triệu liều", "20 nghìn bộ kit": a count may carry a multiplier like money.
_QTY = rf"(?P<q>{NUM}|{'|'.join(NUMBER_WORDS)})(?:\s+(?P<qmult>triệu|nghìn|ngàn)(?=\s))?"

# Item catalogue: written forms → code (the logistics ledger's item codes).
ITEM_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "money_vnd",
        re.compile(
            # ("một tỷ đồng", "hai trăm triệu": a number word only before its multiplier)
            rf"(?P<q>{NUM}|(?<![\wà-ỹ])(?:{'|'.join(NUMBER_WORDS)})(?=\s+(?:tỷ|tỉ|triệu)\s))"
            r"\s*(?P<mult>tỷ|tỉ|triệu|nghìn|ngàn)?\s+(?:đồng|VNĐ|VND)\b"
            # "35 tỷ đồng hóa chất sinh phẩm": the value of goods, not money given
            r"(?!\s+(?:hóa chất|sinh phẩm|vật tư|trang thiết bị|thiết bị|hàng hóa|thuốc)\b)"
        ),
    ),
    (
        "vaccine_dose",
        re.compile(
            rf"{_QTY}\s+liều(?:\s+(?:vaccine|vắc xin|vắc-xin|vacxin))?"
            # "… COVID-19 của AstraZeneca": the maker is the brand, not the giver
            rf"(?:\s+(?:phòng|ngừa)?\s*{COVID})?(?:\s+(?:của\s+)?(?P<brand>{_BRAND}))?",
            re.IGNORECASE,
        ),
    ),
    (
        "pcr_machine",
        re.compile(
            rf"{_QTY}\s+(?:hệ thống\s+)?máy xét nghiệm\s+(?:RT-|Realtime\s+|real-time\s+)?PCR"
        ),
    ),
    (
        "ventilator",
        # "máy thở lưu lượng cao", "máy trợ thở HFNC" are high-flow devices, not in the
        # catalogue (docs/intake-annotation.md); the item is then left out.
        re.compile(
            rf"{_QTY}\s+(?:chiếc\s+|cái\s+|bộ\s+|hệ thống\s+)?máy (?:trợ\s+)?thở"
            r"(?!\s+(?:ô\s?xy\s+|oxy\s+)?(?:lưu lượng cao|dòng cao|HFNC|cao tần HFNC))"
        ),
    ),
    (
        "oxygen_concentrator",
        re.compile(rf"{_QTY}\s+(?:chiếc\s+|cái\s+)?máy tạo\s+(?:ô\s?xy|ô-xy|oxy|ôxy|o-xy)"),
    ),
    (
        "pulse_oximeter",
        # "máy đo nồng độ oxy", "máy đo (độ) bão hòa ô xy", "máy đo SpO2", "máy đo oxy xung"
        re.compile(
            rf"{_QTY}\s+(?:chiếc\s+|cái\s+)?máy\s+(?:đo\s+(?:nồng độ\s+|(?:độ\s+)?bão hòa\s+)?"
            r"(?:ô\s?xy|ô-xy|oxy|ôxy|SpO2|SPO2)|SpO2|SPO2)"
        ),
    ),
    ("oxygen_cylinder", re.compile(rf"{_QTY}\s+bình\s+(?:ô\s?xy|oxy|ôxy)")),
    (
        "thermometer",
        re.compile(
            rf"{_QTY}\s+(?:chiếc\s+|cái\s+)?(?:nhiệt kế|máy đo thân nhiệt)(?P<handheld>\s+cầm tay)?"
        ),
    ),
    (
        "test_kit",
        re.compile(
            # (the press writes "KIT", "Kit", "kít" and, in haste, "xét ngiệm")
            rf"{_QTY}\s+(?:bộ\s+|que\s+|hộp\s+)?"
            r"(?:(?:[Kk][ií]t|KIT|sinh phẩm|[Tt]est)\s+xét ngh?iệm"
            r"|[Kk]it test|KIT test"
            r"|test nhanh|bộ xét nghiệm nhanh|que thử)"
        ),
    ),
    ("mask", re.compile(rf"{_QTY}\s+(?:chiếc\s+|cái\s+)?khẩu trang")),
    (
        "ppe_kit",
        re.compile(
            rf"{_QTY}\s+(?:bộ\s+(?:đồ\s+|trang phục\s+|quần áo\s+)?"
            # without "bộ" the garment must be named: "5.000 trang phục bảo hộ"
            r"|(?:trang phục|quần áo|đồ)\s+)"
            r"(?:bảo hộ|phòng hộ|PPE|phòng,? chống dịch|chống dịch)"
        ),
    ),
    ("ambulance", re.compile(rf"{_QTY}\s+(?:chiếc\s+)?xe\s+(?:cứu thương|cấp cứu)")),
    # "100 giường bệnh", "100 bộ giường", "50 chiếc giường"
    ("hospital_bed", re.compile(rf"{_QTY}\s+(?:(?:bộ|chiếc|cái)\s+)?giường(?:\s+bệnh)?")),
    (
        "medical_staff",
        # "đoàn cán bộ y tế gồm 30 người", "đoàn … số 2 của ngành y tế X gồm 30 thành viên",
        # "Đoàn cán bộ y tế được tỉnh X cử đến Y có 30 người", "… với 25 thành viên"
        re.compile(
            # ("các y, bác sĩ Bệnh viện … gồm 20 người": the team without the word "đoàn")
            r"(?:[Đđ]oàn|[Cc]ác|[Nn]hững) (?:cán bộ y tế|y bác sĩ|y, bác sĩ|bác sĩ"
            r"|cán bộ, nhân viên y tế|y tế)"
            r"[^.;]{0,60}?"
            rf"(?:gồm|có|với|là)\s+(?:tổng cộng\s+)?{_QTY}\s+(?:người|thành viên)"
        ),
    ),
    (
        "medical_staff",
        re.compile(
            rf"{_QTY}\s+(?:y bác sĩ|y, bác sĩ|cán bộ y tế|nhân viên y tế|y bác sỹ|chuyên gia y tế"
            r"|cán bộ, nhân viên(?: ngành)? [Yy] tế|cán bộ, nhân viên y tế|nhân lực y tế"
            r"|bác sĩ, điều dưỡng(?:, kỹ thuật viên)?|bác sĩ và điều dưỡng|thầy thuốc"
            # "cử 20 bác sĩ": doctors alone are medical staff too
            r"|bác sĩ(?! thú y)|bác sỹ|điều dưỡng viên|điều dưỡng)"
        ),
    ),
)


@dataclass
class Item:
    start: int
    end: int
    code: str
    quantity: int
    detail: str


# Every item pattern starts with a quantity followed by one of these words: a sentence
# without such a pair has no item (checked first, it is much cheaper than the patterns).
_ITEM_CUE = re.compile(
    rf"(?:\d|(?<![\wà-ỹ])(?:{'|'.join(NUMBER_WORDS)}))\s*(?:tỷ|tỉ|triệu|nghìn|ngàn)?\s+"
    r"(?:(?:chiếc|cái|bộ|hệ thống)\s+)?"
    r"(?:máy|liều|nhiệt kế|bình|kit|kít|sinh phẩm|test|khẩu trang|bộ|xe|giường|y|cán bộ|que|hộp"
    r"|nhân viên|chuyên gia|bác sĩ|bác sỹ|điều dưỡng|thầy thuốc|đồng|VN|người|thành viên"
    r"|trang phục|quần áo)",
    re.IGNORECASE,
)


# Words one of an item's written forms holds (a gate, as for the statistics' patterns).
_ITEM_GATES: dict[str, frozenset[str]] = {
    "money_vnd": frozenset({"đồng", "VNĐ", "VND"}),
    "vaccine_dose": frozenset({"liều", "Liều", "LIỀU"}),
    "pcr_machine": frozenset({"máy"}),
    "ventilator": frozenset({"máy"}),
    "oxygen_concentrator": frozenset({"máy"}),
    "pulse_oximeter": frozenset({"máy"}),
    "oxygen_cylinder": frozenset({"bình"}),
    "thermometer": frozenset({"nhiệt kế", "thân nhiệt"}),
    "test_kit": frozenset({"xét nghiệm", "kit", "test", "que thử", "KIT", "Kit", "Test", "ngiệm"}),
    "mask": frozenset({"khẩu trang"}),
    "ppe_kit": frozenset({"bộ", "trang phục", "quần áo"}),
    "ambulance": frozenset({"xe"}),
    "hospital_bed": frozenset({"giường"}),
    "medical_staff": frozenset(
        {
            "đoàn",
            "Đoàn",
            "y bác sĩ",
            "y, bác sĩ",
            "cán bộ",
            "nhân viên",
            "y bác sỹ",
            "chuyên gia",
            "nhân lực",
            "bác sĩ",
            "thầy thuốc",
            "bác sỹ",
            "điều dưỡng",
        }
    ),
}
_ITEM_WORDS = re.compile(
    "|".join(
        sorted({re.escape(w) for ws in _ITEM_GATES.values() for w in ws}, key=len, reverse=True)
    )
)


# What values a gift rather than gives money: "trị giá 2 tỷ", "Tổng trị giá quà tặng là 220
# triệu", "với tổng kinh phí trên 150 triệu đồng" (after the goods it pays for).
_VALUE_BEFORE = re.compile(
    r"(?:(?:[Tt]rị giá|[Gg]iá trị)(?:\s+(?:quà tặng|số quà|phần quà|quà|lô hàng|hàng hóa"
    # ("Tổng trị giá số hàng trên khoảng 20 triệu đồng", "trị giá số vật tư này …"; rules30)
    r"|(?:số|lô)\s+(?:hàng|vật tư|thiết bị|trang thiết bị|quà)(?:\s+(?:trên|này|nói trên))?))?"
    # "Tổng trị giá trao tặng đạt trên 514 triệu đồng": what the gifts were worth
    r"(?:\s+(?:trao tặng|ủng hộ|hỗ trợ|tài trợ|tiếp nhận))?(?:\s+(?:đạt|là|lên tới|lên đến))?"
    r"|tương đương|tổng cộng|với tổng kinh phí)\s*(?:hơn|gần|khoảng|trên|là)?\s*"
    # ("các phần quà trị giá từ 2-4 triệu đồng": a range's upper end)
    r"(?:(?:từ\s+)?\d+(?:[.,]\d+)?\s*[-–]\s*)?$"
)


# What makes money the value of goods after it: "khoảng 425 triệu đồng, quy đổi thành thiết
# bị và vật tư y tế", "50 triệu đồng bằng hiện vật" (not "1 tỷ đồng để mua trang thiết bị":
# money given to buy with).
_VALUE_AFTER = re.compile(
    r"\s*,?\s*(?:được\s+)?(?:quy đổi|quy ra|chuyển đổi thành|bằng hiện vật"
    r"|dưới dạng (?:hiện vật|vật tư))"
)


def find_items(s: str) -> list[Item]:
    items: list[Item] = []
    if not _ITEM_CUE.search(s):
        return items
    words = set(_ITEM_WORDS.findall(s))
    for code, pattern in ITEM_PATTERNS:
        if not words & _ITEM_GATES[code]:
            continue  # the item's word is not in the sentence
        for match in pattern.finditer(s):
            if any(i.start < match.end() and match.start() < i.end for i in items):
                continue
            written = match.group("q")
            try:
                if code == "money_vnd":
                    quantity = parse_amount(written, match.group("mult"))
                elif match.groupdict().get("qmult"):
                    quantity = parse_amount(written, match.group("qmult"))
                else:
                    quantity = parse_count(written)
            except ValueError:
                continue
            if code == "money_vnd" and _VALUE_BEFORE.search(
                s[max(0, match.start() - 40) : match.start()]
            ):
                continue  # "tổng trị giá 10 tỉ đồng" values the gift, it is not money given
            if code == "money_vnd" and _VALUE_AFTER.match(s, match.end()):
                continue  # "425 triệu đồng, quy đổi thành … vật tư y tế": the goods' value
            if code == "hospital_bed" and re.match(r"\s*(?:bệnh nhân|điều trị)", s[match.end() :]):
                continue
            if (
                code == "medical_staff"
                and _BARE_CLINICIANS.search(match.group())
                and _BREAKDOWN_BEFORE.search(s, 0, match.start())
            ):
                continue  # "Đoàn gồm 4 bác sĩ, 12 điều dưỡng": the team's make-up, not a team
            if code == "ventilator" and _MIXED_WITH_HIGH_FLOW.match(s, match.end()):
                continue  # "715 máy thở xâm nhập và máy thở oxy dòng cao HFNC": one count of two
            detail = ""
            groups = match.groupdict()
            if groups.get("brand"):
                detail = _BRANDS[str(groups["brand"]).lower()]
            if groups.get("handheld"):
                detail = "handheld"
            items.append(Item(match.start(), match.end(), code, quantity, detail))
    items.sort(key=lambda i: i.start)
    for match in _BARE_SETS.finditer(s):
        named = [i for i in items if i.end <= match.start() and i.code in {"test_kit", "ppe_kit"}]
        if named and not any(i.start < match.end() and match.start() < i.end for i in items):
            with contextlib.suppress(ValueError):
                quantity = parse_count(match.group("q"))
                items.append(Item(match.start(), match.end(), named[-1].code, quantity, ""))
    items.sort(key=lambda i: i.start)
    items = [i for i in items if not _part_of_the_one_before(s, i, items)]
    return [i for i in items if i not in _parts_of_a_total(s, items)]


# "15.000 test nhanh …, trong đó trao tặng Sở Y tế 10.000 test nhanh, Bệnh viện 5.000 test
# nhanh": after "trong đó", counts of the same item that add up to the total are its parts.
_BREAKDOWN_OPENS = re.compile(r"\btrong (?:đó|số đó)\b")


def _parts_of_a_total(s: str, items: list[Item]) -> list[Item]:
    for total in items:
        opener = _BREAKDOWN_OPENS.search(s, total.end)
        if opener is None:
            continue
        parts = [i for i in items if i.start >= opener.end() and i.code == total.code]
        if len(parts) >= 2 and sum(i.quantity for i in parts) == total.quantity:
            return parts
    return []


# "5 hệ thống máy thở, trong đó có 01 máy thở đa năng": a part of the item just named.
_PART_BEFORE = re.compile(r"\s*,?\s*(?:trong đó|trong số đó)(?:\s+có)?\s*")


def _part_of_the_one_before(s: str, item: Item, items: list[Item]) -> bool:
    before = [i for i in items if i.end <= item.start]
    return bool(
        before
        and before[-1].code == item.code
        and before[-1].quantity > item.quantity
        and _PART_BEFORE.fullmatch(s, before[-1].end, item.start)
    )


_BARE_CLINICIANS = re.compile(r"\d\s+(?:bác sĩ|bác sỹ|điều dưỡng(?: viên)?)$")
_BREAKDOWN_BEFORE = re.compile(r"(?:gồm|trong đó|bao gồm|có)\b[^.;]*$")
_HIGH_FLOW = r"(?:ô\s?xy\s+|oxy\s+)?(?:lưu lượng cao|dòng cao|HFNC|cao tần HFNC)"
_MIXED_WITH_HIGH_FLOW = re.compile(
    rf"[^,;.]{{0,60}}?\s(?:và|cùng)\s+máy (?:trợ\s+)?thở\s+(?:[\wà-ỹ]+\s+){{0,2}}?{_HIGH_FLOW}"
)
# "20 máy thở ô xy dòng cao HFNC": high-flow devices (not in the catalogue) by their count,
# so that "20 bộ máy thở đa năng" of the same gift named elsewhere is left out too.
_HIGH_FLOW_COUNT = re.compile(
    rf"{_QTY}\s+(?:chiếc\s+|cái\s+|bộ\s+)?máy (?:trợ\s+)?thở\s+(?:[\wà-ỹ]+\s+){{0,2}}?{_HIGH_FLOW}"
)


def high_flow_counts(text: str) -> set[int]:
    """The counts of high-flow devices an article names."""
    counts = set()
    high_flow = "HFNC" in text or "dòng cao" in text or "lưu lượng cao" in text
    for match in _HIGH_FLOW_COUNT.finditer(text) if high_flow else ():
        with contextlib.suppress(ValueError):
            counts.add(parse_count(match.group("q")))
    if high_flow and not counts and _HIGH_FLOW_NAMED_BACK.search(text):
        # "… trao tặng 4 máy thở cao cấp … Việc trang bị các máy thở dòng cao đa năng …":
        # the article's ventilators, named high-flow without a count, are all high-flow.
        counts.update(i.quantity for i in find_items(text) if i.code == "ventilator")
    return counts


_HIGH_FLOW_NAMED_BACK = re.compile(
    rf"(?:[Cc]ác|[Nn]hững|[Ss]ố|này)\s+máy (?:trợ\s+)?thở\s+(?:[\wà-ỹ]+\s+){{0,2}}?{_HIGH_FLOW}"
)


# "… 500.000 bộ kit test … đã trao 190.000 bộ cho TP Thủ Đức": the kit named before.
_BARE_SETS = re.compile(rf"(?P<q>{NUM})\s+bộ(?=\s+(?:cho|tới|đến|về)\b|\s*[,.;)])")


def places_after(s: str, position: int) -> str:
    """ "tại Trung tâm y tế thị xã Giá Rai và ... huyện Phước Long" → "Giá Rai, Phước Long"."""
    tail = s[position:]
    at = re.search(r"\btại\b", tail)
    if not at:
        return ""
    places = re.findall(
        rf"(?:thị xã|huyện|quận|thành phố|TP)\s+((?:{CAP_WORD})(?:\s+{CAP_WORD})*)",
        tail[at.end() :],
    )
    return ", ".join(dict.fromkeys(places))


_MODEL = re.compile(
    r"^\s*(?:[\wà-ỹ]+\s+){0,3}?(?P<model>(?:[A-Z][a-z]+|\d[A-Za-z]+)\s+[A-Z]*\d+"
    # a code with a dash: "VFS-410", "MV-20"
    r"|(?!COVID|SARS|CoV)[A-Z][A-Z0-9]*-[A-Z0-9]*\d[A-Z0-9]*"
    # a bare code: "máy thở V60" (not a mask's grade, "N95", "KN95", "FFP2": annotation 126)
    r"|(?!COVID|SARS|CoV|SpO|SPO|K?N9[59]\b|FFP\d)[A-Z]{1,3}\d{2,4})\b"
)
_VENTILATOR_KIND = re.compile(r"^\s*(?P<kind>không xâm lấn|xâm lấn)")


def device_detail(s: str, end: int) -> str:
    """A model ("Philips V680", "Elisa 500") or a ventilator's kind ("xâm lấn") written
    right after the item, before the next item or clause."""
    tail = re.split(r"[,;]|\svà\s|\strị giá", s[end:], maxsplit=1)[0]
    model = _MODEL.match(tail)
    if model:
        return model.group("model")
    kind = _VENTILATOR_KIND.match(tail)
    return kind.group("kind") if kind else ""
