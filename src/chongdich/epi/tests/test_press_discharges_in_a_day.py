"""A day's discharges after "ghi nhận" in a 24-hour report ("trong 24 giờ qua … ghi nhận 4.497
bệnh nhân Covid-19 khỏi bệnh, xuất viện") are no new cases, and those treated counted with the
places between ("tổng số bệnh nhân đang điều trị tại 32 cơ sở thu dung, điều trị trong tỉnh
là 51.447 bệnh nhân") are `under_treatment`. On sentences invented for the test (not taken
from any corpus file). docs/INTAKE.md, "test46 to test49 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


def _read(text):
    return stats_by_province(text, dt.date(2021, 9, 12), ("new_cases_24h", "under_treatment"))


@pytest.mark.parametrize(
    "outcome",
    [
        "ghi nhận 2.100 bệnh nhân Covid-19 khỏi bệnh, xuất viện",
        "ghi nhận 2.100 bệnh nhân xuất viện",
        "có 2.100 ca được công bố khỏi bệnh",
        "ghi nhận 2.100 ca tử vong",
    ],
)
def test_outcomes_of_the_day_are_no_new_cases(outcome):
    text = f"Sở Y tế thông báo trong 24 giờ qua, tỉnh Long An {outcome}."
    assert _read(text).get("Long An", {}).get("new_cases_24h") is None


def test_new_cases_of_the_day_stand():
    text = "Sở Y tế thông báo trong 24 giờ qua, tỉnh Long An ghi nhận 2.100 ca nhiễm Covid-19."
    assert _read(text)["Long An"] == {"new_cases_24h": 2100}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 12/9, tổng số bệnh nhân đang điều trị tại 32 cơ sở thu dung, điều trị trong tỉnh "
        "Long An là 8.400 bệnh nhân.",
        "Ngày 12/9, số bệnh nhân đang điều trị tại 5 bệnh viện của tỉnh Long An là 8.400 người.",
    ],
)
def test_treated_with_the_places_counted_between(sentence):
    assert _read(sentence)["Long An"] == {"under_treatment": 8400}


@pytest.mark.parametrize(
    "sentence",
    [
        "Đến nay, Long An đã ghi nhận 10.040 ca COVID-19, trong đó 6.874 người đã khỏi bệnh, "
        "3.602 người đang tiếp tục điều trị.",
        "Đến nay, Long An đã ghi nhận 10.040 ca COVID-19, trong đó 3.602 người đang điều trị.",
        "Đến nay, Long An có 3.602 bệnh nhân đang tiếp tục điều trị.",
    ],
)
def test_those_still_treated_in_a_totals_split(sentence):
    assert _read(sentence)["Long An"] == {"under_treatment": 3602}


def test_people_treated_with_no_total_split_are_not_read():
    assert _read("Ngày 12/9, Long An có 500 người đang điều trị tại nhà.") == {}
