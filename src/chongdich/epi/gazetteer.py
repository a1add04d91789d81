"""Names the extractor recognises: provinces (from the geography registry's reference
table), hospitals and national bodies, with the ways the press writes them."""

from __future__ import annotations

import bisect
import csv
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

__all__ = [
    "UPPER",
    "Mention",
    "canonical_province",
    "find_organisations",
    "find_provinces",
    "hospital_province",
    "normalise",
    "province_written_forms",
]

# Upper-case Vietnamese letters: a capitalised word starts a proper name.
UPPER = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
CAP_WORD = rf"[{UPPER}][\wà-ỹ]*"

# How the press writes some provinces besides their registry name.
_ALIASES: dict[str, tuple[str, ...]] = {
    "Thành phố Hồ Chí Minh": ("TP HCM", "TP.HCM", "TPHCM", "TP. HCM", "Hồ Chí Minh", "Sài Gòn"),
    "Bà Rịa–Vũng Tàu": (
        "Bà Rịa - Vũng Tàu",
        "Bà Rịa-Vũng Tàu",
        "Bà Rịa Vũng Tàu",
        "Bà Rịa – Vũng Tàu",
        "BR-VT",
        "BRVT",
    ),
    "Thừa Thiên Huế": ("Thừa Thiên - Huế", "Thừa Thiên-Huế", "Huế"),
    "Đắk Lắk": ("Đăk Lăk", "Đắc Lắc", "Daklak", "Đắk Lăk"),
    "Đắk Nông": ("Đăk Nông", "Đắc Nông"),
    "Hòa Bình": ("Hoà Bình",),
    "Thanh Hóa": ("Thanh Hoá",),
    "Khánh Hòa": ("Khánh Hoà",),
    "Bắc Kạn": ("Bắc Cạn",),
}
# The name a fact reports for a province: the registry name, "Thành phố" dropped.
_DISPLAY = {"Thành phố Hồ Chí Minh": "TP HCM"}
# Provinces that are cities: "TP. Cần Thơ" is the province, "TP. Bạc Liêu" is a city in it.
MUNICIPALITIES = frozenset({"Hà Nội", "TP HCM", "Hải Phòng", "Đà Nẵng", "Cần Thơ"})
# A unit below the province written before a name it shares with its province
# ("huyện Hòa Bình", "TX. Giá Rai", "Tp.Cà Mau"): the name is then not the province.
_LOWER_UNIT_BEFORE = re.compile(
    r"(?<![\wà-ỹ])(?:huyện|[Hh]\.|thị xã|TX\.?|[Xx]ã|[Pp]hường|thị trấn|TT\.|[Qq]uận|Q\.|ấp)\s*$"
)
_PERSON_BEFORE = re.compile(
    r"(?:TNCS|Chủ tịch|Bác|tư tưởng|Lăng|Huân chương|[Đđ]ường|Thanh niên Cộng sản)\s*$"
)
# (the dot only after "TP": "tại 60 tỉnh, thành phố. Nam Định …" ends a sentence, the next
# one names the province)
_CITY_BEFORE = re.compile(r"(?<![\wà-ỹ])(?:(?:TP|Tp)\.?|[Tt]hành phố)\s*$")

# Hospitals named in national coordination (Bộ Y tế's end-line hospitals), so that a
# name followed by a person ("Bệnh viện Chợ Rẫy Nguyễn Tri Thức") is cut right.
KNOWN_HOSPITALS = (
    "Chợ Rẫy",
    "Bạch Mai",
    "Thống Nhất",
    "Nguyễn Tri Phương",
    "Nhiệt đới Trung ương",
    "Bệnh Nhiệt đới Trung ương",
    "Bệnh Nhiệt đới",
    "Việt Đức",
    "Hữu nghị Việt Đức",
    "Trung ương Huế",
    "Đại học Y Dược",
    "Nhi Đồng 1",
    "Nhi Đồng 2",
    "Nhân dân 115",
    "Phổi Trung ương",
    "Trưng Vương",
    "Hồi sức COVID-19",
    "Dã chiến",
    "K",
    "E",
)

# Where the Ministry's end-line hospitals stand (the press names them without their
# city): an allocation to "Bệnh viện Thống Nhất" goes to TP HCM. Names two cities share
# ("Đại học Y Dược", "Bệnh Nhiệt đới") are left out.
_HOSPITAL_PROVINCES = {
    "chợ rẫy": "TP HCM",
    "thống nhất": "TP HCM",
    "nguyễn tri phương": "TP HCM",
    "nhi đồng 1": "TP HCM",
    "nhi đồng 2": "TP HCM",
    "nhân dân 115": "TP HCM",
    "trưng vương": "TP HCM",
    "bạch mai": "Hà Nội",
    "việt đức": "Hà Nội",
    "hữu nghị việt đức": "Hà Nội",
    "nhiệt đới trung ương": "Hà Nội",
    "bệnh nhiệt đới trung ương": "Hà Nội",
    "phổi trung ương": "Hà Nội",
    "nhi trung ương": "Hà Nội",
    "e": "Hà Nội",
    "k": "Hà Nội",
    "trung ương huế": "Thừa Thiên Huế",
}


def hospital_province(name: str) -> str | None:
    """The province of one of the Ministry's end-line hospitals ("Bệnh viện Chợ Rẫy")."""
    short = re.sub(r"^(?:Bệnh viện|BV)\s+", "", name.strip())
    return _HOSPITAL_PROVINCES.get(short.lower())


