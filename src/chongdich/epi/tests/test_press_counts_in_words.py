"""A day's count written in words after its verb ("vừa ghi nhận một ca dương tính", "phát
hiện thêm hai trường hợp mắc COVID-19") and a community case named with the virus ("một ca
dương tính với SARS-CoV-2 trong cộng đồng"); a running total since a wave's start is no
community count. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test31 and test32 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "community_cases")


def _stats(text):
    return stats_by_province(text, dt.date(2021, 5, 10), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tối 9/5, Sở Y tế Quảng Nam cho biết tỉnh vừa ghi nhận một ca dương tính với "
            "SARS-CoV-2 trong cộng đồng.",
            {"Quảng Nam": {"new_cases_24h": 1, "community_cases": 1}},
        ),
        (
            "Chiều 9/5, Sở Y tế Hà Nam thông tin, tỉnh phát hiện thêm hai trường hợp mắc "
            "COVID-19 tại khu cách ly.",
            {"Hà Nam": {"new_cases_24h": 2}},
        ),
        (
            "Sáng 9/5, Sở Y tế Thái Bình xác nhận tỉnh vừa ghi nhận 3 ca dương tính với "
            "SARS-CoV-2 trong cộng đồng.",
            {"Thái Bình": {"new_cases_24h": 3, "community_cases": 3}},
        ),
    ],
)
def test_a_days_count_in_words_and_a_community_case_named_with_the_virus(text, expected):
    assert _stats(text) == expected


def test_a_waves_running_total_in_the_community_is_no_community_count():
    text = "Tính từ đợt dịch thứ 4, Hải Dương ghi nhận 180 ca mắc COVID-19 trong cộng đồng."
    assert "community_cases" not in _stats(text).get("Hải Dương", {})
