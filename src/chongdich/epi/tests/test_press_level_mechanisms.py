"""Levels found by mechanism rather than by phrase, on sentences invented for the test (not
taken from any corpus file) in several styles: a provincial paper, a national paper, a
government portal, an English page. docs/INTAKE.md, "test9 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts.english_text import reads_as_english, with_vietnamese_province_names
from chongdich.epi.tests.press_helpers import stats_by_province


def _stats(text, published=dt.date(2022, 3, 10)):
    return stats_by_province(text, published)


def _levels(text):
    return {name: s["level"] for name, s in _stats(text).items() if s["level"] is not None}


def _changes(text):
    return {
        name: (s["previous_level"], s["level"])
        for name, s in _stats(text).items()
        if s["previous_level"] is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry of Health said that the orange zones now include Lang Son, Ha Giang "
            "and Son La, while the number of green areas has fallen for the third week.",
            {"Lạng Sơn": 3, "Hà Giang": 3, "Sơn La": 3},
        ),
        (
            "According to the latest assessment, there are 4 provinces in the red zone, namely "
            "Ca Mau, Bac Lieu, Soc Trang and Tra Vinh. The capital remains under watch.",
            {"Cà Mau": 4, "Bạc Liêu": 4, "Sóc Trăng": 4, "Trà Vinh": 4},
        ),
        (
            "Seven localities were classified as level 2, including Thua Thien-Hue, Quang Tri "
            "and Ba Ria - Vung Tau, the ministry's portal said on Tuesday.",
            {"Thừa Thiên Huế": 2, "Quảng Trị": 2, "Bà Rịa–Vũng Tàu": 2},
        ),
        (
            "Hanoi is in the yellow zone this week and the city has asked its districts to keep "
            "testing, while Quang Ninh remains at level 1.",
            {"Hà Nội": 2, "Quảng Ninh": 1},
        ),
    ],
)
def test_it_reads_english_level_lists_with_unaccented_names(text, expected):
    assert _levels(text) == expected


def test_an_unaccented_name_in_a_vietnamese_text_is_left_alone():
    text = "Sáng nay, đoàn công tác của tỉnh đã làm việc với Long An về phòng chống dịch."
    assert not reads_as_english(text)
    assert with_vietnamese_province_names(text) == text


def test_an_english_text_gets_vietnamese_province_names():
    text = (
        "The donation was handed over to Dak Lak and Can Tho by the company, which has "
        "offices in HCM City and Hai Phong, and the provinces thanked the firm."
    )
    rewritten = with_vietnamese_province_names(text)
    for name in ("Đắk Lắk", "Cần Thơ", "TP HCM", "Hải Phòng"):
        assert name in rewritten


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo cập nhật mới nhất, tỉnh Hậu Giang đã chuyển từ vùng cam sang vùng vàng.",
            {"Hậu Giang": (3, 2)},
        ),
        (
            "Tuần này, Long An chuyển từ màu vàng sang xanh, còn Bến Tre giảm từ cấp 3 xuống "
            "cấp 2.",
            {"Long An": (2, 1), "Bến Tre": (3, 2)},
        ),
        (
            "Trước đó, Kiên Giang từng ở mức đỏ, hiện đã được đánh giá lại ở mức cam.",
            {"Kiên Giang": (4, 3)},
        ),
        (
            "Dong Thap has moved from orange to yellow after a week with no community cases, "
            "the province's health department said.",
            {"Đồng Tháp": (3, 2)},
        ),
    ],
)
def test_it_reads_a_change_of_level_after_a_province(text, expected):
    assert _changes(text) == expected


def test_a_change_goes_to_its_own_province_only():
    text = "Bình Định vẫn ở cấp độ 1; Gia Lai chuyển từ cấp độ 2 lên cấp độ 3."
    assert _changes(text) == {"Gia Lai": (2, 3)}
    assert _levels(text) == {"Bình Định": 1, "Gia Lai": 3}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Danh sách 12 tỉnh thuộc vùng vàng - cấp độ 2:\n\n…\n\n"
            "Miền Bắc có 2 tỉnh gồm: Hà Nam, Ninh Bình\n\n"
            "Miền Nam có 2 tỉnh gồm: Long An, Tiền Giang\n",
            {"Hà Nam": 2, "Ninh Bình": 2, "Long An": 2, "Tiền Giang": 2},
        ),
        (
            "Các địa phương ở cấp độ 3 (vùng cam) như sau:\n"
            "Khu vực Tây Nguyên: Đắk Nông, Lâm Đồng\n"
            "Khu vực Đông Nam Bộ: Tây Ninh\n",
            {"Đắk Nông": 3, "Lâm Đồng": 3, "Tây Ninh": 3},
        ),
    ],
)
def test_a_region_label_line_takes_the_level_of_the_heading_above(text, expected):
    assert _levels(text) == expected


def test_a_label_line_below_a_line_of_its_own_level_takes_no_heading():
    text = (
        "Danh sách 10 tỉnh thuộc vùng xanh - cấp độ 1:\n"
        "Riêng huyện Núi Thành ở cấp độ 2 do số ca tăng.\n"
        "Miền Trung có 2 tỉnh gồm: Phú Yên, Bình Định\n"
    )
    assert _levels(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cả nước có 30 địa phương ở vùng xanh, trong đó có Thủ đô Hà Nội.",
            {"Hà Nội": 1},
        ),
        (
            "Hiện có 5 tỉnh ở cấp độ 3, trong đó Điện Biên và Lai Châu mới được nâng cấp.",
            {"Điện Biên": 3, "Lai Châu": 3},
        ),
    ],
)
def test_members_named_after_trong_do_take_the_groups_level(text, expected):
    assert _levels(text) == expected


def test_a_districts_level_is_not_the_whole_provinces():
    text = "Toàn tỉnh An Giang hiện chỉ còn một huyện ở cấp độ 1 là huyện Chợ Mới."
    assert "An Giang" not in _levels(text)


# Found by probing the mechanisms with more invented paraphrases.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Các tỉnh Hà Giang, Tuyên Quang, Yên Bái: cấp độ 2.",
            {"Hà Giang": 2, "Tuyên Quang": 2, "Yên Bái": 2},
        ),
        ("Ninh Bình vẫn duy trì cấp độ 1 (vùng xanh).", {"Ninh Bình": 1}),
        (
            "As of February 10, Hanoi, Hai Duong and Bac Ninh were classified as level 3.",
            {"Hà Nội": 3, "Hải Dương": 3, "Bắc Ninh": 3},
        ),
        (
            "Quang Ninh and Lang Son are now at level 2, the ministry said.",
            {"Quảng Ninh": 2, "Lạng Sơn": 2},
        ),
        # an open list ("etc.", "among others") still ends before its level
        (
            "According to the ministry, Vinh Phuc, Phu Tho, Son La provinces etc. are at Level 2.",
            {"Vĩnh Phúc": 2, "Phú Thọ": 2, "Sơn La": 2},
        ),
        (
            "Hai Duong and Hung Yen, among others, are now at level 2, the ministry said.",
            {"Hải Dương": 2, "Hưng Yên": 2},
        ),
        (
            "Long An, Tien Giang and Ben Tre etc. were classified as level 3.",
            {"Long An": 3, "Tiền Giang": 3, "Bến Tre": 3},
        ),
    ],
)
def test_a_list_then_its_level_in_more_spellings(text, expected):
    assert _levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nam Định tăng lên cấp 3 từ cấp 2.", {"Nam Định": (2, 3)}),
        (
            "Nghe An has been upgraded to level 3 from level 2, according to the province.",
            {"Nghệ An": (2, 3)},
        ),
    ],
)
def test_a_change_with_the_new_level_first(text, expected):
    assert _changes(text) == expected


def test_english_province_with_its_noun_before_the_level():
    text = (
        "Khanh Hoa province is at level 2 while Ninh Thuan and Binh Thuan provinces are at "
        "level 3, according to the Ministry of Health."
    )
    assert _levels(text) == {"Khánh Hòa": 2, "Ninh Thuận": 3, "Bình Thuận": 3}


# Found by a third probing round: tables, a dash, "xếp vào", "là địa phương duy nhất ở".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "STT | Tỉnh, thành phố | Cấp độ dịch\n1 | Hà Nội | 3\n2 | Hải Phòng | 2\n"
            "3 | Quảng Ninh | 1",
            {"Hà Nội": 3, "Hải Phòng": 2, "Quảng Ninh": 1},
        ),
        ("Tỉnh\tMức độ\nLạng Sơn\tvùng cam\n\nCao Bằng\tCấp 2", {"Lạng Sơn": 3, "Cao Bằng": 2}),
        (
            "Hà Nội – cấp độ 3; Hải Phòng – cấp độ 2; Quảng Ninh – cấp độ 1.",
            {"Hà Nội": 3, "Hải Phòng": 2, "Quảng Ninh": 1},
        ),
        ("Theo đó, Hà Giang, Cao Bằng được xếp vào vùng cam.", {"Hà Giang": 3, "Cao Bằng": 3}),
        ("Hải Dương là địa phương duy nhất ở cấp độ 4.", {"Hải Dương": 4}),
    ],
)
def test_levels_in_tables_and_more_row_spellings(text, expected):
    assert _levels(text) == expected


def test_a_table_without_a_level_column_gives_no_level():
    text = "STT | Tỉnh | Số ca mới\n1 | Hà Nội | 3\n2 | Hải Phòng | 2"
    assert _levels(text) == {}
