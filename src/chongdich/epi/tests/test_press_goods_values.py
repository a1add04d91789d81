"""Money after "trị giá số hàng (trên)", "giá trị lô vật tư này" values the goods given, it is
no money given; money given after the goods stays. On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "Directives and support events across the
development sets (rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows

_DAY = dt.date(2021, 8, 5)


@pytest.mark.parametrize(
    "value",
    [
        "Tổng trị giá số hàng trên khoảng 30 triệu đồng",
        "Giá trị lô vật tư này là 30 triệu đồng",
        "Tổng trị giá số quà trên hơn 30 triệu đồng",
    ],
)
def test_a_value_of_the_goods_is_no_money_given(value):
    text = (
        "Ngày 4/8, Công ty TNHH Minh Phát trao tặng 5.000 khẩu trang y tế cho tỉnh Ninh Thuận. "
        f"{value} do gia đình ông Trần Văn Tư tại tỉnh Ninh Thuận hỗ trợ."
    )
    items = [row[2] for row in gift_rows(text, _DAY)]
    assert "money_vnd" not in items
    assert "mask" in items


def test_money_given_next_to_goods_stays():
    text = (
        "Ngày 4/8, Công ty TNHH Minh Phát trao tặng 5.000 khẩu trang y tế và 30 triệu đồng cho "
        "tỉnh Ninh Thuận."
    )
    assert sorted(row[2] for row in gift_rows(text, _DAY)) == ["mask", "money_vnd"]
