"""Counts over a window other than the day ("trong 12 giờ qua", "Trong hai ngày 02-03/10",
"trong 7 ngày qua") are no day's counts, nor are their parts ("Trong đó …"); on sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test11 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "community_cases")


def _stats(text):
    return stats_by_province(text, dt.date(2021, 10, 8), _FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        "Trong 12 giờ qua, Hà Tĩnh ghi nhận 7 ca mắc mới tại huyện Kỳ Anh.",
        "Trong ba ngày 5-7/10, Quảng Bình ghi nhận thêm 40 ca dương tính với SARS-CoV-2. "
        "Trong đó có 12 ca cộng đồng.",
        "Thanh Hóa trong 7 ngày qua có 300 ca mắc mới, gấp đôi tuần trước.",
    ],
)
def test_a_window_other_than_the_day_has_no_days_counts(text):
    assert _stats(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trong 24 giờ qua, Hà Tĩnh ghi nhận 7 ca mắc mới.", {"Hà Tĩnh": {"new_cases_24h": 7}}),
        (
            "Trong ngày 7/10, Quảng Bình ghi nhận thêm 40 ca mắc mới. Trong đó có 12 ca cộng đồng.",
            {"Quảng Bình": {"new_cases_24h": 40, "community_cases": 12}},
        ),
    ],
)
def test_the_day_and_its_parts_stand(text, expected):
    assert _stats(text) == expected
