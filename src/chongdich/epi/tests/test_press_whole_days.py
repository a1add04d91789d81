"""The day's whole count after a part of it ("Tối ngày 20/9, Hà Nội ghi nhận thêm 3 ca …
Ngày hôm nay, Hà Nội chỉ ghi nhận 9 ca mắc COVID-19") is the day's count; a count of
another kind "hôm nay" is not. On sentences invented for the test (not taken from any
corpus file). docs/INTAKE.md, "test50 to test59 as development data (rules27)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 9, 20)


@pytest.mark.parametrize(
    "whole",
    [
        "Ngày hôm nay, Hà Nội chỉ ghi nhận 9 ca mắc COVID-19, thấp nhất trong hơn 2 tháng qua.",
        "Tính chung cả ngày, Hà Nội ghi nhận 9 ca mắc COVID-19.",
        "Cả ngày hôm nay, Hà Nội có 9 ca mắc.",
    ],
)
def test_the_whole_days_count_replaces_the_evenings(whole):
    text = f"Tối ngày 20/9, Hà Nội ghi nhận thêm 3 ca mắc COVID-19 trong một gia đình. {whole}"
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert got == {"Hà Nội": {"new_cases_24h": 9}}


@pytest.mark.parametrize(
    "other",
    [
        "Ngày hôm nay, Hà Nội có 9 ca khỏi bệnh.",
        "Ngày hôm nay, Hà Nội ghi nhận 9 trường hợp F1.",
    ],
)
def test_another_kind_of_count_today_is_no_days_count(other):
    assert stats_by_province(other, _DAY, ("new_cases_24h",)) == {}
