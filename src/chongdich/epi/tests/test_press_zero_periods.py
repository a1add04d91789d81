"""A zero said over weeks or up to a cut-off ("Hai tuần đầu … không ghi nhận ca nhiễm",
"Tính đến hôm nay (8/8) không có ca dương tính") is no day's zero; a day's zero still is. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test25
and test26 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


def _zeros(sentence):
    stats = stats_by_province(f"Tin dịch.\n{sentence}", dt.date(2021, 11, 9), ["new_cases_24h"])
    return {name: figures["new_cases_24h"] for name, figures in stats.items()}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai tuần đầu học trực tiếp tại trường (huyện Cần Giờ, TP.HCM) không ghi nhận ca nhiễm "
        "Covid-19.",
        "Hải Phòng: Tính đến hôm nay (9/11) không có ca dương tính với SARS-CoV-2.",
        "Trong tuần qua, Cà Mau không ghi nhận ca mắc mới.",
        "Suốt 3 tháng, Hà Giang không có ca nhiễm mới.",
    ],
)
def test_a_zero_over_weeks_or_to_date_is_no_days_zero(sentence):
    assert _zeros(sentence) == {}


def test_a_days_zero_stands():
    assert _zeros("Ngày 9 tháng 11, Cà Mau không ghi nhận ca mắc mới.") == {"Cà Mau": 0}
