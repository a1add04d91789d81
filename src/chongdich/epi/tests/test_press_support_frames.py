"""Support frames found on test9 and written as mechanisms, on sentences invented for the
test (not taken from any corpus file): a giver's seat in brackets, a receiver passing a
gift on, the total a set of gifts was worth (docs/INTAKE.md, "test9 as development data")."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows


def _gifts(text, published=dt.date(2021, 8, 20), home=None):
    return sorted(gift_rows(text, published, home=home))


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 12/8, Công ty TNHH Thiết bị Y tế Minh Long (TP. Hồ Chí Minh) đã trao 20 máy thở "
        "tặng Ủy ban MTTQ Việt Nam tỉnh để phục vụ công tác phòng, chống dịch.",
        "Chiều 12/8, Tập đoàn Dệt may Hưng Thịnh (Hà Nội) trao tặng Ủy ban MTTQ Việt Nam tỉnh "
        "20 máy thở.",
    ],
)
def test_a_province_in_brackets_after_the_giver_is_its_seat_not_the_receiver(text):
    gifts = _gifts(text, home="Gia Lai")
    assert [(g[1], g[2], g[3]) for g in gifts] == [("Gia Lai", "ventilator", 20)]


def test_a_gift_passed_on_after_it_was_received_is_no_new_gift():
    text = (
        "Chiều 9/9, Công ty CP Dược Hậu Giang đã ủng hộ tỉnh Sóc Trăng 5 máy thở. Sau khi "
        "tiếp nhận, số máy này đã được phân bổ 2 máy thở cho Bệnh viện Đa khoa tỉnh Sóc Trăng."
    )
    assert _gifts(text) == [("Công ty CP Dược Hậu Giang", "Sóc Trăng", "ventilator", 5)]


@pytest.mark.parametrize(
    "worth",
    [
        "Tổng trị giá trao tặng đạt trên 300 triệu đồng.",
        "Tổng giá trị ủng hộ là 300 triệu đồng.",
    ],
)
def test_what_the_gifts_were_worth_is_no_money_given(worth):
    text = "Sáng 3/8, Công ty CP May Sông Hồng trao tặng tỉnh Thái Bình 500 bộ đồ bảo hộ. " + worth
    assert _gifts(text) == [("Công ty CP May Sông Hồng", "Thái Bình", "ppe_kit", 500)]