NATIONAL_BODIES = {
    "Bộ Y tế": "Bộ Y tế",
    "Chính phủ": "Chính phủ",
    "Bộ Quốc phòng": "Bộ Quốc phòng",
    "Bộ Công an": "Bộ Công an",
    "Ban Chỉ đạo Quốc gia": "Ban Chỉ đạo Quốc gia",
    "Ủy ban Trung ương MTTQ Việt Nam": "Ủy ban Trung ương MTTQ Việt Nam",
}
# International donors, by the names the Vietnamese press writes (abbreviations first).
INTERNATIONAL_BODIES = {
    "Tổ chức Y tế Thế giới": "WHO",
    "WHO": "WHO",
    "UNICEF": "UNICEF",
    "Quỹ Nhi đồng Liên Hợp Quốc": "UNICEF",
    "USAID": "USAID",
    "JICA": "JICA",
    "KOICA": "KOICA",
    "UNDP": "UNDP",
    "Liên minh châu Âu": "EU",
}
# Large groups the press often names by a short name alone ("Phương Trang tặng …"): the
# name the annotations use for each.
KNOWN_GROUPS = {
    "Phương Trang": "Tập đoàn Phương Trang",
    "FUTA": "Tập đoàn Phương Trang",
    "Vingroup": "Tập đoàn Vingroup",
    "Vin Group": "Tập đoàn Vingroup",
    "Sovico": "Tập đoàn Sovico",
    "THACO": "Tập đoàn Thaco",
    "Thaco": "Tập đoàn Thaco",
    "T&T Group": "Tập đoàn T&T Group",
    "Masan": "Tập đoàn Masan",
    "Hòa Phát": "Tập đoàn Hòa Phát",
    "Viettel": "Tập đoàn Viettel",
    "Sun Group": "Tập đoàn Sun Group",
    "VPBank": "VPBank",
    "Vietcombank": "Vietcombank",
    "BIDV": "BIDV",
    "VietinBank": "VietinBank",
    "Agribank": "Agribank",
}


def normalise(text: str) -> str:
    """NFC form, so that precomposed and combining diacritics compare equal."""
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # canonical name
    kind: str  # "province", "hospital", "body", "company", "department", "person", "group"
    text: str


@functools.cache
def _province_names() -> dict[str, str]:
    """Every written form (lower-case) → display name."""
    table = resources.files("chongdich.data").joinpath("vn_provinces_63_reference.csv")
    forms: dict[str, str] = {}
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = normalise(row["name_vi"])
            display = _DISPLAY.get(name, name)
            forms[name.lower()] = display
            forms[re.sub(r"^Thành phố ", "", name).lower()] = display
            for alias in _ALIASES.get(name, ()):
                for variant in _dash_variants(normalise(alias)):
                    forms[variant.lower()] = display
            for variant in _dash_variants(name):
                forms[variant.lower()] = display
    return forms


@functools.cache
def _province_pattern() -> re.Pattern[str]:
    # Names as written (capitalised), matched case-sensitively: fast, and "long an" in
    # running text is not Long An.
    alternatives = _trie_pattern(_province_written_forms())
    prefix = r"(?:(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s*)?"
    return re.compile(rf"(?<![\wà-ỹ]){prefix}({alternatives})(?![\wà-ỹ])")


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: tuple[str, ...]) -> str:
    """One regex alternation of ``words`` factored by common prefixes ("Bắc (?:Giang|Kạn|
    Ninh)"): Python's regex engine tries a flat alternation of 200 names one by one at
    every position, the factored one branches once per character (the throughput goal).
    Longer words are tried first, as in a flat alternation sorted by length."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        branches = [re.escape(char) + render(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


@functools.cache
def _province_written_forms() -> tuple[str, ...]:
    table = resources.files("chongdich.data").joinpath("vn_provinces_63_reference.csv")
    forms: list[str] = []
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = normalise(row["name_vi"])
            forms.append(name)
            forms.append(re.sub(r"^Thành phố ", "", name))
            forms.extend(normalise(alias) for alias in _ALIASES.get(name, ()))
    return tuple(dict.fromkeys(v for form in forms for v in _dash_variants(form)))


def province_written_forms() -> tuple[str, ...]:
    """Every form a province's name is written in, capitalised as the press writes it."""
    return _province_written_forms()


def _dash_variants(form: str) -> tuple[str, ...]:
    """The press writes the dash of a two-part name with or without spaces, on either side
    or both, as "-" or "–" ("Bà Rịa - Vũng Tàu", "Thừa Thiên – Huế", "Bà Rịa- Vũng Tàu")."""
    parts = re.split(r"\s*[-–]\s*", form)
    if len(parts) != 2:
        return (form,)
    dashes = ("-", "–", " - ", " – ", "- ", "– ", " -", " –")  # "Bà Rịa- Vũng Tàu" too
    return (form, *(f"{parts[0]}{dash}{parts[1]}" for dash in dashes))


def canonical_province(name: str) -> str | None:
    """The display name of a province written in any known form, or None."""
    text = normalise(name).strip()
    if text.lower() in _province_names():
        return _province_names()[text.lower()]
    text = re.sub(r"^(?:tỉnh|thành phố|TP\.?)\s*", "", text, flags=re.IGNORECASE)
    return _province_names().get(text.lower())


