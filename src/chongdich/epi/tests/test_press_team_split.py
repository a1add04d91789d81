"""Teams split between receivers: each team goes where its own words send it ("1 đoàn 30 cán
bộ y tế hỗ trợ TP.HCM và 1 đoàn 20 … hỗ trợ tỉnh Bình Dương"), and a team whose sender the
sentence does not name comes from the province the article names most besides its
receivers. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test12 and test13 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows


def _gifts(text):
    return set(gift_rows(text, dt.date(2021, 8, 3)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sở Y tế tỉnh Nghệ An cử 1 đoàn 25 y bác sĩ hỗ trợ Đồng Nai và 1 đoàn 15 y bác sĩ "
            "hỗ trợ tỉnh Long An.",
            {
                ("Nghệ An", "Đồng Nai", "medical_staff", 25),
                ("Nghệ An", "Long An", "medical_staff", 15),
            },
        ),
        (
            "Sáng 3/8, UBND tỉnh Hà Tĩnh tổ chức lễ tiễn đoàn cán bộ y tế lên đường. Đoàn được "
            "chia làm 2 nhóm, 1 nhóm 12 nhân viên y tế chi viện TP.HCM và 1 nhóm 8 nhân viên y "
            "tế giúp tỉnh Đồng Nai.",
            {
                ("Hà Tĩnh", "TP HCM", "medical_staff", 12),
                ("Hà Tĩnh", "Đồng Nai", "medical_staff", 8),
            },
        ),
        (
            "Đợt này, tỉnh Bình Định cử 40 cán bộ y tế hỗ trợ tỉnh Bình Dương và 10 cán bộ y tế "
            "hỗ trợ TP HCM.",
            {
                ("Bình Định", "Bình Dương", "medical_staff", 40),
                ("Bình Định", "TP HCM", "medical_staff", 10),
            },
        ),
        (
            "Tỉnh Quảng Trị tiễn đoàn y tế lên đường. Đoàn gồm 20 y bác sĩ chi viện cho tỉnh "
            "Long An.",
            {("Quảng Trị", "Long An", "medical_staff", 20)},
        ),
    ],
)
def test_each_team_goes_where_its_words_send_it(text, expected):
    assert _gifts(text) == expected


def test_a_semicolon_ends_an_items_own_receiver():
    text = (
        "Tỉnh Quảng Nam trích 800 triệu đồng để hỗ trợ. Trong đó, hỗ trợ tỉnh Gia Lai số tiền "
        "500 triệu đồng; hỗ trợ tỉnh Kon Tum số tiền 300 triệu đồng."
    )
    assert _gifts(text) == {
        ("Quảng Nam", "Gia Lai", "money_vnd", 500_000_000),
        ("Quảng Nam", "Kon Tum", "money_vnd", 300_000_000),
    }


def test_one_team_for_two_receivers_has_no_receiver():
    assert _gifts("Đoàn 30 y bác sĩ lên đường hỗ trợ TP HCM và Bình Dương.") == set()
