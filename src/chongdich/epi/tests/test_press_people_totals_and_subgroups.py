"""A total raised with its cases named as people ("nâng tổng số người mắc COVID-19 trên toàn
tỉnh là 28.000 ca") is the province's total; the deaths of a group named after their count
("12 ca tử vong đã tiêm 1 mũi vắc-xin", "… chưa tiêm vắc xin") are a part, no total. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"Statistics of test63 to test65 and thin pages as development data (rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 12, 11)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong ngày 11-12, tỉnh Long An ghi nhận 500 ca F0 mới, nâng tổng số người mắc "
        "COVID-19 trên toàn tỉnh là 28.000 ca.",
        "Trong ngày 11-12, tỉnh Long An ghi nhận 500 ca mới, nâng tổng số người mắc COVID-19 "
        "lên 28.000 ca.",
        "Tổng số người nhiễm COVID-19 của tỉnh Long An đến nay là 28.000 ca.",
    ],
)
def test_a_total_of_people_who_caught_it(sentence):
    got = stats_by_province(sentence, _DAY, ("cumulative_cases",))
    assert got == {"Long An": {"cumulative_cases": 28000}}


def test_people_counted_for_another_thing_are_no_total():
    sentence = "Tỉnh Long An ghi nhận 500 ca mới, nâng tổng số người được tiêm lên 28.000 người."
    assert stats_by_province(sentence, _DAY, ("cumulative_cases",)) == {}


@pytest.mark.parametrize(
    "part",
    [
        "12 ca tử vong đã tiêm 1 mũi vắc-xin",
        "12 ca tử vong chưa tiêm vắc xin",
        "12 ca tử vong có bệnh nền",
        "12 trường hợp tử vong là người cao tuổi",
    ],
)
def test_deaths_of_a_group_are_a_part(part):
    sentence = f"Đến nay, tỉnh Long An có 300 ca tử vong, trong đó {part}."
    assert stats_by_province(sentence, _DAY, ("deaths",)) == {"Long An": {"deaths": 300}}
