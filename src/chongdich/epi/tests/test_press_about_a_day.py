"""A window of about a day ("từ 19h ngày 19/8 đến 18h30 ngày 20/8": the Ministry's cut-off
moved by an hour or so) is the reporting day: its count, parts and province list are the
day's; a window of half a day is still none. On sentences invented for the test (not taken
from any corpus file). docs/INTAKE.md, "test18, test19, test22 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts.hour_windows import opens_an_hour_window
from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "local_cases", "imported_cases")


def _stats(text):
    return stats_by_province(text, dt.date(2021, 9, 6), _FIELDS)


@pytest.mark.parametrize(
    "window",
    [
        "Tính từ 19h ngày 5/9 đến 18h30 ngày 6/9",
        "Từ 18h ngày 5/9 đến 19h ngày 6/9",
        "Từ 17 giờ 30 ngày 5/9 đến 18 giờ ngày 6/9",
    ],
)
def test_a_window_of_about_a_day_gives_the_days_counts(window):
    text = (
        f"{window}, cả nước ghi nhận 900 ca nhiễm mới, trong đó 4 ca nhập cảnh và 896 ca "
        "ghi nhận trong nước tại Hà Nội (500), Bình Dương (396)."
    )
    assert _stats(text) == {
        None: {"new_cases_24h": 900, "local_cases": 896, "imported_cases": 4},
        "Hà Nội": {"new_cases_24h": 500},
        "Bình Dương": {"new_cases_24h": 396},
    }
    assert not opens_an_hour_window(text)


@pytest.mark.parametrize(
    "window",
    [
        "Tính từ 18h ngày 5/9 đến 6h ngày 6/9",
        "Từ 6h đến 18h30 ngày 6/9",
        "Từ 12 giờ ngày 5/9 đến 18 giờ ngày 6/9",
    ],
)
def test_half_a_day_or_a_day_and_a_half_is_no_day(window):
    text = f"{window}, cả nước ghi nhận 900 ca nhiễm mới tại Hà Nội (500), Bình Dương (400)."
    assert _stats(text) == {}
