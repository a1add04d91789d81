"""A wave's new cases summed ("tổng số ca dương tính mới trong đợt dịch thứ tư tại Long An
là 400 ca, trong đó 150 trường hợp ghi nhận tại cộng đồng") are the wave's total, and their
split gives no day's count; a count over days written with the first day's month left out
("Tổng số ca nhiễm từ ngày 8 đến 26/7 … là 700 người") is a period, no total. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Statistics of
test63 to test65 and thin pages as development data (rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 7, 26)
_FIELDS = ("cumulative_cases", "community_cases", "new_cases_24h")


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo CDC Long An, tổng số ca dương tính mới trong đợt dịch thứ tư tại Long An là 400 "
        "ca, trong đó 150 trường hợp ghi nhận tại cộng đồng.",
        "Tổng số ca dương mới trong đợt dịch thứ tư ở Long An là 400, trong đó 150 ca trong "
        "cộng đồng.",
        "Tổng số ca mắc mới trong đợt dịch lần thứ 4 tại Long An lên 400 ca.",
    ],
)
def test_a_waves_new_cases_summed(sentence):
    assert stats_by_province(sentence, _DAY, _FIELDS) == {"Long An": {"cumulative_cases": 400}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tổng số ca nhiễm từ ngày 8 đến 26/7 ở Long An được ghi nhận là 700 người.",
        "Tổng số ca nhiễm từ ngày 8/7 đến ngày 26/7 ở Long An là 700 ca.",
    ],
)
def test_a_count_over_days_is_no_total(sentence):
    assert stats_by_province(sentence, _DAY, _FIELDS) == {}
