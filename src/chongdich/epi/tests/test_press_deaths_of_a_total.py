"""Deaths given as part of the total ("…, nâng tổng số ca nhiễm … lên 312.611 ca, trong đó
có 7.150 ca tử vong") are the total's deaths and replace the day's read before them in the
sentence ("380 ca tử vong và 10.654 ca nhiễm mới"). On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "test14 and test15 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _deaths(text):
    facts = extract_facts(text, dt.date(2021, 9, 2), use_ner=False)
    return {s["province"]: s["deaths"] for s in facts.province_stats if s["deaths"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tối 1/9, Bộ Y tế ghi nhận 260 ca tử vong và 12.481 ca nhiễm mới, nâng tổng số ca "
            "nhiễm của Việt Nam lên 473.530 ca, trong đó có 11.868 ca tử vong.",
            {None: 11868},
        ),
        (
            "Ngày 1/9, Bình Dương thêm 41 ca tử vong, nâng tổng số ca mắc của tỉnh lên 180.112 "
            "ca, trong đó 2.015 ca tử vong.",
            {"Bình Dương": 2015},
        ),
        (
            "Cả nước có 260 ca tử vong trong ngày; tổng số ca mắc là 473.530, trong đó có "
            "11.868 trường hợp tử vong.",
            {None: 11868},
        ),
        (
            "Việt Nam thêm 12.481 ca nhiễm và 260 ca tử vong, nâng tổng số ca nhiễm lên 473.530 "
            "ca, trong đó 11.868 người tử vong.",
            {None: 11868},
        ),
    ],
)
def test_the_totals_deaths_replace_the_days(text, expected):
    assert _deaths(text) == expected


# Negatives: the part of something that is no total replaces nothing.


@pytest.mark.parametrize(
    "text",
    [
        "Tính đến ngày 1/9, Việt Nam có 11.868 ca tử vong. Trong ngày có 320 ca nặng, trong đó "
        "có 12 ca tử vong.",
        "Tính đến ngày 1/9, cả nước có 11.868 ca tử vong. Hôm nay có 260 ca nhập viện, "
        "trong đó có 40 ca tử vong.",
    ],
)
def test_a_part_of_no_total_replaces_nothing(text):
    assert _deaths(text) == {None: 11868}
