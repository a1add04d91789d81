"""A day's count whose cases are all caught at home ("có thêm 20 ca mắc COVID-19 mới, đều
là các ca ghi nhận trong nước", "tất cả là ca lây nhiễm trong nước") is its `local_cases`
too. On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"test14 and test15 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _local(text):
    facts = extract_facts(text, dt.date(2021, 5, 23), use_ner=False)
    return {s["province"]: s["local_cases"] for s in facts.province_stats if s["local_cases"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 23/5, Bộ Y tế thông tin có thêm 34 ca mắc COVID-19 mới, đều là các ca ghi "
            "nhận trong nước tại Bắc Giang (20), Bắc Ninh (14).",
            {None: 34},
        ),
        (
            "Tối 23/5, Việt Nam ghi nhận 34 ca mắc mới, tất cả là ca lây nhiễm trong nước.",
            {None: 34},
        ),
        (
            "Ngày 23/5, Bắc Giang có thêm 34 ca nhiễm mới, đều là trường hợp ghi nhận trong nước.",
            {"Bắc Giang": 34},
        ),
        (
            "Trưa 23/5, cả nước có 34 trường hợp mắc mới, tất cả đều là các ca ghi nhận nội địa.",
            {None: 34},
        ),
    ],
)
def test_a_day_all_caught_at_home_is_local(text, expected):
    assert _local(text) == expected


# Negatives: what must give no local count.


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 23/5, Việt Nam có thêm 34 ca mắc mới, đều là các ca nhập cảnh.",
        "Sáng 23/5, có thêm 34 ca mắc mới, đều là công nhân các khu công nghiệp.",
    ],
)
def test_all_of_another_kind_gives_no_local_count(text):
    assert _local(text) == {}