def _capitalised_province_names(
    text: str,
) -> Iterator[tuple[re.Match[str], str, str, str]]:
    """Each province name written in ``text``: (match, as written, the province, the 12
    characters before it). A match must start with a capital letter: "long an" in running
    text is not Long An."""
    names = _province_names()
    for match in _province_pattern().finditer(text):
        written = match.group(1)
        if written[:1].isupper():
            before = text[max(0, match.start(1) - 12) : match.start(1)]
            yield match, written, names[written.lower()], before


def find_provinces(text: str) -> list[Mention]:
    mentions = []
    for match, written, name, before in _capitalised_province_names(text):
        if _LOWER_UNIT_BEFORE.search(before):
            continue
        if name not in MUNICIPALITIES and _CITY_BEFORE.search(before):
            continue  # "TP. Bạc Liêu": the provincial capital, not the province
        if written == "Hồ Chí Minh" and _PERSON_BEFORE.search(before):
            continue  # "Đoàn TNCS Hồ Chí Minh", "Chủ tịch Hồ Chí Minh": the person
        mentions.append(Mention(match.start(), match.end(), name, "province", match.group()))
    return mentions


def find_provincial_cities(text: str) -> list[Mention]:
    """ "thành phố Sóc Trăng", "TP. Bạc Liêu": a provincial city named like its province.
    Not the province for statistics, but a gift to the city or its bodies is a gift to
    the province (docs/intake-annotation.md), so support reads them as the province."""
    if "hành phố" not in text and "TP" not in text and "Tp" not in text:
        return []
    mentions = []
    for match, written, name, before in _capitalised_province_names(text):
        if name not in MUNICIPALITIES and _CITY_BEFORE.search(before):
            mentions.append(Mention(match.start(1), match.end(), name, "province", written))
    return mentions


