"""A town, district or provincial city as a sentence's subject, its province named in an
earlier sentence ("Cụ thể, TX Đông Triều đến nay đã phát hiện 35 ca"), counts its own total,
not the province's; a city that is a province ("TP Hà Nội …") keeps its total. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test60 to test62 as
development data (rules28)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 11, 7)
_TOTALS = ("cumulative_cases",)
_LEAD = "Tỉnh Hải Dương có 2 ổ dịch phức tạp. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Cụ thể, TX Kinh Môn đến nay đã phát hiện 35 ca mắc Covid-19.",
        "Thị xã Kinh Môn đến nay đã ghi nhận 35 ca mắc Covid-19, trong đó 20 ca ở ổ dịch.",
        "Huyện Cẩm Giàng đã ghi nhận 35 ca mắc Covid-19.",
        "TP Chí Linh đến nay đã phát hiện 35 ca mắc Covid-19.",
        "Riêng, Thành phố Chí Linh hiện có 35 ca mắc Covid-19.",
    ],
)
def test_a_districts_total_after_the_province_is_no_provinces(sentence):
    assert stats_by_province(_LEAD + sentence, _DAY, _TOTALS) == {}


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("TP Hà Nội đến nay đã ghi nhận 3.500 ca mắc Covid-19.", "Hà Nội"),
        ("Thành phố Đà Nẵng đến nay đã ghi nhận 3.500 ca mắc Covid-19.", "Đà Nẵng"),
        ("Tỉnh Hải Dương đến nay đã ghi nhận 3.500 ca mắc Covid-19.", "Hải Dương"),
    ],
)
def test_a_provinces_own_total_stays(text, province):
    assert stats_by_province(text, _DAY, _TOTALS) == {province: {"cumulative_cases": 3500}}
