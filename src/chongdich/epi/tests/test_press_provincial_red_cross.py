"""A province's Red Cross gives to another province as its province; to its own province's
units it keeps its name; a district's Red Cross keeps its name. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Directives and
support events across the development sets (rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows

_DAY = dt.date(2021, 6, 15)


@pytest.mark.parametrize(
    "giver",
    ["Hội Chữ thập đỏ tỉnh Thanh Hóa", "Hội Chữ thập Đỏ tỉnh Thanh Hóa"],
)
def test_a_provinces_red_cross_gives_as_the_province(giver):
    text = f"Chiều 14/6, {giver} đã trao tặng 3.000 khẩu trang y tế cho tỉnh Ninh Bình."
    assert gift_rows(text, _DAY) == [("Thanh Hóa", "Ninh Bình", "mask", 3000)]


def test_a_provinces_red_cross_giving_to_its_own_province_keeps_its_name():
    text = (
        "Chiều 14/6, Hội Chữ thập đỏ tỉnh Thanh Hóa đã trao tặng 3.000 khẩu trang cho Bộ Chỉ huy "
        "Bộ đội Biên phòng tỉnh Thanh Hóa."
    )
    assert [row[0] for row in gift_rows(text, _DAY)] in ([], ["Hội Chữ thập đỏ tỉnh Thanh Hóa"])


def test_a_districts_red_cross_keeps_its_name():
    text = (
        "Chiều 14/6, Hội Chữ thập đỏ huyện Nga Sơn đã trao tặng 3.000 khẩu trang y tế cho tỉnh "
        "Ninh Bình."
    )
    rows = gift_rows(text, _DAY)
    assert [row[1:] for row in rows] == [("Ninh Bình", "mask", 3000)]
    assert rows[0][0] != "Thanh Hóa"
