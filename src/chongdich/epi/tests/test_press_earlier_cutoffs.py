"""A running total at an earlier cut-off than the day's count ("Như vậy, trong ngày 8/9, Việt
Nam ghi nhận 9.120 ca nhiễm mới" with "Tính đến chiều ngày 7/9, Việt Nam có 512.300 ca
nhiễm") is left out, the day's count standing with its day (docs/intake-annotation.md,
"Running totals at another cut-off than the day's count"); a total of the same day, or one
with no day of its own, stays. On texts invented for the test (not taken from any corpus
file). docs/INTAKE.md, "… as development data for articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_PAGE = dt.date(2021, 9, 8)
_DAY = "Như vậy, trong ngày 8/9, Việt Nam ghi nhận 9.120 ca nhiễm mới, tăng 300 ca so với hôm qua."
_FIELDS = ["new_cases_24h", "cumulative_cases", "as_of"]


@pytest.mark.parametrize(
    "total",
    [
        "Tính đến chiều ngày 7/9, Việt Nam có 512.300 ca nhiễm.",
        "Tính đến 18h ngày 7/9, cả nước có tổng cộng 512.300 ca mắc COVID-19.",
    ],
)
def test_a_total_of_the_day_before_is_left_out(total):
    stats = stats_by_province(f"{_DAY} {total}", _PAGE, _FIELDS)
    assert stats[None] == {"new_cases_24h": 9120, "as_of": "2021-09-08"}


@pytest.mark.parametrize(
    "total",
    [
        "Tính đến chiều ngày 8/9, Việt Nam có 512.300 ca nhiễm.",
        "Tính đến nay, Việt Nam có 512.300 ca nhiễm.",
    ],
)
def test_a_total_of_the_same_day_stays(total):
    stats = stats_by_province(f"{_DAY} {total}", _PAGE, _FIELDS)
    assert stats[None]["cumulative_cases"] == 512300
    assert stats[None]["new_cases_24h"] == 9120


def test_a_provinces_total_stays_beside_a_day_the_page_dates():
    text = (
        "Hôm qua, tỉnh Gia Lai ghi nhận 14 ca dương tính với SARS-CoV-2. Tính đến chiều ngày "
        "7/9, toàn tỉnh Gia Lai ghi nhận 611 trường hợp mắc Covid-19."
    )
    stats = stats_by_province(text, _PAGE, ["cumulative_cases"])
    assert stats["Gia Lai"] == {"cumulative_cases": 611}
