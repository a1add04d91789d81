"""A national bulletin's items in one sentence: "bao gồm bốn ca cách ly ngay sau khi nhập
cảnh tại Khánh Hòa và 147 ca ghi nhận trong nước tại TP HCM (118), Phú Yên (10)" - a small
count spelled out is a count; the imported item's province is the one it names, though the
next item follows; the count heading a counted list is the country's, not the province
before it. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test14 and test15 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "imported_cases", "local_cases")


def _stats(text):
    return stats_by_province(text, dt.date(2021, 7, 5), _FIELDS)


@pytest.mark.parametrize(
    ("text", "imported", "local", "where"),
    [
        (
            "Sáng 5/7, Việt Nam ghi nhận 63 ca mắc mới, bao gồm ba ca cách ly ngay sau khi "
            "nhập cảnh tại Quảng Nam và 60 ca ghi nhận trong nước tại Bắc Giang (41), "
            "Hà Nam (12), Lạng Sơn (7).",
            3,
            60,
            "Quảng Nam",
        ),
        (
            "Bộ Y tế cho biết trong ngày có 63 ca mắc mới, gồm hai ca nhập cảnh được cách ly "
            "tại Kiên Giang, 61 ca lây nhiễm trong nước tại Bắc Giang (41), Hà Nam (13), "
            "Lạng Sơn (7).",
            2,
            61,
            "Kiên Giang",
        ),
        (
            "Tối 5/7, cả nước thêm 63 ca mắc mới: 5 ca nhập cảnh tại Tây Ninh và 58 ca "
            "trong nước ở Bắc Giang (40), Hà Nam (11), Lạng Sơn (7).",
            5,
            58,
            "Tây Ninh",
        ),
        (
            "Trưa 5/7, Việt Nam có thêm 63 ca mắc mới, trong đó bốn ca nhập cảnh tại Bình "
            "Dương và 59 ca trong nước tại Bắc Giang (41), Hà Nam (11), Lạng Sơn (7).",
            4,
            59,
            "Bình Dương",
        ),
    ],
)
def test_a_bulletins_items_go_where_each_says(text, imported, local, where):
    read = _stats(text)
    assert read[None]["imported_cases"] == imported
    assert read[None]["local_cases"] == local
    assert read[where] == {"imported_cases": imported}
    assert read["Bắc Giang"]["new_cases_24h"] in {40, 41}


# Negatives: what must give no fact.


def test_a_spelled_out_number_that_is_no_count_gives_nothing():
    # "năm" is a year here, "ba" a part of a name: no imported count
    text = "Trong năm 2021, Ba Vì đón nhiều người nhập cảnh từ các tỉnh."
    assert _stats(text) == {}


def test_a_province_before_a_count_of_its_own_keeps_it():
    # no counted list after the count: the province before is its subject
    text = "Ngày 5/7, Quảng Nam ghi nhận 60 ca mắc mới tại các khu cách ly."
    assert _stats(text) == {"Quảng Nam": {"new_cases_24h": 60}}


def test_words_that_are_no_count_before_ca_give_nothing():
    assert _stats("Nhân viên y tế làm việc ba ca liên tục tại Quảng Nam và Đà Nẵng.") == {}