_HOSPITAL = re.compile(
    r"(?:Bệnh viện|BV)\s+((?:(?:Đa khoa|Phổi|Nhi|Sản|Lao|Bệnh|Dã chiến|Hữu nghị|số|Trung ương)"
    r"\s+)*"
    rf"(?:{CAP_WORD}|\d+)(?:\s+(?:(?!TP\b|Tp\b){CAP_WORD}|\d+(?!\d)(?!\s+[a-zà-ỹ])"
    r"|đới|chiến|khoa|ương|tỉnh|thành phố|khu vực|nhất|học|dược|nghị))*)"
)
_LEGAL_FORM = (
    r"(?:[Cc]ổ phần|[Tt]rách nhiệm hữu hạn|[Tt]ập đoàn|[Đđ]ầu tư|[Tt]hương mại|[Dd]ịch vụ"
    r"|[Ss]ản xuất|Chữ thập đỏ|[Vv]ắc xin phòng|[Vv]ì"
    # lower-case syllables inside trade names, between capitalised words ("Cao su Đồng Phú",
    # "Doanh nhân trẻ Việt Nam", "Dầu khí Việt Nam")
    r"|su|khí|thép|điện|lực|dược|phẩm|nhân trẻ|[Bb]ảo hiểm(?: nhân thọ)?|chứng khoán|sữa"
    r"|[Xx]ây dựng|vận tải|[Tt]ừ thiện"
    r"|du lịch|khoáng sản|nông nghiệp|công nghệ|thực phẩm|xuất nhập khẩu|nhựa|dệt may"
    r"|bất động sản|hàng không|viễn thông|thiết bị|y tế|số kiến thiết|xổ số kiến thiết"
    # "Công ty CP vàng bạc đá quý Phú Nhuận"
    r"|vàng bạc(?: đá quý)?|đá quý"
    # "Lâm nghiệp", "Công nghiệp": the second syllable of an industry
    r"|nghiệp"
    # the legal form "TNHH Một thành viên", "TNHH Hai thành viên (trở lên)"
    r"|(?:[Mm]ột|[Hh]ai) thành viên(?: trở lên)?)"
)
# Two trade words joined by "và" stay one name: "Công ty TNHH Cơ khí Xây dựng và Thương mại
# Tiên Tiến", "Công ty Đầu tư và Thương mại …" (only a trade word may follow "và").
_JOINED_LEGAL_FORM = rf"{_LEGAL_FORM}(?:\s+và\s+{_LEGAL_FORM})?"
# A product word may close a trade name in lower case: "Công ty Cổ phần Việt Xô gas".
_TRADE_TAIL = r"(?:\s*(?<=\s)(?:gas|thép|nhựa|dược|sữa)(?=[\s,.;)]))?"
# A group's legal form after a dash: "Tập đoàn Vingroup-Công ty CP", "… – Công ty Cổ phần".
_GROUP_COMPANY_TAIL = (
    r"(?:(?:(?<=-Công )|(?<=-Công) )ty(?:\s+(?:CP|TNHH|[Cc]ổ phần))?"
    r"|(?<=\s)[-–]\s+Công ty(?:\s+(?:CP|TNHH|[Cc]ổ phần))?)?"
)
_NAME_WORD = rf"(?!{_LEGAL_FORM}\s)[{UPPER}][\wà-ỹ&\-]*"
# A branch's place after a dash closes the name: "Nhà máy bia Heineken Việt Nam - Tiền Giang".
# (a province's name only: "Tập đoàn Phương Trang - FUTA Group" is two names of one giver)
_PLACE_TAIL = (
    rf"(?:(?<=\s)[-–]\s(?P<place>{CAP_WORD}(?:\s{CAP_WORD}){{0,2}})(?=\s+[a-zà-ỹđ]|[,.;]))?"
)
# Names are written in sentence case: a capitalised word may be followed by one or two
# lower-case words inside the name when a capitalised word follows them ("Khách sạn Hồng
# Vận", "Hội Thầy thuốc trẻ Việt Nam", "Nhà máy bia Heineken", "Thương mại Đài Loan Chi
# nhánh Thái Bình"); never a verb, a preposition or a place word, which end the name ("Công
# ty A tặng Bệnh viện B", "Công ty A tại Bình Dương").
_NOT_IN_A_NAME = (
    r"(?:và|cùng|với|của|cho|tặng|trao|hộ|trợ|giúp|gửi|đến|tới|về|tại|ở|thuộc|do|từ|là|có"
    r"|đã|vừa|sẽ|cũng|đang|được|nhận|giao|hợp|chuyển|trong|ngoài|nhằm|để|theo|qua|gồm|như"
    r"|ngày|sáng|chiều|tối|trưa|đêm|tỉnh|thành|phố|huyện|quận|xã|phường|thị|các|những|một"
    r"|hai|ba|nhiều|người|đại|diện|ông|bà|anh|chị|mua|bán|ơn|vì|bởi|khi|sau|trước|hoặc"
    r"|đóng|góp|chung|tay|kết|nối|phân|bổ|cấp|viện|tổ|chức|lễ|tiếp|ký|bàn|thăm)"
)
_INNER_LOWER = rf"(?:(?!{_NOT_IN_A_NAME}(?![\wà-ỹ]))[a-zà-ỹđ]+\s+){{1,2}}(?=[{UPPER}])"
# A branch in a province closes the name, maybe after a lower-case word or two of it:
# "Ngân hàng Nhà nước chi nhánh tỉnh Quảng Trị", "Vietcombank Chi nhánh Quảng Ninh".
_BRANCH_TAIL = (
    rf"(?:(?<=\s)(?:(?!{_NOT_IN_A_NAME}(?![\wà-ỹ]))[a-zà-ỹđ]+\s+){{0,2}}[Cc]hi nhánh\s+"
    rf"(?:tại\s+)?(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?{CAP_WORD}(?:\s{CAP_WORD}){{0,2}})?"
)
_COMPANY = re.compile(
    rf"(?:[Cc]ông ty|[Tt]ập đoàn|Tổng [Cc]ông ty|Quỹ|Ngân hàng|Đại sứ quán|Tổng Lãnh sự quán"
    rf"|Lãnh sự quán|Tổ chức|Hiệp hội|Hội)\s+"
    # the legal form may be written in lower case: "Công ty Cổ phần Than Hà Lầm", "Công ty
    # CP Tập đoàn Hoa Sen", "Hội Chữ thập đỏ tỉnh …", "Quỹ Vắc xin phòng COVID-19"
    # "Công ty CP Thương mại Sản xuất Xây dựng Hưng Thịnh": trade words may follow each other
    rf"(?:{_JOINED_LEGAL_FORM}\s+)*(?:{_NAME_WORD}\s*(?:{_INNER_LOWER})?)+"
    rf"(?:(?:{_JOINED_LEGAL_FORM}\s+)+(?:{_NAME_WORD}\s*(?:{_INNER_LOWER})?)+)*"
    rf"{_TRADE_TAIL}{_GROUP_COMPANY_TAIL}{_PLACE_TAIL}{_BRANCH_TAIL}"
)
# The Red Cross and its branches give under their own name: "Hội Chữ thập Đỏ tỉnh Kiên
# Giang", "Hội Chữ thập đỏ Thành phố Hồ Chí Minh", "Hội Chữ thập đỏ Việt Nam".
_RED_CROSS = re.compile(
    r"Hội Chữ thập [Đđ]ỏ(?:\s+Việt Nam)?"
    rf"(?:\s+(?:tỉnh|[Tt]hành phố|TP\.?|huyện|quận|thị xã)\s*{CAP_WORD}(?:\s+{CAP_WORD}){{0,3}})?"
)
# A giver known by its initials, right before its giving verb or after "đại diện": "SCB
# ủng hộ 50 tỷ đồng", "đại diện SCB đã trao tặng …" (not the bodies' initials below).
_ACRONYM_GIVER = re.compile(
    r"[A-ZĐ][A-ZĐ0-9&]{1,5}"
    r"(?=\s+(?:(?:đã|vừa|cũng|sẽ|tiếp tục)\s+)*(?:trao|tặng|ủng hộ|tài trợ)(?![\wà-ỹ]))"
)
# The Front's central committee written out: "Ủy ban Trung ương Mặt Trận Tổ Quốc (MTTQ) Việt
# Nam" is "Ủy ban Trung ương MTTQ Việt Nam".
_CENTRAL_FRONT = re.compile(
    r"(?:Ủy|Uỷ) ban Trung ương (?:MTTQ|[Mm]ặt [Tt]rận [Tt]ổ [Qq]uốc)(?:\s*\(MTTQ\))? Việt Nam"
)
# A brand's provincial branch gives under its name: "Sacombank Chi nhánh Hà Tĩnh",
# "Vietcombank chi nhánh Quảng Ninh" (a one-word Latin brand).
_BRAND_BRANCH = re.compile(
    rf"(?<![\wà-ỹ])[A-Z][A-Za-z&]{{2,15}}\s+[Cc]hi nhánh\s+{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}"
)
_ADMINISTRATIVE_INITIALS = frozenset(
    {"UBND", "HĐND", "MTTQ", "UBMTTQ", "BCĐ", "CDC", "TTYT", "BV", "TP", "TX", "BĐBP", "UB"}
    | {"BHG", "BTV", "PV", "CP", "TNHH", "TMCP", "MTV", "VN", "BCH", "BYT", "TW", "QĐ"}
    # the city's initials ("Quỹ … TP HCM cũng tặng"): a province, not a giver's short name
    | {"HCM", "TPHCM"}
)
# A chain named by its trade and name: "Hệ thống tiêm chủng VNVC", "Hệ thống nhà thuốc Long
# Châu" (not "Hệ thống Quốc gia", the national case system).
_CHAIN = re.compile(
    r"[Hh]ệ thống\s+(?:tiêm chủng|siêu thị|nhà thuốc|bán lẻ|bệnh viện)\s+"
    rf"(?:{_NAME_WORD}\s+)*{_NAME_WORD}"
)
_KNOWN_NAMES = re.compile(
    "(?:"
    + "|".join(
        re.escape(name)
        for name in sorted({*INTERNATIONAL_BODIES, *KNOWN_GROUPS}, key=len, reverse=True)
    )
    + r")(?![\wà-ỹ])"
)
_SHORT_NAME_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z&\- ]{1,20}\)")
_COMPANY_WITH_SHORT_NAME = re.compile(
    r"(?P<name>(?:[Cc]ông ty|[Tt]ập đoàn|Tổng [Cc]ông ty|Ngân hàng)\s+"
    r"(?:(?!\s(?:và|cùng|với|đã|trao|tặng|ủng hộ|hỗ trợ)\s)[^(),.;]){3,80}?)"
    r"\s*\((?P<short>[A-Z][A-Za-z&\- ]{1,20})\)"
)
# "Chính phủ Liên bang Nga", "Chính phủ Cộng hòa Séc": the state's form is no part of the
# country's name (the annotation's "Nga", "Séc").
_STATE_FORM = r"(?:Liên bang|Cộng hòa|Cộng hoà|Vương quốc|Đại công quốc|Hợp chủng quốc)"
_FOREIGN_GOVERNMENT = re.compile(
    rf"Chính phủ\s+(?:nước\s+)?(?:{_STATE_FORM}\s+)?(?!Việt Nam)"
    rf"(?:{CAP_WORD})(?:\s+{CAP_WORD}){{0,2}}"
)
# "Chính phủ và nhân dân Nhật Bản tặng …": the country gives.
_FOREIGN_PEOPLE = re.compile(
    rf"Chính phủ và nhân dân\s+(?!Việt Nam)(?P<country>{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}})"
)
# Countries that give as themselves: "do Mỹ hỗ trợ", "Đức hỗ trợ Việt Nam", "Bộ Quốc phòng
# Trung Quốc trao tặng". Named only next to a giving verb or as a ministry's country, so that
# "vaccine Sinopharm (Trung Quốc)" or "bay từ Nhật Bản" names no giver.
FOREIGN_COUNTRIES = frozenset(
    {"Mỹ", "Hoa Kỳ", "Nhật Bản", "Đức", "Pháp", "Anh", "Úc", "Australia", "Hàn Quốc"}
    | {"Trung Quốc", "Nga", "Canada", "Italy", "Ý", "New Zealand", "Ba Lan", "Hungary", "Séc"}
    | {"Romania", "Na Uy", "Thụy Điển", "Đan Mạch", "Hà Lan", "Bỉ", "Thụy Sĩ", "Singapore"}
    | {"Lào", "Campuchia", "Thái Lan", "Ấn Độ", "Israel", "Cuba", "Áo", "Slovakia", "Bulgaria"}
    | {"Malaysia", "Indonesia", "Philippines", "Ireland", "Tây Ban Nha", "Bồ Đào Nha", "Brunei"}
)
_COUNTRY = "(?:" + "|".join(sorted(FOREIGN_COUNTRIES, key=len, reverse=True)) + r")(?![\wà-ỹ])"
_FOREIGN_GIVER = re.compile(
    rf"(?<=\bdo ){_COUNTRY}(?=\s+(?:đã\s+|vừa\s+)?(?:hỗ trợ|viện trợ|trao tặng|tặng|tài trợ))"
    rf"|(?<![\wà-ỹ]){_COUNTRY}(?=\s+(?:đã\s+|vừa\s+|tiếp tục\s+)?(?:hỗ trợ|viện trợ|tặng)"
    r"\s+(?:thêm\s+)?Việt Nam)"
)
_FOREIGN_MINISTRY = re.compile(
    rf"Bộ (?:Quốc phòng|Ngoại giao|Y tế|Công an)\s+(?:nước\s+)?{_COUNTRY}"
)
# Places of worship give under their own name: "Chùa Tường Nguyên", "Thiền viện Trúc Lâm",
# "Giáo xứ Thái Hà" (up to four capitalised words).
_WORSHIP_PLACE = re.compile(
    r"(?:Chùa|Thiền viện|Tu viện|Tịnh xá|Giáo xứ|Nhà thờ|Thánh thất)\s+"
    rf"{CAP_WORD}(?:\s+{CAP_WORD}){{0,3}}"
)
_WORSHIP_WORDS = ("Chùa", "Thiền viện", "Tu viện", "Tịnh xá", "Giáo xứ", "Nhà thờ", "Thánh thất")
_COMPANY_KIND = re.compile(
    r"^(?:[Cc]ông ty|[Tt]ập đoàn|Tổng [Cc]ông ty|Quỹ|Ngân hàng|Đại sứ quán|Tổng Lãnh sự quán"
    r"|Lãnh sự quán|Tổ chức|Hiệp hội|Hội)\s+(?:(?:CP|TNHH|Cổ phần|TMCP|MTV)\s+)*"
)
# Every company form starts with one of these words (a substring test first).
_COMPANY_WORDS = (
    "ông ty",
    "ập đoàn",
    "Quỹ",
    "Ngân hàng",
    "Đại sứ",
    "Lãnh sự",
    "Tổ chức",
    "Hội",
    "iệp hội",
)
# A province's own bodies give as the province (docs/intake-annotation.md): "Sở Y tế
# tỉnh Tuyên Quang", "UBND tỉnh Bình Dương", "Ủy ban MTTQ Việt Nam tỉnh Gia Lai".
_DEPARTMENT = re.compile(
    r"(?:Sở Y tế|Sở [A-ZĐ][\wà-ỹ]*(?: [a-zà-ỹ]+){0,3}|UBND|Ủy ban nhân dân|Uỷ ban nhân dân"
    r"|(?:Ủy|Uỷ) ban MTTQ(?: Việt Nam)?|(?:Ủy|Uỷ) ban Mặt trận Tổ quốc(?: Việt Nam)?"
    r"|Tỉnh ủy|Thành ủy"
    r"|Bộ Chỉ huy Quân sự|Bộ Tư lệnh|Công an|Trung tâm Kiểm soát bệnh tật|CDC"
    r"|Ban Chỉ đạo phòng,? chống dịch(?: COVID-19| Covid-19)?)"
    r"\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$"
)
# "vợ chồng anh Đặng Văn Nghĩa", "ông Nguyễn Văn A", "gia đình bà …": a person's name
# (two to four capitalised words) after a kinship or civility word.
# (The civility word first: a pattern that opens with literals is scanned far faster.)
_PERSON = re.compile(
    rf"(?:ông|bà|anh|chị|cụ)\s+(?:(?:anh|ông|chị|bà)\s+)*"
    rf"(?P<name>{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}})"
)
# The Bank for Social Policies' provincial branches give often; its name has lower-case
# words: "Ngân hàng Chính sách xã hội chi nhánh Tiền Giang" → "… xã hội Tiền Giang".
# The giver of a passive "đã được Central Group trao tặng …": whatever capitalised name
# stands between "được" and a giving verb (a brand the other patterns do not know).
_PASSIVE_GIVER = re.compile(
    rf"(?<=được )(?:{CAP_WORD}\s+){{0,4}}{CAP_WORD}"
    r"(?=\s+(?:trao tặng|trao|tặng|ủng hộ|tài trợ|viện trợ)(?![\wà-ỹ]))"
)
_SOCIAL_POLICY_BANK = re.compile(r"Ngân hàng Chính sách xã hội(?:\s+chi nhánh)?(?:\s+tỉnh)?\s+")


