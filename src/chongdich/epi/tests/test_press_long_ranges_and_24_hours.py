"""A range of days with both ends written and longer than a day's window ("từ ngày 01/1/2021
đến 16h ngày 8/11/2021: 80 trường hợp, trong đó: 50 ca tại cộng đồng") counts a period: no
day's count, no total; from the wave's first day it keeps its totals. The 24 hours named
after the count ("Ghi nhận 16 ca COVID-19 trong 24 giờ") or before the verb ("Trong 24 giờ
qua, tỉnh ghi nhận 16 ca COVID-19") give the day's count. Patients "đang được cách ly và
điều trị" are under treatment. On sentences invented for the test (not taken from any
corpus file). docs/INTAKE.md, "Statistics of test63 to test65 and thin pages as development
data (rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 11, 8)
_ALL = (
    "new_cases_24h",
    "community_cases",
    "cumulative_cases",
    "recovered",
    "deaths",
    "under_treatment",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Như vậy, số ca F0 của tỉnh Yên Bái ghi nhận từ ngày 01/1/2021 đến 16h ngày 8/11/2021: "
        "80 trường hợp, trong đó: 50 ca ghi nhận tại cộng đồng; 30 ca trong khu cách ly.",
        "Tính từ ngày 05/02/2021 đến 10h00 ngày 8/11/2021, tỉnh Yên Bái ghi nhận 300 ca mắc; "
        "điều trị khỏi và xuất viện 100 bệnh nhân.",
    ],
)
def test_a_long_range_counts_a_period(sentence):
    assert stats_by_province(sentence, _DAY, _ALL) == {}


def test_a_range_from_the_waves_first_day_keeps_its_totals():
    sentence = (
        "Từ ngày 27/4/2021 đến ngày 8/11/2021, tỉnh Yên Bái ghi nhận 300 ca mắc, 100 ca khỏi bệnh."
    )
    got = stats_by_province(sentence, _DAY, ("cumulative_cases", "recovered"))
    assert got == {"Yên Bái": {"cumulative_cases": 300, "recovered": 100}}


def test_under_treatment_stands_whatever_the_range():
    sentence = (
        "Từ ngày 05/02/2021 đến ngày 8/11/2021, tỉnh Yên Bái ghi nhận 300 ca mắc; 200 bệnh "
        "nhân đang được cách ly và điều trị."
    )
    assert stats_by_province(sentence, _DAY, _ALL) == {"Yên Bái": {"under_treatment": 200}}


def test_a_days_window_across_midnight_is_no_period():
    sentence = "Từ 18h ngày 7/11 đến 18h ngày 8/11, tỉnh Yên Bái ghi nhận 16 ca mắc mới."
    assert stats_by_province(sentence, _DAY, ("new_cases_24h",)) == {
        "Yên Bái": {"new_cases_24h": 16}
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Yên Bái: Ghi nhận 16 ca COVID-19 trong 24 giờ",
        "Tỉnh Yên Bái ghi nhận 16 ca mắc COVID-19 trong 24 giờ qua.",
        "Trong 24 giờ qua, tỉnh Yên Bái ghi nhận 16 ca COVID-19.",
        "24h qua, Yên Bái phát hiện 16 trường hợp dương tính.",
    ],
)
def test_the_24_hours_around_the_count(sentence):
    got = stats_by_province(sentence, _DAY, ("new_cases_24h",))
    assert got == {"Yên Bái": {"new_cases_24h": 16}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong 24 giờ qua, tỉnh Yên Bái ghi nhận 16 ca tử vong.",
        "Trong 24 giờ qua, tỉnh Yên Bái có 16 ca được công bố khỏi bệnh.",
    ],
)
def test_the_24_hours_outcomes_are_no_new_cases(sentence):
    assert stats_by_province(sentence, _DAY, ("new_cases_24h",)) == {}


def test_a_weeks_range_with_hours_and_its_split():
    text = (
        "Trung tâm Chỉ huy tỉnh Yên Bái thông cáo trong tuần (từ 11h00 ngày 30/4/2022 đến 11h00 "
        "ngày 06/5/2022) ghi nhận 245 trường hợp dương tính với SARS-CoV-2. Trong đó: Ca bệnh "
        "là F1: 93 ca; Ca bệnh ngoài cộng đồng chưa rõ nguồn lây: 152 ca."
    )
    got = stats_by_province(text, _DAY, ("new_cases_24h", "community_cases"))
    assert got == {}
