"""A count of new cases qualified as caught at home right after it ("3.100 ca mắc Covid-19 mới
do lây nhiễm trong nước, gồm: …") is the day's domestic count, not its whole; a count all of
whose cases are domestic ("…, đều là các ca ghi nhận trong nước") is both. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Statistics of
test63 to test65 and thin pages as development data (rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 7, 20)
_FIELDS = ("new_cases_24h", "local_cases", "imported_cases")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "3.100 ca mắc Covid-19 mới do lây nhiễm trong nước, gồm: tại TP.HCM 2.000 ca, Bình "
            "Dương 1.100 ca.",
            {"local_cases": 3100},
        ),
        (
            "Việt Nam ghi nhận 3.110 ca mắc mới, trong đó 10 ca nhập cảnh và 3.100 ca mắc "
            "Covid-19 mới do lây nhiễm trong nước.",
            {"new_cases_24h": 3110, "imported_cases": 10, "local_cases": 3100},
        ),
        (
            "Bộ Y tế thông tin có thêm 34 ca mắc COVID-19 mới, đều là các ca ghi nhận trong nước.",
            {"new_cases_24h": 34, "local_cases": 34},
        ),
    ],
)
def test_the_countrys_domestic_count(sentence, expected):
    assert stats_by_province(sentence, _DAY, _FIELDS)[None] == expected