def _cut_hospital(name: str, seen: set[str]) -> str:
    """The hospital part of "Chợ Rẫy Nguyễn Tri Thức": a known or shorter seen name."""
    candidates = [*KNOWN_HOSPITALS, *seen]
    best = None
    for candidate in candidates:
        if (name == candidate or name.startswith(candidate + " ")) and (
            best is None or len(candidate) > len(best)
        ):
            best = candidate
    return best if best else name


# The national vaccine fund, however written: "Quỹ vắc xin phòng, chống COVID-19", "Quỹ
# vaccine phòng Covid-19 Việt Nam", "quỹ vắc xin của Chính phủ"; and "Quỹ" alone as a giving
# verb's object once the article has named it ("trao tặng Quỹ số tiền …").
_COVID_NAME = r"(?:COVID|Covid|covid)(?:\s?[-–]\s?19)?"
_VACCINE_FUND = re.compile(
    r"[Qq]uỹ\s+(?:vắc[ -]?xin|vaccine|vacxin)"
    rf"(?:\s+phòng(?:,?\s+chống)?(?:\s+dịch)?\s+{_COVID_NAME}(?:\s+Việt Nam)?)?"
    r"(?:\s+(?:của Chính phủ|quốc gia))?"
)
_NATIONAL_FUND = re.compile(r"Việt Nam|Chính phủ|quốc gia|Thủ tướng")
_PROVINCES_FRONT = re.compile(
    r"(?:(?:Ủy|Uỷ) ban MTTQ|MTTQ|(?:Ủy|Uỷ) ban Mặt trận Tổ quốc|UBND|(?:Ủy|Uỷ) ban nhân dân)"
    r"(?: Việt Nam)?\s+(?:tỉnh|thành phố|TP)(?![\wà-ỹ])"
)
_FUND_ALONE = re.compile(
    r"(?:tặng|trao|hộ|cho|vào) (?P<fund>Quỹ)(?![\wà-ỹ])(?!\s+[A-ZĐ])"
    r"(?!\s+(?:phòng|vắc|vaccine))"
)


