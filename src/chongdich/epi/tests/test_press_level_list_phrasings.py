"""Provinces listed under one level, in the phrasings of English and Vietnamese roundups: the
list first with a participle ("A, B and C are labeled as “orange zone”"), or a counted group
and its level, then a comment, then a colon ("rated 12 provinces as "green zone", or the
lowest risk level, up two from last week: A, B"). On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "test12 and test13 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _levels(text):
    stats = extract_facts(text, dt.date(2022, 3, 8), use_ner=False).province_stats
    return {s["province"]: s["level"] for s in stats if s["level"] is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three provinces, Quang Tri, Thua Thien Hue and Da Nang, are designated as "
            "“yellow zone”, the health ministry said.",
            {"Quảng Trị": 2, "Thừa Thiên Huế": 2, "Đà Nẵng": 2},
        ),
        (
            "Son La, Lai Chau and Dien Bien were labelled as a red zone on Monday.",
            {"Sơn La": 4, "Lai Châu": 4, "Điện Biên": 4},
        ),
        (
            'The ministry rated 4 provinces as "green zone", the lowest level of risk, up two '
            "localities from last week: Ha Giang, Cao Bang, Bac Kan and Tuyen Quang.",
            {"Hà Giang": 1, "Cao Bằng": 1, "Bắc Kạn": 1, "Tuyên Quang": 1},
        ),
        (
            "Bộ Y tế đánh giá 3 tỉnh ở cấp độ 3 (vùng cam), tăng một địa phương so với tuần "
            "trước: Gia Lai, Kon Tum và Đắk Nông.",
            {"Gia Lai": 3, "Kon Tum": 3, "Đắk Nông": 3},
        ),
        (
            "Các địa phương thuộc vùng vàng, theo đánh giá mới nhất của Sở Y tế các tỉnh phía "
            "Nam: Long An, Tiền Giang, Bến Tre.",
            {"Long An": 2, "Tiền Giang": 2, "Bến Tre": 2},
        ),
    ],
)
def test_a_list_under_a_level(text, expected):
    assert _levels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a level of one place, then an unrelated list of provinces
        "Hanoi is labeled as “orange zone”. Experts from Nam Dinh, Thai Binh and Ha Nam "
        "arrived on Monday.",
        # the colon opens a list of donors' provinces, not the level's
        "Bộ Y tế cho biết 5 tỉnh được hỗ trợ thêm vắc xin trong tuần, theo thông báo ngày "
        "7/3: Hà Nam, Nam Định, Thái Bình.",
    ],
)
def test_lists_not_under_a_level(text):
    levels = _levels(text)
    assert all(name not in levels for name in ("Nam Định", "Thái Bình", "Hà Nam"))
