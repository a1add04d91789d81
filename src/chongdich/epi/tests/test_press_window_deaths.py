"""A bulletin's deaths of its own hour window ("Về số bệnh nhân tử vong, từ 17h30 ngày 16/4
đến 17h30 ngày 17/4 ghi nhận 10 ca tử vong tại: …") are the day's, not the country's total
of deaths a later sentence gives; and a day's count "tất cả đều ghi nhận trong nước" is its
local count too. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test46 to test49 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_HEAD = "Bản tin ngày 9/3 của Bộ Y tế cho biết có 8.100 ca mắc mới tại 50 tỉnh, thành phố. "


def _national(text, fields):
    return stats_by_province(text, dt.date(2022, 3, 9), fields).get(None, {})


@pytest.mark.parametrize(
    "deaths_line",
    [
        "Về số bệnh nhân tử vong, từ 17h30 ngày 8/3 đến 17h30 ngày 9/3 ghi nhận 12 ca tử vong "
        "tại: Long An (5), Cà Mau (4), Hậu Giang (3).",
        "- Từ 17h ngày 8/3 đến 17h ngày 9/3 ghi nhận 12 ca tử vong tại: Long An (5), Cà Mau "
        "(4), Hậu Giang (3).",
        "Từ 17 giờ ngày 8/3 đến 17 giờ ngày 9/3 có 12 bệnh nhân tử vong.",
    ],
)
def test_window_deaths_give_way_to_the_total(deaths_line):
    text = (
        _HEAD
        + deaths_line
        + "\nTổng số ca tử vong do COVID-19 tại Việt Nam tính đến nay là 40.512 ca."
    )
    assert _national(text, ("deaths",)) == {"deaths": 40512}


def test_deaths_without_a_window_stand():
    text = "Ngày 9/3, Bộ Y tế cho biết cả nước có 40.512 ca tử vong do COVID-19."
    assert _national(text, ("deaths",)) == {"deaths": 40512}


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("Ngày 9/3, Bộ Y tế ghi nhận 8.100 ca nhiễm mới tất cả đều ghi nhận trong nước.", 8100),
        ("Ngày 9/3, Bộ Y tế ghi nhận 8.100 ca mắc mới, đều ghi nhận trong nước.", 8100),
        ("Ngày 9/3, Bộ Y tế ghi nhận 8.100 ca mắc mới, tất cả là ca trong nước.", 8100),
    ],
)
def test_all_caught_at_home(text, local):
    assert _national(text, ("local_cases",)) == {"local_cases": local}


def test_not_all_at_home():
    text = "Ngày 9/3, Bộ Y tế ghi nhận 8.100 ca nhiễm mới, đều ghi nhận tại 50 tỉnh, thành phố."
    assert _national(text, ("local_cases",)) == {}


def test_cases_of_the_disease_caught_at_home():
    text = "Hôm nay, Việt Nam có 120 ca bệnh ghi nhận trong nước."
    assert stats_by_province(text, dt.date(2021, 5, 15), ("local_cases",)) == {
        None: {"local_cases": 120}
    }
