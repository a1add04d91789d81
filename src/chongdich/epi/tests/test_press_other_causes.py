"""Gifts for another cause than the epidemic (a family's house, a flood or a storm, a
scholarship) are no support events; a gift against the epidemic listed with one stays. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"Directives and support events across the development sets (rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows

_DAY = dt.date(2021, 7, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Công ty TNHH Bảo Minh Long An hỗ trợ 60 triệu đồng xây dựng nhà tình nghĩa cho gia đình "
        "ông Trần Văn Tư, xã Tân Hòa.",
        "Ngân hàng Nông nghiệp chi nhánh Đồng Tháp trao 50 triệu đồng sửa chữa nhà ở cho hộ "
        "nghèo tại huyện Cao Lãnh.",
        "Tỉnh Quảng Bình ủng hộ 200 triệu đồng giúp đồng bào tỉnh Quảng Trị khắc phục hậu quả "
        "bão lũ.",
        "Công ty Cổ phần Thép Việt trao 40 triệu đồng học bổng cho học sinh nghèo tỉnh Hà Tĩnh.",
        "Tiền Giang: + Công ty Xổ số Kiến thiết Bến Tre hỗ trợ 45 triệu đồng xây nhà đại đoàn kết "
        "cho hộ bà Lê Thị Mai + Huyện Chợ Gạo ra quân kiểm tra.",
    ],
)
def test_a_gift_for_another_cause_is_no_event(text):
    assert gift_rows(text, _DAY) == []


def test_a_kit_listed_with_a_house_is_still_given():
    text = (
        "Ông Nguyễn Văn Hải đã trao tặng 3.000 bộ kit test nhanh Covid-19 và 2 căn nhà tình "
        "nghĩa cho tỉnh Hậu Giang."
    )
    assert gift_rows(text, _DAY, ("recipient", "item", "quantity")) == [
        ("Hậu Giang", "test_kit", 3000)
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Công ty Cổ phần Dược Hậu Giang trao tặng 20 máy đo độ bão hòa ô xy cho tỉnh Sóc "
            "Trăng.",
            ("Sóc Trăng", "pulse_oximeter", 20),
        ),
        (
            "Tập đoàn Hoa Sen ủng hộ 500 triệu đồng cho tỉnh Nghệ An phòng, chống dịch Covid-19.",
            ("Nghệ An", "money_vnd", 500_000_000),
        ),
    ],
)
def test_an_epidemic_gift_near_the_cause_words_stays(text, row):
    assert gift_rows(text, _DAY, ("recipient", "item", "quantity")) == [row]
