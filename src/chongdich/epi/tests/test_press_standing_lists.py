"""Lists of provinces that give their standing counts, not the day's: the bulletin's rank of
the provinces' totals ("5 tỉnh, thành phố ghi nhận số mắc cao là TP.HCM (291.871), …"), and
"đưa tổng ca Covid-19 ở Bắc Giang lên 618, Bắc Ninh 361, …"; a list item's count in words
("tại Lạng Sơn một, Ninh Bình 2"). On sentences invented for the test (not taken from any
corpus file). docs/INTAKE.md, "test46 to test49 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_LEAD = "Ngày 14/8, Bộ Y tế ghi nhận 40 ca mắc mới. "


def _read(text, fields=("new_cases_24h", "cumulative_cases")):
    return stats_by_province(text, dt.date(2021, 8, 14), fields)


@pytest.mark.parametrize(
    "sentence",
    [
        "5 tỉnh, thành phố ghi nhận số mắc cao là Đà Nẵng (7.120), Huế (3.004), Quảng Nam (901).",
        "Các địa phương có số ca mắc cao nhất là: Đà Nẵng (7.120), Huế (3.004), Quảng Nam (901).",
        "Số ca nhiễm mới đưa tổng ca Covid-19 ở Đà Nẵng lên 7.120, Huế 3.004, Quảng Nam 901.",
    ],
)
def test_standing_counts(sentence):
    read = _read(_LEAD + sentence)
    assert read["Đà Nẵng"] == {"cumulative_cases": 7120}
    assert read["Quảng Nam"] == {"cumulative_cases": 901}


@pytest.mark.parametrize(
    "sentence",
    [
        "Các địa phương có số mắc mới cao là Đà Nẵng (71), Huế (30), Quảng Nam (9).",
        "Các ca mới ghi nhận tại Đà Nẵng 71, Huế 30, Quảng Nam 9.",
    ],
)
def test_the_days_lists_stay_the_days(sentence):
    read = _read(_LEAD + sentence)
    assert read["Đà Nẵng"] == {"new_cases_24h": 71}
    assert read["Quảng Nam"] == {"new_cases_24h": 9}


def test_one_in_words_closes_an_item():
    read = _read(_LEAD + "Các ca mới ghi nhận tại Huế một, Đà Nẵng 3, Quảng Nam một.")
    assert read == {
        None: {"new_cases_24h": 40},
        "Thừa Thiên Huế": {"new_cases_24h": 1},
        "Đà Nẵng": {"new_cases_24h": 3},
        "Quảng Nam": {"new_cases_24h": 1},
    }
