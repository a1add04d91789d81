"""One quantity given to two provinces at once ("cho tỉnh A và B", "cho hai địa phương này")
is no event, having no count for each; one province's bodies joined by "và" are one
receiver. On sentences invented for the test (not taken from
any corpus file). docs/INTAKE.md, "Directives and support events across the development sets
(rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows

_DAY = dt.date(2021, 8, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Tập đoàn Hoa Sen đã trao tặng 40.000 bộ kit xét nghiệm nhanh cho tỉnh Nghệ An và Hà Tĩnh.",
        "Công ty CP Dược Hậu Giang ủng hộ 2 tỷ đồng cho Sóc Trăng và Bạc Liêu.",
        "Nhằm chia sẻ khó khăn với tỉnh Nghệ An và Hà Tĩnh, Tập đoàn Hoa Sen đã trao tặng 40.000 "
        "bộ kit xét nghiệm nhanh cho hai địa phương này.",
    ],
)
def test_one_quantity_for_two_provinces_is_no_event(text):
    assert gift_rows(text, _DAY) == []


def test_a_second_province_named_in_another_sentence_takes_nothing_away():
    text = (
        "Tập đoàn Hoa Sen đã trao tặng 20.000 bộ kit xét nghiệm cho tỉnh Nghệ An. Tỉnh Nghệ An và "
        "Hà Tĩnh cảm ơn tập đoàn."
    )
    assert gift_rows(text, _DAY, ("recipient", "quantity")) == [("Nghệ An", 20000)]


def test_one_provinces_two_bodies_are_one_receiver():
    text = (
        "Tập đoàn Hoa Sen đã trao tặng 40.000 bộ kit xét nghiệm nhanh cho Sở Y tế tỉnh Nghệ An và "
        "Bệnh viện Hữu nghị Đa khoa Nghệ An."
    )
    assert [row[1] for row in gift_rows(text, _DAY)] == ["Nghệ An"]
