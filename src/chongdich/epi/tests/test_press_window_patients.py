"""A headline repeating the count of a window of hours that the body writes as patients ("từ
6h ngày 14/9 đến 12h ngày 14/9, thành phố ghi nhận 31 bệnh nhân dương tính mới", "… 31 F0
mới") is the window's, no day's count (docs/intake-annotation.md, "Windows shorter than a
day"); a headline whose count the window does not give stays the day's. On texts invented for
the test (not taken from any corpus file). docs/INTAKE.md, "… as development data for
articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 9, 14)


@pytest.mark.parametrize(
    "count",
    ["31 bệnh nhân dương tính mới với SARS-CoV-2", "31 F0 mới", "31 bệnh nhân mắc COVID-19 mới"],
)
def test_the_headline_repeats_the_windows_count(count):
    text = (
        "Trưa 14/9: Đà Nẵng thêm 31 ca dương tính mới với SARS-CoV-2\n"
        f"Sở Y tế Đà Nẵng cho biết, từ 6h ngày 14/9 đến 12h ngày 14/9, thành phố ghi nhận {count}, "
        "trong đó 2 tại cộng đồng."
    )
    stats = stats_by_province(text, _DAY, ["new_cases_24h"])
    assert "Đà Nẵng" not in stats


def test_a_headline_of_another_count_stays():
    text = (
        "Ngày 14/9: Đà Nẵng thêm 58 ca dương tính mới với SARS-CoV-2\n"
        "Sở Y tế Đà Nẵng cho biết, từ 6h ngày 14/9 đến 12h ngày 14/9, thành phố ghi nhận 31 "
        "bệnh nhân dương tính mới với SARS-CoV-2."
    )
    stats = stats_by_province(text, _DAY, ["new_cases_24h"])
    assert stats["Đà Nẵng"] == {"new_cases_24h": 58}
