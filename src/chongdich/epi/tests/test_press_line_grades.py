"""Two lines of one item in one gift are told apart by their grade ("4 lớp", "N95"); a
grade every line shares tells nothing and the detail stays empty (docs/intake-annotation.md,
"detail")."""

from __future__ import annotations

import datetime as dt

from chongdich.epi.tests.press_helpers import gift_rows

DAY = dt.date(2021, 7, 1)
COLUMNS = ("item", "quantity", "detail")


def test_mask_grades_tell_two_lines_apart():
    text = (
        "Sáng 2/7, tỉnh Khánh Hòa hỗ trợ tỉnh Phú Yên 20.000 khẩu trang (4 lớp), 2.000 khẩu "
        "trang N95 (hoặc tương đương) và 2.000 bộ trang phục phòng hộ cá nhân."
    )
    assert gift_rows(text, DAY, COLUMNS) == [
        ("mask", 20000, "4 lớp"),
        ("mask", 2000, "N95"),
        ("ppe_kit", 2000, ""),
    ]


def test_other_writings_of_mask_grades():
    text = (
        "Ngày 5/8, Công ty Hoa Sen trao tặng tỉnh Long An 10.000 khẩu trang y tế 3 lớp và "
        "5.000 khẩu trang KN95."
    )
    assert gift_rows(text, DAY, COLUMNS) == [("mask", 10000, "3 lớp"), ("mask", 5000, "KN95")]


def test_a_grade_every_line_shares_is_no_detail():
    text = (
        "Ngày 5/8, Công ty Hoa Sen trao tặng tỉnh Long An 1.000 khẩu trang N95 cho Bệnh viện "
        "Đa khoa tỉnh Long An và 500 khẩu trang N95 cho Trung tâm Y tế huyện Cần Đước."
    )
    assert {detail for _, _, detail in gift_rows(text, DAY, COLUMNS)} == {""}


def test_one_line_keeps_no_grade():
    text = "Ngày 5/8, Công ty Hoa Sen trao tặng tỉnh Long An 5.000 khẩu trang KN95."
    assert gift_rows(text, DAY, COLUMNS) == [("mask", 5000, "")]
