""" "Ca mắc" and "ca nhiễm" are alike (docs/intake-annotation.md): a count read with one is
read with the other. On sentences invented for the test; docs/INTAKE.md, "Robustness to
surface variation"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 6, 13)


@pytest.mark.parametrize("word", ["mắc", "nhiễm"])
def test_a_national_days_local_cases(word):
    text = (
        f"Trong ngày 13/6, cả nước ghi nhận thêm 207 ca {word} COVID-19 mới. Trong đó, 4 ca "
        f"nhập cảnh; 203 ca {word} do lây nhiễm trong nước."
    )
    assert stats_by_province(text, _DAY, ("new_cases_24h", "local_cases")) == {
        None: {"new_cases_24h": 207, "local_cases": 203}
    }


@pytest.mark.parametrize("word", ["mắc", "nhiễm"])
def test_a_days_total_raised(word):
    text = f"Chiều 13/6, Bắc Giang có thêm 40 ca mới, nâng tổng số ca {word} lên 95 ca trong ngày."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {"Bắc Giang": {"new_cases_24h": 95}}
