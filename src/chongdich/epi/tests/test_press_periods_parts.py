"""A period's parts and a day's outcomes: the recovered and dead that split a period's count
in the next sentence ("Tính từ ngày 5-7 đến nay, … 3.118 ca. Trong đó, 2.240 ca đã khỏi
bệnh, 21 ca tử vong và 857 ca đang điều trị") are the period's, no totals (those still
treated stand); a dated lead's new cases joined to the day's recovered ("Ngày 3-12 Kon Tum
ghi nhận 45 trường hợp dương tính với SARS-CoV-2 và 112 người khỏi bệnh") gives no total;
patients named with the disease right after the count ("Trong 857 bệnh nhân Covid-19 đang
điều trị …") are under treatment. On sentences invented for the test (not taken from any
corpus file). docs/INTAKE.md, "test66 to test70 as development data (rules31)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 12, 3)
_OUTCOMES = ("recovered", "deaths", "under_treatment")


@pytest.mark.parametrize(
    "opening",
    ["Tính từ ngày 5-7 đến nay", "Từ ngày 05/7/2021 đến nay", "Tính từ 5/7 tới nay"],
)
def test_a_periods_parts_in_the_next_sentence_are_no_totals(opening):
    text = (
        f"{opening}, Kon Tum đã ghi nhận 3.118 ca Covid-19. Trong đó, 2.240 ca đã khỏi bệnh "
        "được xuất viện, 21 ca tử vong và 857 ca đang điều trị tại các cơ sở y tế."
    )
    assert stats_by_province(text, _DAY, _OUTCOMES) == {"Kon Tum": {"under_treatment": 857}}


@pytest.mark.parametrize("opening", ["Tính từ ngày 27/4 đến nay", "Tính đến nay"])
def test_a_totals_parts_in_the_next_sentence_stay(opening):
    text = (
        f"{opening}, Kon Tum đã ghi nhận 3.118 ca Covid-19. Trong đó, 2.240 ca đã khỏi bệnh, "
        "21 ca tử vong."
    )
    assert stats_by_province(text, _DAY, ("recovered", "deaths")) == {
        "Kon Tum": {"recovered": 2240, "deaths": 21}
    }


@pytest.mark.parametrize(
    "headline",
    [
        "Ngày 3-12 Kon Tum ghi nhận 45 trường hợp dương tính với SARS-CoV-2 và 112 người khỏi bệnh",
        "Chiều 3/12, Kon Tum ghi nhận 45 ca mắc mới, 112 ca khỏi bệnh",
    ],
)
def test_a_dated_leads_outcomes_joined_to_its_new_cases_are_the_days(headline):
    assert stats_by_province(headline + ".", _DAY, ("recovered",)) == {}


def test_a_total_joined_to_a_dated_lead_stays():
    text = "Ngày 3/12, Kon Tum ghi nhận 45 ca mới, nâng tổng số người khỏi bệnh lên 2.240 người."
    assert stats_by_province(text, _DAY, ("recovered",)) == {"Kon Tum": {"recovered": 2240}}


def test_patients_with_the_disease_after_the_count_are_under_treatment():
    text = (
        "Kon Tum ghi nhận 45 ca mới. Trong 857 bệnh nhân Covid-19 đang điều trị tại các cơ sở "
        "y tế có 4 bệnh nhân nặng."
    )
    assert stats_by_province(text, _DAY, ("under_treatment",)) == {
        "Kon Tum": {"under_treatment": 857}
    }


@pytest.mark.parametrize(
    "opening",
    ["Từ ngày 26/6 đến ngày 20/7", "Từ ngày 1/11/2021 đến hết ngày 10/11/2021"],
)
def test_a_range_of_whole_days_counts_a_period(opening):
    text = f"{opening}, địa bàn tỉnh Kon Tum ghi nhận 216 trường hợp dương tính với SARS-CoV-2."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {}


def test_a_range_of_one_day_counts_the_day():
    text = "Từ ngày 2/12 đến ngày 3/12, Kon Tum ghi nhận 21 trường hợp dương tính với SARS-CoV-2."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {"Kon Tum": {"new_cases_24h": 21}}


def test_more_patients_cured_are_no_new_cases():
    text = "Sáng ngày 3/12, Bộ Y tế cho biết có thêm 9 bệnh nhân Covid-19 được chữa khỏi bệnh."
    assert stats_by_province(text, _DAY, ("new_cases_24h", "recovered")) == {}


def test_a_hospitals_certified_discharges_are_its_own():
    text = (
        "Ngày 3/12, Bệnh viện Phổi Kon Tum trao giấy chứng nhận khỏi bệnh và cho xuất viện 2 "
        "bệnh nhân Covid-19."
    )
    assert stats_by_province(text, _DAY, ("recovered",)) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Như vậy, tính từ ngày 05/02/2021 đến 09h00 ngày 10/11/2021 Kon Tum có tổng cộng 187 "
        "bệnh nhân Covid-19; 117 bệnh nhân đang được điều trị.",
        "Tính từ ngày 5/7 đến 17 giờ ngày 3/12, Kon Tum đã ghi nhận tổng cộng 187 ca mắc.",
    ],
)
def test_a_range_of_days_to_an_hour_gives_no_total(sentence):
    assert stats_by_province(sentence, _DAY, ("cumulative_cases",)) == {}


def test_a_total_from_the_fourth_waves_start_to_an_hour_stays():
    text = "Tính từ ngày 27/4 đến 17 giờ ngày 3/12, Kon Tum đã ghi nhận tổng cộng 187 ca mắc."
    assert stats_by_province(text, _DAY, ("cumulative_cases",)) == {
        "Kon Tum": {"cumulative_cases": 187}
    }
