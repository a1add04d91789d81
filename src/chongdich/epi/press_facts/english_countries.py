"""Countries as English pages name them, and their names in Vietnamese: a country's
government gives as the country (docs/intake-annotation.md)."""

from __future__ import annotations

import re

# Country governments give as their country, named in Vietnamese (docs/intake-annotation.md).
COUNTRIES = {
    "U.S.": "Mỹ",
    "US": "Mỹ",
    "United States": "Mỹ",
    "America": "Mỹ",
    "Japan": "Nhật Bản",
    "Japanese": "Nhật Bản",
    "Korea": "Hàn Quốc",
    "Republic of Korea": "Hàn Quốc",
    "China": "Trung Quốc",
    "Australia": "Úc",
    "Germany": "Đức",
    "France": "Pháp",
    "United Kingdom": "Anh",
    "UK": "Anh",
    "India": "Ấn Độ",
    "Russia": "Nga",
    "Canada": "Canada",
    "Singapore": "Singapore",
    "Belgium": "Bỉ",
    "Slovakia": "Slovakia",
    "Austria": "Áo",
    "Czech Republic": "Séc",
    "Italy": "Ý",
    "Netherlands": "Hà Lan",
    "New Zealand": "New Zealand",
    "Switzerland": "Thụy Sĩ",
    "Poland": "Ba Lan",
    "Hungary": "Hungary",
}
# "the Australian Government": an adjective names the country only before "Government"
# ("the Korean Embassy" gives as the embassy, by the name the article uses).
_ADJECTIVES_OF = {
    "American": "Mỹ",
    "Australian": "Úc",
    "Korean": "Hàn Quốc",
    "Chinese": "Trung Quốc",
    "German": "Đức",
    "French": "Pháp",
    "British": "Anh",
    "Indian": "Ấn Độ",
    "Russian": "Nga",
    "Canadian": "Canada",
    "Singaporean": "Singapore",
}
COUNTRIES.update(_ADJECTIVES_OF)
# A country's name (no adjective), longest first.
COUNTRY_NAME = (
    r"(?:"
    + "|".join(
        re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True) if c not in _ADJECTIVES_OF
    )
    + r")"
)
COUNTRY = re.compile(
    rf"(?<![\w.])(?:the\s+)?(?P<c>{COUNTRY_NAME[3:-1]}"
    + r"|(?:"
    + "|".join(_ADJECTIVES_OF)
    + r")(?=\s+(?:[Gg]overnment|states|people)))(?![\w])"
)
