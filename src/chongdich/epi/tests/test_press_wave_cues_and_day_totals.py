"""A wave named by its number as where the count starts ("Tính từ đợt dịch thứ 4, Cà Mau đã
ghi nhận 4.000 ca") gives the wave's total; the day's whole count raised after a part of it
("thông tin thêm về 3 ca mắc, nâng tổng ca mắc trong ngày là 9") is the day's count, not
the part. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "Statistics of test63 to test65 and thin pages as development data
(rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 7, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tính từ đợt dịch thứ 4, Cà Mau đã ghi nhận 4.000 ca mắc COVID-19.",
        "Kể từ đầu đợt dịch lần thứ tư, Cà Mau đã có 4.000 ca mắc COVID-19.",
        "Từ đợt dịch thứ tư, tỉnh Cà Mau ghi nhận 4.000 trường hợp mắc COVID-19.",
    ],
)
def test_a_waves_total_by_its_number(sentence):
    got = stats_by_province(sentence, _DAY, ("cumulative_cases", "new_cases_24h"))
    assert got == {"Cà Mau": {"cumulative_cases": 4000}}


def test_a_waves_new_cases_are_no_total():
    sentence = "Tính từ đợt dịch thứ 4, Cà Mau ghi nhận thêm 40 ca mắc mới trong ngày."
    got = stats_by_province(sentence, _DAY, ("cumulative_cases",))
    assert got == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tối 20/7, Ban Chỉ đạo tỉnh Cà Mau thông tin thêm về 3 ca mắc Covid-19, nâng tổng ca "
        "mắc trong ngày là 9.",
        "Tối 20/7, tỉnh Cà Mau ghi nhận thêm 3 ca mắc mới, nâng tổng số ca trong ngày lên 9.",
    ],
)
def test_the_days_whole_count_raised(sentence):
    got = stats_by_province(sentence, _DAY, ("new_cases_24h",))
    assert got == {"Cà Mau": {"new_cases_24h": 9}}