def _vaccine_fund(text: str) -> list[Mention]:
    """The fund's mentions: a full name as written; a short one ("quỹ vắc xin của Chính
    phủ", "Quỹ" alone) by the full name the article gave last before it, else its longest
    (the annotation's "the fund as the article names it")."""
    found = list(_VACCINE_FUND.finditer(text))
    if not found:
        return []
    full = [
        (m.start(), re.sub(r"\s+(?:của Chính phủ|quốc gia)$", "", m.group()))
        for m in found
        if "phòng" in m.group()
    ]
    if not full:
        return []  # "ủng hộ Quỹ vaccine và công tác phòng, chống dịch": no fund named as such
    national = any(_NATIONAL_FUND.search(text, m.start(), m.end() + 40) for m in found)
    if not national and _PROVINCES_FRONT.search(text):
        # a fund the article does not name as the national one ("… Việt Nam", "… của Chính
        # phủ") on a page where a province's front or committee receives: what it receives
        # for the fund goes to the province (327)
        return []

    def label(at: int, written: str) -> str:
        before = [name for start, name in full if start <= at]
        name = before[-1] if before else max((n for _, n in full), key=len, default=written)
        return name[:1].upper() + name[1:]

    mentions = [
        Mention(m.start(), m.end(), label(m.start(), m.group()), "body", m.group()) for m in found
    ]
    for alone in _FUND_ALONE.finditer(text, found[0].start()):
        start, end = alone.span("fund")
        mentions.append(Mention(start, end, label(start, "Quỹ"), "body", alone.group("fund")))
    return mentions


