"""Cities named otherwise than their province ("TP Vinh" is in Nghệ An): a bulletin that
names no province but lists such a city among its localities is that province's.

A closed list: the 63 provinces' (pre-2025) capitals whose names differ from the
province's, and a few other provincial cities the press names as often. Cities named like
their province ("TP Thanh Hóa") are the gazetteer's (``find_provincial_cities``)."""

from __future__ import annotations

import re

CITY_PROVINCES = {
    "Điện Biên Phủ": "Điện Biên",
    "Hạ Long": "Quảng Ninh",
    "Móng Cái": "Quảng Ninh",
    "Cẩm Phả": "Quảng Ninh",
    "Uông Bí": "Quảng Ninh",
    "Việt Trì": "Phú Thọ",
    "Vĩnh Yên": "Vĩnh Phúc",
    "Phủ Lý": "Hà Nam",
    "Vinh": "Nghệ An",
    "Đồng Hới": "Quảng Bình",
    "Đông Hà": "Quảng Trị",
    "Huế": "Thừa Thiên Huế",
    "Tam Kỳ": "Quảng Nam",
    "Hội An": "Quảng Nam",
    "Quy Nhơn": "Bình Định",
    "Tuy Hòa": "Phú Yên",
    "Nha Trang": "Khánh Hòa",
    "Cam Ranh": "Khánh Hòa",
    "Phan Rang-Tháp Chàm": "Ninh Thuận",
    "Phan Rang - Tháp Chàm": "Ninh Thuận",
    "Phan Thiết": "Bình Thuận",
    "Pleiku": "Gia Lai",
    "Buôn Ma Thuột": "Đắk Lắk",
    "Gia Nghĩa": "Đắk Nông",
    "Đà Lạt": "Lâm Đồng",
    "Bảo Lộc": "Lâm Đồng",
    "Đồng Xoài": "Bình Phước",
    "Thủ Dầu Một": "Bình Dương",
    "Biên Hòa": "Đồng Nai",
    "Vũng Tàu": "Bà Rịa–Vũng Tàu",
    "Tân An": "Long An",
    "Mỹ Tho": "Tiền Giang",
    "Cao Lãnh": "Đồng Tháp",
    "Sa Đéc": "Đồng Tháp",
    "Long Xuyên": "An Giang",
    "Châu Đốc": "An Giang",
    "Rạch Giá": "Kiên Giang",
    "Phú Quốc": "Kiên Giang",
    "Vị Thanh": "Hậu Giang",
}
_CITY = re.compile(
    r"(?:\bTP\.?|\bTp\.?|[Tt]hành phố)\s*(?P<city>"
    + "|".join(re.escape(c) for c in sorted(CITY_PROVINCES, key=len, reverse=True))
    + r")(?![\wà-ỹ])"
)


def province_of_cities(text: str) -> str | None:
    """The one province whose cities the text names ("TP Vinh", "thành phố Buôn Ma
    Thuột"), None when it names none or cities of two provinces."""
    if "TP" not in text and "Tp" not in text and "hành phố" not in text:
        return None
    named = {CITY_PROVINCES[m.group("city")] for m in _CITY.finditer(text)}
    return named.pop() if len(named) == 1 else None


# An outlet named after a provincial city: its name first ("Vinh 24h") or after "thành phố"
# ("Cổng TTĐT thành phố Huế"); not a note in brackets (a national paper's tag page "TP Đồng
# Xoài").
_CITY_OUTLET = re.compile(
    r"(?:^|(?:[Tt]hành phố|TP\.?)\s+)(?P<city>"
    + "|".join(re.escape(c) for c in sorted(CITY_PROVINCES, key=len, reverse=True))
    + r")(?![\wà-ỹ])"
)


def city_outlet(outlet: str) -> str | None:
    """The province of the city an outlet is named after, else None (its header names no
    province: a city site's bulletins and notices are about that province)."""
    match = _CITY_OUTLET.search(outlet.split("(", 1)[0])  # the name, not a note on the page
    return CITY_PROVINCES[match.group("city")] if match else None
