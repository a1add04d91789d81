"""Early 2020's name of the disease ("9 người nhiễm nCoV"), a wave named by its number ("trong
đợt dịch bùng phát lần 4 này, … 14 trường hợp": the wave's total, not the day's count), and a
window of days written "trong vòng 20 ngày" (no day's count). On sentences invented for the
test (not taken from any corpus file). docs/INTAKE.md, "test50 to test59 as development data
(rules27)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2020, 3, 26)
_FIELDS = ("new_cases_24h", "cumulative_cases")


@pytest.mark.parametrize("name", ["nCoV", "COVID-19", "SARS-CoV-2"])
def test_the_days_count_by_any_name_of_the_disease(name):
    text = f"Tối 26/3, Hậu Giang có thêm 9 người nhiễm {name}."
    assert stats_by_province(text, _DAY, _FIELDS) == {"Hậu Giang": {"new_cases_24h": 9}}


def test_ncov_inside_a_word_is_no_disease():
    text = "Tối 26/3, Hậu Giang có thêm 9 người nhiễm XnCoVY."
    assert stats_by_province(text, _DAY, _FIELDS) == {}


@pytest.mark.parametrize(
    "wave", ["đợt dịch này", "đợt dịch bùng phát lần 4 này", "đợt dịch thứ tư này"]
)
def test_a_waves_total_is_no_days_count(wave):
    text = f"Như vậy, trong {wave}, Hậu Giang đã ghi nhận 14 trường hợp dương tính SARS-CoV-2."
    assert stats_by_province(text, _DAY, _FIELDS) == {"Hậu Giang": {"cumulative_cases": 14}}


@pytest.mark.parametrize("days", ["trong vòng 20 ngày", "trong 20 ngày"])
def test_a_window_of_days_has_no_days_count(days):
    text = f"Ở nước ta, chỉ {days} (từ ngày 6 đến 26 tháng 3), đã có 137 ca mắc mới."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {}


def test_a_day_in_a_window_of_one_day_stays():
    text = "Trong vòng 24 giờ qua, cả nước ghi nhận 37 ca mắc mới."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {None: {"new_cases_24h": 37}}


@pytest.mark.parametrize(
    "people",
    [
        "27 người dương tính với virusSARS-CoV-2",
        "27 người dương tính với vi rút SARS-CoV-2",
        "27 người mắc COVID-19",
    ],
)
def test_people_positive_are_the_days_cases(people):
    text = f"Sáng 26/3, Sở Y tế Quảng Ngãi thông tin vừa ghi nhận thêm {people}."
    assert stats_by_province(text, _DAY, _FIELDS) == {"Quảng Ngãi": {"new_cases_24h": 27}}


def test_people_tested_negative_are_no_cases():
    text = "Sáng 26/3, Quảng Ngãi lấy mẫu thêm 27 người, đều âm tính với SARS-CoV-2."
    assert stats_by_province(text, _DAY, _FIELDS) == {}