def find_organisations(text: str, extra_hospitals: tuple[str, ...] = ()) -> list[Mention]:
    """Hospitals (full name and short name), national bodies, companies, provincial
    health departments and provinces, without overlaps, in text order."""
    raw = list(_HOSPITAL.finditer(text)) if "Bệnh viện" in text or "BV" in text else []
    words = [match.group(1).strip() for match in raw]
    # A name seen on its own somewhere ("Bệnh viện Chợ Rẫy sẽ...") cuts the longer ones.
    seen = set(extra_hospitals) | {
        w for w in words if any(o != w and o.startswith(w + " ") for o in words)
    }
    mentions: list[Mention] = []
    short_names: set[str] = set()
    for match, name in zip(raw, words, strict=True):
        cut = _cut_hospital(name, seen)
        start = match.start()
        end = match.start(1) + len(cut)
        mentions.append(Mention(start, end, f"Bệnh viện {cut}", "hospital", text[start:end]))
        short_names.add(cut)
    # "y bác sĩ Chợ Rẫy": the short name alone, once the article has named the hospital.
    for short in short_names:
        if canonical_province(short) or len(short) < 4:
            continue
        for match in re.finditer(rf"(?<![\wà-ỹ]){re.escape(short)}(?![\wà-ỹ])", text):
            if not any(m.start <= match.start() < m.end for m in mentions):
                mentions.append(
                    Mention(
                        match.start(), match.end(), f"Bệnh viện {short}", "hospital", match.group()
                    )
                )
    # "các nhà hảo tâm trong nhóm “Vườn măng cụt”": a named group of donors.
    for match in re.finditer(r"nhóm\s+[“\"]([^”\"]{2,60})[”\"]", text):
        mentions.append(Mention(match.start(), match.end(), match.group(1), "group", match.group()))
    companies: dict[str, str] = {}
    has_company = any(word in text for word in _COMPANY_WORDS)
    # "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)": a long name with lower-case
    # words, closed by its short name in brackets, is one giver.
    bracketed = has_company and _SHORT_NAME_IN_BRACKETS.search(text) is not None
    # The giver is named by the full name without the bracket (docs/intake-annotation.md,
    # "Abbreviations in parentheses", 332), and so is the short name written later
    # ("Ngân hàng TMCP Việt Nam Thịnh Vượng (VPBank) … VPBank cũng tài trợ …").
    for match in _COMPANY_WITH_SHORT_NAME.finditer(text) if bracketed else ():
        short = match.group("short").strip()
        label = match.group("name").strip()
        label = label[:1].upper() + label[1:]
        mentions.append(Mention(match.start(), match.end(), label, "company", match.group()))
        companies.setdefault(short, label)
    # "Chính phủ Hoa Kỳ", "Chính phủ Nhật Bản": a foreign government gives as itself.
    for match in _FOREIGN_PEOPLE.finditer(text) if "nhân dân" in text else ():
        country = match.group("country")
        mentions.append(Mention(match.start(), match.end(), country, "body", match.group()))
    # "Chính phủ Nhật Bản": named by the country, as "Chính phủ và nhân dân Nhật Bản" is
    # (docs/intake-annotation.md, 115)
    for match in _FOREIGN_GOVERNMENT.finditer(text) if "Chính phủ" in text else ():
        country = re.sub(rf"^Chính phủ\s+(?:nước\s+)?(?:{_STATE_FORM}\s+)?", "", match.group())
        mentions.append(Mention(match.start(), match.end(), country, "body", match.group()))
    worship = any(word in text for word in _WORSHIP_WORDS)
    for match in _WORSHIP_PLACE.finditer(text) if worship else ():
        mentions.append(Mention(match.start(), match.end(), match.group(), "group", match.group()))
    # (forty substring tests cost far less than the pattern's scan of a text naming none)
    foreign = any(country in text for country in FOREIGN_COUNTRIES)
    for match in _FOREIGN_GIVER.finditer(text) if foreign else ():
        mentions.append(Mention(match.start(), match.end(), match.group(), "body", match.group()))
    for match in _FOREIGN_MINISTRY.finditer(text) if foreign and "Bộ " in text else ():
        mentions.append(Mention(match.start(), match.end(), match.group(), "body", match.group()))
    for match in _BRAND_BRANCH.finditer(text) if "hi nhánh" in text else ():
        mentions.append(
            Mention(match.start(), match.end(), match.group(), "company", match.group())
        )
    for match in _RED_CROSS.finditer(text) if "Chữ thập" in text else ():
        mentions.append(
            Mention(match.start(), match.end(), match.group(), "company", match.group())
        )
    for match in _CHAIN.finditer(text) if "ệ thống" in text else ():
        label = match.group()[:1].upper() + match.group()[1:]
        mentions.append(Mention(match.start(), match.end(), label, "company", match.group()))
    for match in _PASSIVE_GIVER.finditer(text) if "được " in text else ():
        mentions.append(
            Mention(match.start(), match.end(), match.group(), "company", match.group())
        )
    for match in _COMPANY.finditer(text) if has_company else ():
        name = match.group().strip()
        place = match.group("place")
        if place and canonical_province(place) is None:
            name = text[match.start() : match.start("place")].rstrip(" -–")
        label = name[:1].upper() + name[1:]  # "tập đoàn Sovico" → "Tập đoàn Sovico"
        mentions.append(Mention(match.start(), match.start() + len(name), label, "company", name))
        short = _COMPANY_KIND.sub("", name)
        if len(short) >= 3 and not canonical_province(short):
            companies.setdefault(short, label)
    # "THACO đã trao …", "Phương Trang tặng …": the short name, once the article has
    # named the company in full.
    for short, label in companies.items():
        written = "|".join(re.escape(form) for form in {short, short.upper()})
        for match in re.finditer(rf"(?<![\wà-ỹ])(?:{written})(?![\wà-ỹ])", text):
            mentions.append(Mention(match.start(), match.end(), label, "company", match.group()))
    for match in _CENTRAL_FRONT.finditer(text) if "Trung ương" in text else ():
        label = NATIONAL_BODIES["Ủy ban Trung ương MTTQ Việt Nam"]
        mentions.append(Mention(match.start(), match.end(), label, "body", match.group()))
    for body, canonical in NATIONAL_BODIES.items():
        start = text.find(body)
        while start >= 0:
            match_end = start + len(body)
            mentions.append(Mention(start, match_end, canonical, "body", body))
            start = text.find(body, match_end)
    provinces = find_provinces(text)
    for match in _SOCIAL_POLICY_BANK.finditer(text):
        branch = [p for p in provinces if p.start == match.end()]
        end = branch[0].end if branch else match.end() - 1
        label = "Ngân hàng Chính sách xã hội" + (f" {branch[0].name}" if branch else "")
        mentions.append(Mention(match.start(), end, label, "company", text[match.start() : end]))
    # Read back from each province (few) rather than scanning the text for the bodies' names.
    for province in provinces:
        own_body = _DEPARTMENT.search(text, max(0, province.start - 50), province.start)
        if own_body:
            mentions.append(
                Mention(
                    own_body.start(),
                    province.end,
                    province.name,
                    "department",
                    text[own_body.start() : province.end],
                )
            )
    # One alternation for all the names (a regex per name cost more than the rest together).
    for match in _KNOWN_NAMES.finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "_"):
            continue  # inside a word
        written = match.group()
        if written in INTERNATIONAL_BODIES:
            mention = Mention(
                match.start(), match.end(), INTERNATIONAL_BODIES[written], "body", written
            )
        else:
            mention = Mention(match.start(), match.end(), KNOWN_GROUPS[written], "company", written)
        mentions.append(mention)
    for match in _PERSON.finditer(text):
        start, end = match.start("name"), match.end("name")
        if match.start() and text[match.start() - 1].isalpha():
            continue  # "nhanh Nguyễn …": inside a word
        if canonical_province(match.group("name")) is None:
            mentions.append(
                Mention(match.start(), end, match.group("name"), "person", text[start:end])
            )
    if "uỹ" in text:
        mentions += _vaccine_fund(text)
    # Last, so that a known name at the same place wins ("THACO" is "Tập đoàn Thaco").
    for initials in _ACRONYM_GIVER.finditer(text):
        name, start = initials.group(), initials.start()
        inside_a_word = start > 0 and (text[start - 1].isalnum() or text[start - 1] in "&_")
        if not inside_a_word and name not in _ADMINISTRATIVE_INITIALS:
            mentions.append(Mention(start, initials.end(), name, "company", name))
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    # The names kept do not overlap and are sorted: a province overlaps one of them only if
    # the last one starting before the province's end reaches past its start.
    starts = [m.start for m in kept]
    taken = list(kept)
    for province in provinces:
        index = bisect.bisect_left(starts, province.end) - 1
        if index < 0 or taken[index].end <= province.start:
            kept.append(province)
    kept.sort(key=lambda m: m.start)
    return kept


@functools.cache
def _province_codes() -> dict[str, str]:
    table = resources.files("chongdich.data").joinpath("vn_provinces_63_reference.csv")
    codes: dict[str, str] = {}
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = normalise(row["name_vi"])
            codes[_DISPLAY.get(name, name)] = row["gso_code"]
    return codes


def province_code(name: str | None) -> str | None:
    """The GSO code (pre-2025 map) of a province written in any known form."""
    if not name:
        return None
    display = canonical_province(name)
    return _province_codes().get(display) if display else None
