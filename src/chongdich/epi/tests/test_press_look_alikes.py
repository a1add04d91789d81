"""Text written in look-alike characters (small capitals, mathematical or full-width digits,
Greek or Cyrillic letters inside Vietnamese words, a decoration mark on every letter) is
read as the plain text a reader sees. On sentences invented for the test (not taken from
any corpus file), converted here the way "fancy text" pages convert theirs. docs/INTAKE.md,
"test14 and test15 as development data"."""

import datetime as dt
import unicodedata

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.press_facts.look_alikes import fold_look_alikes

_SMALL = dict(zip("abcdefghijklmnopqrtuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀᴛᴜᴠᴡʏᴢ", strict=True))


def _small_capitals(text: str) -> str:
    """Lower-case letters and digits as a small-capitals converter writes them (capitals,
    including Đ, become small capitals too where one exists)."""
    out = []
    for char in unicodedata.normalize("NFD", text):
        if char.isdigit():
            out.append(chr(0x1D7F6 + int(char)))  # MATHEMATICAL MONOSPACE DIGIT
        else:
            out.append(_SMALL.get(char.lower(), char))
    return unicodedata.normalize("NFC", "".join(out))


def _decorated(text: str, mark: str) -> str:
    return "".join(char + mark for char in text)  # spaces too, as such pages write them


def _stats(text):
    facts = extract_facts(text, dt.date(2021, 9, 14), use_ner=False)
    return {
        (s["province"], key): value
        for s in facts.province_stats
        for key, value in s.items()
        if key in {"new_cases_24h", "cumulative_cases", "deaths"} and value
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 13/9, tỉnh Quảng Ngãi ghi nhận thêm 27 ca mắc mới.",
        "Trong ngày 13/9, Sóc Trăng có thêm 27 ca mắc COVID-19 mới.",
        "Thêm 27 ca mắc mới tại Lạng Sơn trong ngày 13/9.",
        "Ngày 13/9, Thừa Thiên Huế ghi nhận 27 ca mắc mới, nâng tổng số ca lên 1.245.",
    ],
)
def test_a_province_count_in_small_capitals_is_read(sentence):
    plain = _stats(sentence)
    assert plain  # the sentence is read when plain
    assert _stats(_small_capitals(sentence)) == plain


def test_a_province_list_in_small_capitals_keeps_each_provinces_count():
    text = (
        "Ngày 13/9, Bộ Y tế ghi nhận 2.140 ca mắc mới, trong đó: "
        "Bình Phước (412), Hậu Giang (96), Kon Tum (8)."
    )
    read = _stats(_small_capitals(text))
    assert read[("Bình Phước", "new_cases_24h")] == 412
    assert read[("Hậu Giang", "new_cases_24h")] == 96
    assert read[("Kon Tum", "new_cases_24h")] == 8


@pytest.mark.parametrize("mark", ["\u0332", "\u033c", "\u0336"])
def test_a_decoration_mark_on_every_letter_is_dropped(mark):
    sentence = "Ngày 13/9, Yên Bái ghi nhận thêm 31 ca mắc mới."
    assert _stats(_decorated(sentence, mark)) == {("Yên Bái", "new_cases_24h"): 31}


def test_full_width_and_bold_digits_are_digits():
    sentence = "Ngày 13/9, Ninh Thuận ghi nhận thêm ４２ ca mắc mới; Phú Thọ thêm 𝟏𝟓 ca."
    assert _stats(sentence) == {
        ("Ninh Thuận", "new_cases_24h"): 42,
        ("Phú Thọ", "new_cases_24h"): 15,
    }


def test_greek_and_cyrillic_letters_inside_vietnamese_words_are_latin():
    folded = fold_look_alikes("ca nhιễm mới, ca тυ̛̉ vong, Hà Nộι")
    assert folded == "ca nhiễm mới, ca tử vong, Hà Nội"


def test_english_in_small_capitals_is_read():
    sentence = (
        "Vietnam's 645 new infections comprise 5 imported cases and 640 domestically "
        "transmitted cases, the Ministry of Health said on Monday."
    )
    assert _stats(_small_capitals(sentence)) == _stats(sentence) != {}


# Negatives: what must give no fact, and text that must stay as written.


def test_a_window_of_hours_in_small_capitals_gives_no_days_count():
    sentence = "Từ 6h đến 12h ngày 13/9, Quảng Ngãi ghi nhận thêm 27 ca mắc mới."
    assert _stats(_small_capitals(sentence)) == _stats(sentence) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Vaccine Спутник V được cấp phép",  # a Cyrillic word standing alone
        "biến chủng Delta (δ) và Omicron (ο)",  # Greek letters as themselves
        "Hà Nội ghi nhận 12 ca.",  # Vietnamese marks (the dot below) are no decoration
    ],
)
def test_text_without_look_alikes_stays_as_written(text):
    assert fold_look_alikes(text) == unicodedata.normalize("NFC", text)


def test_lower_case_words_in_small_capitals_are_no_province():
    # "hòa bình" (peace) in running text is recased only as a province's name would be;
    # with no count beside it, no fact comes of it.
    sentence = "Người dân mong cuộc sống sớm trở lại hòa bình, không có ca bệnh mới."
    assert _stats(_small_capitals(sentence)) == {}
