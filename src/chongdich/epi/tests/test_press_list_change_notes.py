"""A list item's count with a change noted in its brackets ("TP HCM (3.300-giảm gần 1/2 so
với hôm qua)", "(200, tăng 30 ca)", "(95 ca; giảm 5)") is the province's count of the day;
the change is no count. A bracket with two counts of its own stays unread. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test18, test19,
test22 as development data"."""

import datetime as dt

from chongdich.epi.tests.press_helpers import stats_by_province


def _stats(text):
    return stats_by_province(text, dt.date(2021, 9, 6), ("new_cases_24h",))


def test_a_change_noted_in_the_brackets_leaves_the_count():
    text = (
        "Trong ngày 6/9 ghi nhận 700 ca nhiễm mới tại TP. Hồ Chí Minh (400-giảm gần 1/2 so với "
        "hôm qua), Bình Dương (200, tăng 30 ca), Long An (95 ca; giảm 5), Cần Thơ (5)."
    )
    assert _stats(text) == {
        None: {"new_cases_24h": 700},
        "TP HCM": {"new_cases_24h": 400},
        "Bình Dương": {"new_cases_24h": 200},
        "Long An": {"new_cases_24h": 95},
        "Cần Thơ": {"new_cases_24h": 5},
    }


def test_a_bracket_with_other_words_is_no_item():
    text = (
        "Trong ngày 6/9 ghi nhận 700 ca nhiễm mới tại TP. Hồ Chí Minh (400, chủ yếu ở khu "
        "công nghiệp), Bình Dương (200), Long An (100)."
    )
    assert "TP HCM" not in _stats(text)
