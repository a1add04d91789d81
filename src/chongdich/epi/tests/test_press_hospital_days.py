"""A hospital's day and other counts that are no province's figure: a hospital named with
its kind first ("Bệnh viện đa khoa khu vực Hòa Bình có 9 ca xuất viện", "… đã công bố khỏi
bệnh và cho xuất viện 4 bệnh nhân") counts its own discharges; patients admitted ("ghi
nhận có 25 bệnh nhân Covid-19 nhập viện") are no new cases, and those discharged in a window
of a day are the day's; a period opened on a day written without "ngày" ("Từ 18.7 đến nay")
has no day's counts; the adults' rate before a children's clause stands. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test66 to test70 as
development data (rules31)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2022, 4, 21)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bệnh viện đa khoa Trung ương Hòa Bình có 9 bệnh nhân được xuất viện.",
        "Còn tại Bệnh viện đa khoa khu vực Hòa Bình có 9 ca xuất viện, gồm bệnh nhân 12, 15.",
        "Sáng 20/4, Bệnh viện Phổi Hòa Bình đã công bố khỏi bệnh và cho xuất viện 9 bệnh nhân.",
    ],
)
def test_a_hospitals_own_discharges_are_not_the_provinces(sentence):
    assert stats_by_province(sentence, _DAY, ("recovered",)) == {}


def test_the_provinces_recovered_stay():
    text = "Đến nay, Hòa Bình đã có 940 bệnh nhân khỏi bệnh, xuất viện."
    assert stats_by_province(text, _DAY, ("recovered",)) == {"Hòa Bình": {"recovered": 940}}


def test_admissions_and_discharges_of_a_day_are_no_figures():
    text = (
        "Tính từ 6h ngày 20/4/2022 đến 6h ngày 21/4/2022, Hòa Bình ghi nhận có 25 bệnh nhân "
        "Covid-19 nhập viện, 31 bệnh nhân ra viện."
    )
    assert stats_by_province(text, _DAY, ("new_cases_24h", "recovered")) == {}


def test_a_windows_new_cases_stay():
    text = (
        "Tính từ 6h ngày 20/4/2022 đến 6h ngày 21/4/2022, Hòa Bình ghi nhận có 25 ca mắc "
        "Covid-19 mới."
    )
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {"Hòa Bình": {"new_cases_24h": 25}}


@pytest.mark.parametrize("opening", ["Từ 18.7 đến nay", "Từ 18/7/2021 tới nay"])
def test_a_period_written_without_ngay_has_no_days_counts(opening):
    text = f"{opening}, Hòa Bình có 1.420 ca bệnh, cụ thể 230 ca cộng đồng và 41 ca nhập cảnh."
    fields = ("community_cases", "imported_cases", "new_cases_24h")
    assert stats_by_province(text, _DAY, fields) == {}


def test_the_fourth_waves_start_is_no_period():
    text = "Từ 27/4 đến nay, Hòa Bình có 1.420 ca bệnh."
    assert stats_by_province(text, _DAY, ("cumulative_cases",)) == {
        "Hòa Bình": {"cumulative_cases": 1420}
    }


def test_the_adults_rate_before_a_childrens_clause_stands():
    text = (
        "Tại tỉnh Hòa Bình, số người từ 18 tuổi trở lên đã tiêm 02 mũi vaccine đạt 97,5%, "
        "tỷ lệ người từ 12 – 17 tuổi đủ 02 mũi vaccine đạt 91,2%."
    )
    assert stats_by_province(text, _DAY, ("vaccine_dose2_pct",)) == {
        "Hòa Bình": {"vaccine_dose2_pct": 97.5}
    }


def test_a_childrens_rate_alone_stays_unread():
    text = "Tại tỉnh Hòa Bình, tỷ lệ người từ 12 – 17 tuổi đã tiêm 02 mũi vaccine đạt 91,2%."
    assert stats_by_province(text, _DAY, ("vaccine_dose2_pct",)) == {}
