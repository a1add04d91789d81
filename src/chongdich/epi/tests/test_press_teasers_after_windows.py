"""A tag page's teasers: one led by a part of another day than the window before it ("Tại
Quảng Nam, sáng 24/7, vừa ghi nhận thêm 120 ca …" after "Tính từ 18h ngày 26/7 đến 6h ngày
27/7, …") is another report and gives its day's count; a mark crossed ("vượt mốc 500 ca bệnh
trong cộng đồng") is no day's count and, of community cases only, no total. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Statistics of
test63 to test65 and thin pages as development data (rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 7, 27)
_FIELDS = ("new_cases_24h", "community_cases", "cumulative_cases")
_WINDOW = (
    "Tính từ 18h ngày 26/7 đến 6h ngày 27/7, tỉnh Quảng Nam ghi nhận 140 ca nghi mắc "
    "COVID-19 mới.\n"
)


@pytest.mark.parametrize(
    "teaser",
    [
        "Tại Quảng Nam, sáng 24/7, vừa ghi nhận thêm 120 ca dương tính SARS-CoV-2 mới.",
        "Chiều 25/7, Quảng Nam ghi nhận thêm 120 ca mắc mới.",
    ],
)
def test_a_teaser_of_another_day_after_a_window(teaser):
    got = stats_by_province(_WINDOW + teaser, _DAY, ("new_cases_24h",))
    assert got == {"Quảng Nam": {"new_cases_24h": 120}}


def test_a_windows_own_part_of_its_day_stays_in_the_window():
    text = _WINDOW + "Sáng 27/7, trong số này có 120 ca mắc mới tại Hội An."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Quảng Nam đã vượt mốc 500 ca bệnh trong cộng đồng.",
        "Quảng Nam ghi nhận thêm 120 ca mắc mới, vượt mốc 500 ca bệnh trong cộng đồng.",
    ],
)
def test_a_community_mark_is_no_count(sentence):
    got = stats_by_province(sentence, _DAY, _FIELDS)
    assert all(500 not in figures.values() for figures in got.values())
