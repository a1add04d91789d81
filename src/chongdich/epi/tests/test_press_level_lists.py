"""Provinces listed under one epidemic level, and communes counted per level, on sentences
invented for the test (not taken from any corpus file): the phrasing families of
docs/INTAKE.md, "test5 and test6 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.tests.press_helpers import stats_by_province


def _levels(text, published=dt.date(2022, 1, 20)):
    stats = extract_facts(text, published, use_ner=False).province_stats
    return {s["province"]: s["level"] for s in stats if s["level"] is not None}


def _stats_by_province(text, published=dt.date(2022, 1, 20)):
    return stats_by_province(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Có 3 tỉnh thuộc cấp độ dịch 2 gồm: Sơn La, Điện Biên và Lai Châu.",
            {"Sơn La": 2, "Điện Biên": 2, "Lai Châu": 2},
        ),
        (
            "Các địa phương ở vùng cam (cấp độ 3) là: Phú Yên, Bình Định, Quảng Ngãi.",
            {"Phú Yên": 3, "Bình Định": 3, "Quảng Ngãi": 3},
        ),
        (
            "Danh sách 4 tỉnh, thành phố thuộc cấp độ 1 về dịch (vùng xanh), bao gồm:\n\n"
            "Hà Giang, TP Cần Thơ, Bà Rịa- Vũng Tàu và Kon Tum.",
            {"Hà Giang": 1, "Cần Thơ": 1, "Bà Rịa–Vũng Tàu": 1, "Kon Tum": 1},
        ),
        (
            "Trong tuần, vùng vàng có 2 tỉnh gồm Nam Định và Thái Bình.",
            {"Nam Định": 2, "Thái Bình": 2},
        ),
        (
            "Cấp độ 4 (vùng đỏ): Tây Ninh, Vĩnh Long.\nCấp độ 3 (vùng cam): Trà Vinh, Bạc Liêu.",
            {"Tây Ninh": 4, "Vĩnh Long": 4, "Trà Vinh": 3, "Bạc Liêu": 3},
        ),
        ("Cấp độ 2: có 2 tỉnh, gồm Hà Tĩnh, Quảng Trị.", {"Hà Tĩnh": 2, "Quảng Trị": 2}),
        (
            "Các tỉnh được xếp cấp độ 2 gồm:\n- Hòa Bình\n- Phú Thọ\n- Yên Bái",
            {"Hòa Bình": 2, "Phú Thọ": 2, "Yên Bái": 2},
        ),
    ],
)
def test_a_level_heading_gives_its_level_to_every_province_of_the_list_it_opens(text, expected):
    assert _levels(text) == expected


def test_two_lists_in_one_article_keep_their_own_levels():
    levels = _levels(
        "Theo Bộ Y tế, 2 tỉnh thuộc vùng xanh gồm: Lào Cai, Cao Bằng. Số tỉnh ở cấp độ 3 là 2, "
        "gồm: Đắk Lắk và Gia Lai."
    )
    assert levels == {"Lào Cai": 1, "Cao Bằng": 1, "Đắk Lắk": 3, "Gia Lai": 3}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tuần này, Hà Nam, Ninh Bình và Nam Định đều ở cấp độ 2.",
            {"Hà Nam": 2, "Ninh Bình": 2, "Nam Định": 2},
        ),
        ("Long An, Tiền Giang cùng thuộc vùng cam.", {"Long An": 3, "Tiền Giang": 3}),
        ("Các tỉnh như Sơn La, Lai Châu đã ở cấp độ 1.", {"Sơn La": 1, "Lai Châu": 1}),
        ("Ngược lại, Hà Nam và Ninh Bình đã giảm xuống cấp độ 1.", {"Hà Nam": 1, "Ninh Bình": 1}),
        ("Quảng Trị (cấp độ 2), Huế (vùng cam).", {"Quảng Trị": 2, "Thừa Thiên Huế": 3}),
        (
            "Bắc Giang và Bắc Ninh là các tỉnh đang ở cấp độ 1.",
            {"Bắc Giang": 1, "Bắc Ninh": 1},
        ),
    ],
)
def test_a_level_after_a_list_of_names_is_every_listed_provinces(text, expected):
    assert _levels(text) == expected


def test_a_list_ends_at_the_first_word_that_is_not_a_separator():
    levels = _levels(
        "5 tỉnh thuộc cấp độ 1 gồm: Quảng Ninh, Hải Dương. Trong khi đó, Hà Nội vẫn ghi nhận "
        "nhiều ca mắc, Hưng Yên 20 ca."
    )
    assert levels == {"Quảng Ninh": 1, "Hải Dương": 1}
    assert _levels("Các tỉnh thuộc cấp độ 2 gồm:\n\nSơn La.\n\nHà Nội có 1.000 ca.") == {
        "Sơn La": 2
    }


def test_no_list_when_a_level_heading_opens_districts_or_the_provinces_are_counted():
    assert _levels("Tỉnh có 3 huyện ở cấp độ 2 gồm: huyện Long Hồ, huyện Mang Thít.") == {}
    assert "Hà Nội" not in _levels("Hà Nội, Hải Phòng có 40 xã ở cấp độ 3.")
    # names listed with their counts are a bulletin list, not a level list
    assert _levels("Hôm nay Hà Nội 200 ca, Hải Phòng 150 ca.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cần Thơ có 70 phường xã cấp độ 1, 13 phường xã cấp độ 2, không còn phường xã "
            "cấp độ 3 và 4.",
            {1: 70, 2: 13, 3: 0, 4: 0},
        ),
        (
            "Tỉnh Long An có 150 xã/phường ở cấp độ 1 và không có xã nào ở cấp độ 4.",
            {1: 150, 4: 0},
        ),
    ],
)
def test_communes_per_level_written_phuong_xa_and_none_left_at_a_level(text, expected):
    row = next(iter(_stats_by_province(text).values()))
    got = {
        level: row[f"communes_at_level_{level}"]
        for level in range(1, 5)
        if row.get(f"communes_at_level_{level}") is not None
    }
    assert got == expected


def test_a_directive_in_a_sentence_naming_no_province_is_the_province_of_the_one_before():
    facts = extract_facts(
        "Cấp độ 1 gồm: Bình Phước, Tây Ninh.\n\nTheo Sở Y tế, Đồng Nai giữ vùng xanh 4 tuần. "
        "Tỉnh đạt các tiêu chí theo Nghị quyết 128 của Chính phủ.",
        dt.date(2022, 1, 20),
        use_ner=False,
    )
    assert [(d["document"], d["province"]) for d in facts.directives] == [("128", "Đồng Nai")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bảng cấp độ dịch mới nhất\n\n"
            "12 tỉnh, thành phố thuộc màu vàng (cấp độ dịch Covid-19 số 2)\n\n"
            "Sơn La, Điện Biên và Lai Châu;\n\n"
            "3 tỉnh cấp độ dịch thứ 3 (vùng cam)\n\nPhú Yên, Bình Định, Quảng Ngãi.",
            {"Sơn La": 2, "Điện Biên": 2, "Lai Châu": 2, "Phú Yên": 3, "Bình Định": 3,
             "Quảng Ngãi": 3},
        ),
        (
            "Cấp độ 4 (màu đỏ) - 2 địa phương\n- Tây Ninh\n- Vĩnh Long",
            {"Tây Ninh": 4, "Vĩnh Long": 4},
        ),
        (
            "Các tỉnh ở mức “xanh” gồm: Hà Giang, Cao Bằng.",
            {"Hà Giang": 1, "Cao Bằng": 1},
        ),
    ],
)  # fmt: skip
def test_a_heading_on_its_own_line_in_any_spelling_of_a_level_gives_the_list_its_level(
    text, expected
):
    assert _levels(text) == expected


def test_a_line_about_one_province_does_not_head_the_next_paragraph():
    text = "Tỉnh Bắc Ninh ở cấp độ 3\n\nBắc Giang, Lạng Sơn ghi nhận thêm ca mắc."
    assert "Bắc Giang" not in _levels(text)


def test_a_classification_updated_to_a_day_dates_the_listed_levels():
    stats = _stats_by_province(
        "Cập nhật cấp độ dịch của Bộ Y tế đến ngày 18/1 như sau.\n\n"
        "2 tỉnh thuộc màu xanh (cấp độ 1)\n\nHà Giang và Cao Bằng."
    )
    assert stats["Hà Giang"]["as_of"] == "2022-01-18"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh Bình Phước hiện ở cấp độ dịch số 2 (màu vàng).", {"Bình Phước": 2}),
        ("Toàn tỉnh Bắc Ninh đang ở màu cam.", {"Bắc Ninh": 3}),
        ("Tỉnh Thái Nguyên được đánh giá ở mức độ 2 (nguy cơ trung bình).", {"Thái Nguyên": 2}),
        ("Tỉnh Thái Nguyên có 95,2% người dân tiêm đủ 2 mũi.", {}),  # no level in a rate
        ("Cụ thể, tỉnh ở cấp độ dịch thứ 1.", {}),  # no province named, no outlet: nobody's
        (
            "Cập nhật đến ngày 10/1, 3 tỉnh, thành phố ở cấp độ 1 (vùng xanh)\n\n"
            "Hà Giang, Cao Bằng, Lạng Sơn",
            {"Hà Giang": 1, "Cao Bằng": 1, "Lạng Sơn": 1},
        ),
    ],
)
def test_every_spelling_of_a_level_after_a_province_or_in_a_heading(text, expected):
    assert _levels(text) == expected


def test_communes_out_of_a_total_in_a_colour():
    stats = _stats_by_province("Đến nay, tỉnh Ninh Bình có 1.234/1.300 xã ở vùng xanh.")
    assert (stats["Ninh Bình"]["communes_at_level_1"], stats["Ninh Bình"]["communes_total"]) == (
        1234,
        1300,
    )


def test_a_weeks_range_of_days_dates_the_level_at_its_end():
    stats = _stats_by_province(
        "Tình hình dịch tại Lào Cai.\n\nTrong tuần 3 (từ ngày 10 - 16/1), toàn tỉnh trở về vùng "
        "xanh."
    )
    assert (stats["Lào Cai"]["level"], stats["Lào Cai"]["as_of"]) == (1, "2022-01-16")
