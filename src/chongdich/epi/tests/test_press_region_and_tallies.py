"""Support for a city with its region ("hỗ trợ TP Hồ Chí Minh và các tỉnh, thành phố khu vực
phía Nam", "tham gia chống dịch tại TP Hồ Chí Minh và các địa phương khu vực phía Nam") has no
single recipient, before or after the verb; "Đến nay các doanh nghiệp đã tham gia hỗ trợ 4315
máy thở …" is what givers have given so far, not an event. On sentences invented for the test
(not taken from any corpus file). docs/INTAKE.md, "test46 to test49 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows


def _gifts(text):
    return gift_rows(text, dt.date(2021, 8, 20))


@pytest.mark.parametrize(
    "text",
    [
        "Để hỗ trợ TP Hồ Chí Minh và các tỉnh, thành phố khu vực phía Nam chống dịch, Bộ Y tế "
        "đã cử 2.400 cán bộ y tế.",
        "Bộ Y tế đã điều động 900 cán bộ y tế tham gia chống dịch tại TP Hồ Chí Minh và các "
        "địa phương khu vực phía Nam.",
        "Tập đoàn Vingroup tặng 300 máy thở cho Đồng Nai và các tỉnh miền Nam.",
        "Đến nay các doanh nghiệp đã tham gia hỗ trợ Bình Dương 1.200 máy thở các loại.",
        "Tính đến nay, các doanh nghiệp đã hỗ trợ Bình Dương 1.200 máy thở.",
    ],
)
def test_no_single_recipient_or_a_tally(text):
    assert _gifts(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Sáng 20/8, Tập đoàn Vingroup tặng 300 máy thở cho Đồng Nai.",
            ("Tập đoàn Vingroup", "Đồng Nai", "ventilator", 300),
        ),
        (
            "Sáng 20/8, Bộ Y tế đã điều động 900 cán bộ y tế hỗ trợ TP Hồ Chí Minh.",
            ("Bộ Y tế", "TP HCM", "medical_staff", 900),
        ),
    ],
)
def test_one_recipient_still_receives(text, row):
    assert _gifts(text) == [row]
