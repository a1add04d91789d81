"""Lists whose heading counts provinces but names no level, on sentences invented for the
test (not taken from any corpus file). docs/INTAKE.md, "test10 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _levels(text):
    facts = extract_facts(text, dt.date(2021, 11, 2), use_ner=False)
    return {s["province"]: s["level"] for s in facts.province_stats if s["level"] is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a national paper: the count stated with its level, the list under the count
            "Theo đánh giá mới nhất, cả nước có 18 tỉnh, thành phố ở cấp độ 2 và 3 tỉnh ở cấp "
            "độ 3.\n\nCụ thể, 18 tỉnh, thành phố 'nguy cơ trung bình' gồm: Lào Cai, Yên Bái, "
            "Sơn La, …\n\n3 tỉnh nguy cơ cao gồm: Kiên Giang, Bạc Liêu và Cà Mau.",
            {"Lào Cai": 2, "Yên Bái": 2, "Sơn La": 2, "Kiên Giang": 3, "Bạc Liêu": 3, "Cà Mau": 3},
        ),
        (
            # a title with the colour, the list a line below
            "Cả nước có 12 địa phương ở cấp độ dịch màu xanh\n"
            "Cụ thể 12 địa phương gồm: Nam Định, Thái Bình, Ninh Bình, Hà Nam, …",
            {"Nam Định": 1, "Thái Bình": 1, "Ninh Bình": 1, "Hà Nam": 1},
        ),
    ],
)
def test_a_counted_list_takes_the_level_stated_for_its_count(text, expected):
    assert _levels(text) == expected


def test_a_count_stated_with_no_level_gives_none():
    text = "Cả nước có 9 tỉnh báo cáo số liệu. Cụ thể, 9 tỉnh gồm: Lào Cai, Yên Bái, Sơn La."
    assert _levels(text) == {}


def test_a_different_count_gives_none():
    text = (
        "Cả nước có 20 tỉnh ở cấp độ 2.\n\nCụ thể, 7 tỉnh miền núi gồm: Lào Cai, Yên Bái, Sơn La."
    )
    assert _levels(text) == {}


def test_a_second_counted_group_after_a_list_is_not_under_the_first_level():
    # "là A và B" closes the level-1 list; "3 thành phố còn lại" is a new group whose level
    # comes after it
    text = (
        "Trong 5 thành phố trực thuộc trung ương, có 2 địa phương thuộc cấp độ 1 là Hà Nội và "
        "Hải Phòng, 3 thành phố còn lại gồm TP HCM, Đà Nẵng, Cần Thơ đều ở cấp độ 2."
    )
    assert _levels(text) == {
        "Hà Nội": 1,
        "Hải Phòng": 1,
        "TP HCM": 2,
        "Đà Nẵng": 2,
        "Cần Thơ": 2,
    }


def test_an_english_count_after_the_level_is_one_heading():
    text = (
        "Regarding orange zones, there are 3 provinces including Lang Son, Ha Giang and "
        "Son La, the ministry said."
    )
    assert _levels(text) == {"Lạng Sơn": 3, "Hà Giang": 3, "Sơn La": 3}
