"""A count after a cut-off ("tính đến 16h ngày 21/2") that its own words call new ("1.899 ca
mắc Covid-19 mới", "ca nhiễm mới") is the day's, not a total; a count with no "mới" after
the cut-off is still a total. On sentences invented for the test (not taken from any corpus
file). docs/INTAKE.md, "test25 and test26 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "cumulative_cases")


def _stats(sentence):
    return stats_by_province(f"Tin dịch.\n{sentence}", dt.date(2022, 2, 21), _FIELDS)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong 24h qua, tính đến 16h ngày 21/2, toàn tỉnh Quảng Ninh đã ghi nhận 1.500 ca mắc "
        "Covid-19 mới.",
        "Tính đến 18h ngày 21/2, Hải Dương ghi nhận 1.500 ca nhiễm SARS-CoV-2 mới.",
        "Tính đến chiều 21/2, Bắc Ninh có 1.500 trường hợp mắc COVID-19 mới trong cộng đồng.",
    ],
)
def test_a_count_called_new_after_a_cut_off_is_no_total(sentence):
    assert "cumulative_cases" not in next(iter(_stats(sentence).values()), {})


def test_a_count_after_a_cut_off_is_a_total():
    stats = _stats("Tính đến 16h ngày 21/2, Quảng Ninh đã ghi nhận 31.500 ca mắc Covid-19.")
    assert stats == {"Quảng Ninh": {"cumulative_cases": 31500}}
