"""The disease written as the virus of early 2020: "Bộ Y tế sáng 20/5 ghi nhận 30 ca dương
tính nCoV", "Như vậy hôm nay chỉ 3 ca nCoV mới được ghi nhận". On sentences invented for the
test (not taken from any corpus file). docs/INTAKE.md, "test46 to test49 as development
data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Sáng 4/4, Bộ Y tế ghi nhận 12 ca dương tính nCoV mới.", 12),
        ("Ngày 4/4, Bộ Y tế ghi nhận thêm 5 ca nCoV mới tại Hà Nội và TP HCM.", 5),
        ("Ngày 4/4, Bộ Y tế ghi nhận 12 ca mắc COVID-19 mới.", 12),
    ],
)
def test_the_days_count_with_ncov(text, count):
    read = stats_by_province(text, dt.date(2020, 4, 4), ("new_cases_24h",))
    assert read[None] == {"new_cases_24h": count}
