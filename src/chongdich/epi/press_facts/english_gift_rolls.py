"""Givers named beside their own gift in an English roll of donations, the receiver being the
one the lead names ("The VFF Central Committee on June 1 received donations …"):

- the giver before its gift, in a clause of the receiving sentence: "…, with the Vietnam News
  Agency (VNA) contributing 450 million VND";
- each later gift of a giving clause after its own giver: "The Association of Vietnamese in
  Macau contributed 131.7 million VND, the Ministry of Home Affairs, 456 million VND";
- a roll item of its own after the clause before: "; Toyota Vietnam with 10 billion VND; …; and
  Hung Tuy furniture showroom with 1.5 billion VND" (a name as written, lower-case words too).

A State ministry named in English gives under its Vietnamese name, as the Health Ministry is
"Bộ Y tế" (docs/intake-annotation.md, "Added for test37 to test39").
"""

from __future__ import annotations

import re

# A giver's name in a roll: capitalised first, then a few words of any case; an acronym in
# brackets after it is dropped ("Vietnam Social Security (VSS) with 2 billion VND").
_ROLL_NAME = r"(?:the\s+)?(?P<name>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,5}?)(?:\s+\([A-Z]{2,8}\))?"
_GIVER_BEFORE = re.compile(
    rf"\bwith\s+{_ROLL_NAME}\s+(?:contributing|donating|giving|presenting|offering)\s+$"
)
# Between one gift and the next: ", the Ministry of Home Affairs, ", "; Toyota Vietnam with ",
# "; Mobifone Dong Thap " (a name of capitalised words only may stand right before its gift).
_ACRONYM = r"(?:\s+\([A-Z]{2,8}\))?"
_NEXT_GIVER = re.compile(
    rf"^\s*[,;]?\s*(?:and\s+)?(?!(?:These|This|Those|They|Its|Their|It|A|An)\b)"
    rf"(?:{_ROLL_NAME}(?:\s*,\s*|\s+with\s+)"
    rf"|(?:the\s+)?(?P<capitalised>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{0,5}}){_ACRONYM}\s+)$"
)
_MINISTRIES = {
    "Health": "Bộ Y tế",
    "Finance": "Bộ Tài chính",
    "Home Affairs": "Bộ Nội vụ",
    "Foreign Affairs": "Bộ Ngoại giao",
    "National Defence": "Bộ Quốc phòng",
    "National Defense": "Bộ Quốc phòng",
    "Defence": "Bộ Quốc phòng",
    "Public Security": "Bộ Công an",
    "Education and Training": "Bộ Giáo dục và Đào tạo",
    "Labour, Invalids and Social Affairs": "Bộ Lao động - Thương binh và Xã hội",
    "Industry and Trade": "Bộ Công Thương",
    "Planning and Investment": "Bộ Kế hoạch và Đầu tư",
    "Transport": "Bộ Giao thông vận tải",
    "Construction": "Bộ Xây dựng",
    "Agriculture and Rural Development": "Bộ Nông nghiệp và Phát triển nông thôn",
    "Information and Communications": "Bộ Thông tin và Truyền thông",
    "Justice": "Bộ Tư pháp",
    "Science and Technology": "Bộ Khoa học và Công nghệ",
    "Culture, Sports and Tourism": "Bộ Văn hóa, Thể thao và Du lịch",
    "Natural Resources and Environment": "Bộ Tài nguyên và Môi trường",
}
_MINISTRY = re.compile(
    r"(?:[Tt]he\s+)?(?:Ministry\s+of\s+(?P<of>{names})|(?P<before>{names})\s+Ministry)".format(
        names="|".join(sorted((re.escape(n) for n in _MINISTRIES), key=len, reverse=True))
    )
)


def giver_before(s: str, gift_start: int) -> str | None:
    """ "…, with the Vietnam News Agency (VNA) contributing " right before the gift."""
    named = _GIVER_BEFORE.search(s, 0, gift_start)
    return named.group("name") if named else None


def next_giver(s: str, start: int, end: int) -> str | None:
    """The giver named alone between the gift before (ending at ``start``) and the next one
    (starting at ``end``), or at a roll item's head (``start`` 0)."""
    named = _NEXT_GIVER.match(s[start:end])
    return (named.group("name") or named.group("capitalised")) if named else None


def as_vietnamese_ministry(name: str) -> str | None:
    """A State ministry's Vietnamese name ("the Ministry of Home Affairs": "Bộ Nội vụ")."""
    named = _MINISTRY.fullmatch(name.strip())
    return _MINISTRIES[named.group("of") or named.group("before")] if named else None
