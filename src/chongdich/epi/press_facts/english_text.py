"""English articles: province names written without diacritics.

Vietnamese outlets' English pages ("Ba Ria – Vung Tau", "Thua Thien-Hue", "HCM City",
"Hanoi") name provinces without diacritics, which the gazetteer (capitalised Vietnamese
forms) does not match. In a text that reads as English, each such name is rewritten in its
Vietnamese form before extraction, so every rule that finds provinces finds these too.
A Vietnamese text is left alone: an unaccented "Long An" there is no reason to guess.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from importlib import resources

from ..gazetteer import canonical_province

# Function words that occur in nearly every English sentence and in no Vietnamese one.
_ENGLISH_WORDS = re.compile(
    r"\b(?:[Tt]he|and|of|with|has|have|were|was|which|to|from|for|is|are|by|on|in)\b"
)
_VIETNAMESE_LETTERS = re.compile(r"[à-ỹđĐ]")
# English names of provinces beside the registry's "name_en" ("Ha Noi").
_ENGLISH_FORMS = {
    "Hà Nội": ("Hanoi",),
    # (an English page may keep the accents: "Hồ Chí Minh City (377)")
    "Thành phố Hồ Chí Minh": (
        "Ho Chi Minh City",
        "Hồ Chí Minh City",
        "HCM City",
        "HCMC",
        "Ho Chi Minh",
    ),
    "Đà Nẵng": ("Danang",),
    "Hải Phòng": ("Haiphong",),
    "Đắk Lắk": ("Daklak", "Dak Lak", "Dac Lac"),
    "Đắk Nông": ("Dak Nong",),
    "Thừa Thiên Huế": ("Thua Thien Hue", "Thua Thien", "Hue"),
    "Bà Rịa–Vũng Tàu": ("Ba Ria Vung Tau",),
}


def reads_as_english(text: str) -> bool:
    """Two English function words or more, and fewer than four Vietnamese letters for
    each (a Vietnamese sentence has dozens, an English one with a few names a handful).
    Letters of capitalised words are not counted: an English page may keep the names'
    accents ("Bình Dương (4,223), TP. Hồ Chí Minh (3,375), …", forty provinces long)."""
    sample = text[:1500]
    english = len(_ENGLISH_WORDS.findall(sample))
    if english < 2:
        return False
    lower_words = " ".join(word for word in sample.split() if not word[:1].isupper())
    return english * 4 > len(_VIETNAMESE_LETTERS.findall(lower_words))


def with_vietnamese_province_names(text: str) -> str:
    """``text`` with each unaccented province name in its Vietnamese form, if the text
    reads as English; otherwise ``text`` unchanged."""
    if not reads_as_english(text):
        return text
    forms = _unaccented_forms()
    return _unaccented_pattern().sub(
        lambda m: m.group() if _a_district(text, m) else forms[_squeeze(m.group())], text
    )


# A district that shares a province's name ("the districts of Dong Hai, Hoa Binh, Vinh Loi",
# "Hoa Binh district"): left as written, so that no province is read from it.
_DISTRICT_AFTER = re.compile(r"\s+(?:[Dd]istricts?|[Cc]ommunes?|[Ww]ards?)\b")
_DISTRICTS_OF = re.compile(
    r"\b(?:districts|communes|wards)\s+of\s+(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*,\s*)*"
    r"(?:and\s+)?$"
)


def _a_district(text: str, match: re.Match[str]) -> bool:
    return bool(
        _DISTRICT_AFTER.match(text, match.end())
        or _DISTRICTS_OF.search(text, max(0, match.start() - 120), match.start())
    )


# English writes "1,804" for a thousand and more and "5.21" for a decimal; the Vietnamese
# readers take "1.804" and "5,21". Swapped one character for one, so no span moves.
_ENGLISH_DIGIT_MARK = re.compile(r"(?<=\d)(?:,(?=\d{3}(?!\d))|\.(?=\d(?!\d{2}(?!\d))))")


def with_vietnamese_digit_marks(text: str) -> str:
    """``text`` (English) with its thousands commas and decimal points the Vietnamese way."""
    return _ENGLISH_DIGIT_MARK.sub(lambda m: "." if m.group() == "," else ",", text)


# The directive the press cites by number and the measure it brings, as English outlets
# write them ("Directive 16", "Directive No. 16", "the Prime Minister's Directive No 16",
# "Directive No.16/CT-TTg", "Directives No.16, No.15, No.19"; "social distancing", "social
# isolation"), in the words the directive reader takes ("Chỉ thị 16, Chỉ thị 15, …").
_NUMBERED = r"(?:No\.?\s*)?\d{1,3}(?:/CT-TTg)?\b(?![.,]\d)"
_ENGLISH_DIRECTIVE = re.compile(
    rf"\bDirectives?\s+(?P<first>{_NUMBERED})(?P<more>(?:\s*(?:,|and|or|,\s*and)\s*{_NUMBERED})*)"
)
_ONE_NUMBER = re.compile(rf"(?P<joint>\s*(?:,|and|or|,\s*and)\s*)?(?P<number>{_NUMBERED})")
_ENGLISH_DISTANCING = re.compile(r"\b[Ss]ocial (?:distancing|isolation)\b")
# A decision cited by its full number: "Decision 3616/QD-BYT", "Decision No. 261/QĐ-BYT".
_ENGLISH_DECISION = re.compile(r"\bDecision\s+(?:No\.?\s*)?(?=\d+/)")


_NO = re.compile(r"^No\.?\s*")


def _as_chi_thi(match: re.Match[str]) -> str:
    numbers = _ONE_NUMBER.finditer(match.group("first") + match.group("more"))
    return "".join(
        (one.group("joint") or "") + "Chỉ thị " + _NO.sub("", one.group("number"))
        for one in numbers
    )


def with_vietnamese_directive_words(text: str) -> str:
    """``text`` (English) with its cited directives and decisions and social distancing the
    Vietnamese way ("Directive No. 16" → "Chỉ thị 16", "Decision 261/QD-BYT" → "Quyết định
    261/QD-BYT")."""
    text = _ENGLISH_DIRECTIVE.sub(_as_chi_thi, text) if "Directive" in text else text
    text = _ENGLISH_DECISION.sub("Quyết định ", text) if "Decision" in text else text
    return _ENGLISH_DISTANCING.sub("giãn cách xã hội", text)


_CURLY_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")


def with_straight_apostrophes(text: str) -> str:
    """``text`` with "country’s" written "country's", as the patterns read it."""
    return _CURLY_APOSTROPHE.sub("'", text) if "’" in text else text


# A wire dateline: a place, perhaps a date, the agency in brackets, a dash ("Hanoi (VNA) –",
# "HÀ NỘI —", "HANOI, Dec. 31 (Xinhua) —", "HCMC –"), at a line's start or after a cut.
_DATELINE = re.compile(
    r"(?m)(?:^|(?<=…))[ \t]*(?P<place>[A-ZĐ][\w.]*(?:[ \t]+[A-ZĐ][\w.]*){0,3}?)"
    r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*(?P<agency>\([^()\n]{2,40}\))?"
    r"[ \t]*(?:--|[–—-])[ \t]*(?=[A-Z])"
)
# The lead names its own subject: the country, a national body, or a province.
_NATIONAL_SUBJECT = re.compile(
    r"\b(?:Vietnam|Viet Nam|Việt Nam|[Tt]he country|[Tt]he (?:Ministry|Health Ministry|National"
    r"|Government|Prime Minister|Vietnam Fatherland Front|VFF)\b)"
)


def without_datelines(text: str) -> str:
    """``text`` (English) with the province of a wire dateline blanked when the lead after it
    names its own subject: the dateline says where the story was filed ("Hanoi (VNA) – The
    Vietnam Fatherland Front … received", "HCMC – The Ba Ria-Vung Tau government has
    decided"), not what its figures are about. A provincial story's dateline ("Da Nang (VNA) –
    The city has …") stays, its only name of the province."""
    if "–" not in text and "—" not in text and " -" not in text:
        return text
    forms = _unaccented_forms()
    for match in _DATELINE.finditer(text):
        place = match.group("place")
        if _squeeze(strip_diacritics(place)) not in forms:
            continue
        if not (match.group("agency") or place.isupper()):
            continue
        lead_end = text.find(".", match.end(), match.end() + 200)
        lead = text[match.end() : lead_end if lead_end > 0 else match.end() + 200]
        if _NATIONAL_SUBJECT.search(lead) or any(
            forms.get(_squeeze(m.group())) != forms[_squeeze(strip_diacritics(place))]
            for m in _unaccented_pattern().finditer(lead)
        ):
            start, end = match.span("place")
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def find_unaccented_provinces(text: str) -> list[tuple[int, int, str]]:
    """(start, end, display name) of each unaccented province name in ``text``."""
    forms = _unaccented_forms()
    return [
        (m.start(), m.end(), forms[_squeeze(m.group())])
        for m in _unaccented_pattern().finditer(text)
    ]


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _squeeze(written: str) -> str:
    """One key for the spellings of a name: dashes and spaces of any kind as one space."""
    return re.sub(r"\s*[-–—]\s*|\s+", " ", written).lower()


@functools.cache
def _unaccented_forms() -> dict[str, str]:
    """Squeezed unaccented form → the province's Vietnamese display name. A form shared
    by two provinces is left out."""
    candidates: dict[str, set[str]] = {}
    for form, display in _written_pairs():
        candidates.setdefault(_squeeze(form), set()).add(display)
    return {form: names.pop() for form, names in candidates.items() if len(names) == 1}


@functools.cache
def _written_forms() -> tuple[str, ...]:
    """The unaccented spellings, as capitalised as the press writes them."""
    known = _unaccented_forms()
    return tuple(sorted({form for form, _ in _written_pairs() if _squeeze(form) in known}))


@functools.cache
def _written_pairs() -> tuple[tuple[str, str], ...]:
    """(an unaccented or English spelling, the province's display name)."""
    table = resources.files("chongdich.data").joinpath("vn_provinces_63_reference.csv")
    pairs: list[tuple[str, str]] = []
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = unicodedata.normalize("NFC", row["name_vi"])
            display = canonical_province(name) or name
            written = {strip_diacritics(name), row["name_en"], *_ENGLISH_FORMS.get(name, ())}
            written.add(re.sub(r"^Thanh pho ", "", strip_diacritics(name)))
            pairs.extend((form, display) for form in written)
    return tuple(pairs)


@functools.cache
def _unaccented_pattern() -> re.Pattern[str]:
    # Longest first, each space free to be a dash: "Ba Ria – Vung Tau", "Thua Thien-Hue".
    forms = sorted(_written_forms(), key=len, reverse=True)
    spelled = (r"\s*[-–—]?\s*".join(map(re.escape, form.split())) for form in forms)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(spelled)})(?![\w-])")
