"""A day singled out of a longer window ("trong 5 ngày qua có 2.100 ca mắc mới, riêng ngày
14/11 có 520 ca mới") gives that day's counts; the window's own counts stay out, and without
"riêng" the whole sentence is still the window's. On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "test16 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "community_cases")


def _day(text):
    return stats_by_province(text, dt.date(2021, 11, 14), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trong 5 ngày qua, Trà Vinh có 2.100 ca mắc mới, riêng ngày 14/11 có 520 ca mới.",
            {"Trà Vinh": {"new_cases_24h": 520}},
        ),
        (
            "Chỉ trong 3 ngày gần đây, toàn tỉnh Hậu Giang có trên 900 ca mắc mới, riêng ngày "
            "14/11 có tới 410 ca mới với 200 ca là F0 phát hiện trong cộng đồng.",
            {"Hậu Giang": {"new_cases_24h": 410, "community_cases": 200}},
        ),
        (
            "Trong 7 ngày, An Giang ghi nhận 3.000 ca mắc mới; riêng hôm nay có thêm 450 ca.",
            {"An Giang": {"new_cases_24h": 450}},
        ),
        (
            "Trong bốn ngày qua Kiên Giang có 1.500 ca mắc mới, riêng trong ngày 14-11 là 800 ca "
            "mắc mới.",
            {"Kiên Giang": {"new_cases_24h": 800}},
        ),
    ],
)
def test_a_day_singled_out_gives_its_counts(text, expected):
    assert _day(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trong 5 ngày qua, Trà Vinh có 2.100 ca mắc mới, trong đó 700 ca cộng đồng.",
        "Riêng ngày 14/11, Bạc Liêu ghi nhận 300 ca mắc mới trong 12 giờ qua.",
    ],
)
def test_a_windows_counts_stay_out(text):
    assert _day(text) == {}
