"""A window's end written with a comma after its hour ("đến 16h, ngày 28/02/2022") dates the
count; a window of hours joined by a dash ("từ 17 giờ ngày 26.7 - 8 giờ ngày 27.7") is no
day's; a hospital named by its name ("Bệnh viện Lao và Bệnh phổi hiện đang điều trị cho 61
trường hợp") counts its own patients; provinces named only as where people came from ("về từ
TP.HCM, Bình Dương") get no count. On sentences invented for the test (not taken from any
corpus file). docs/INTAKE.md, "test50 to test59 as development data (rules27)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2022, 3, 1)


@pytest.mark.parametrize("comma", [",", ""])
def test_a_windows_end_dates_the_count(comma):
    text = (
        f"Tính từ 16h{comma} ngày 27/02/2022 đến 16h{comma} ngày 28/02/2022, trên địa bàn tỉnh "
        "Nghệ An ghi nhận 650 ca mắc mới Covid-19."
    )
    got = stats_by_province(text, _DAY, ("new_cases_24h", "as_of"))
    assert got == {"Nghệ An": {"new_cases_24h": 650, "as_of": "2022-02-28"}}


@pytest.mark.parametrize("dash", ["-", "–", " - "])
def test_a_dashed_window_of_hours_is_no_days_count(dash):
    text = (
        f"Sáng 27.7, Ban chỉ đạo tỉnh Bình Định cho biết từ 17 giờ ngày 26.7{dash}8 giờ ngày "
        "27.7, Bình Định có thêm 22 ca mắc Covid-19 mới."
    )
    assert stats_by_province(text, dt.date(2021, 7, 27), ("new_cases_24h",)) == {}


def test_a_dashed_day_long_window_stays():
    text = "Từ 18 giờ ngày 26.7 - 18 giờ ngày 27.7, Bình Định có thêm 22 ca mắc Covid-19 mới."
    got = stats_by_province(text, dt.date(2021, 7, 27), ("new_cases_24h",))
    assert got == {"Bình Định": {"new_cases_24h": 22}}


@pytest.mark.parametrize(
    "hospital", ["Bệnh viện Lao và Bệnh phổi", "Bệnh viện Đa khoa vùng Tây Nguyên", "Bệnh viện"]
)
def test_a_named_hospitals_patients_are_no_provinces(hospital):
    text = f"Tại Đắk Lắk, {hospital} hiện đang điều trị cho 61 trường hợp mắc Covid-19."
    assert stats_by_province(text, _DAY, ("under_treatment",)) == {}


def test_the_provinces_patients_stay():
    text = "Hiện tỉnh Đắk Lắk đang điều trị cho 61 trường hợp mắc Covid-19."
    got = stats_by_province(text, _DAY, ("under_treatment",))
    assert got == {"Đắk Lắk": {"under_treatment": 61}}


@pytest.mark.parametrize(
    "text",
    [
        "Trong số 11 trường hợp mới, có một số người có dịch tễ về từ TP.HCM, Bình Dương.",
        "Ngày 28/2, có 9 ca mắc mới, đều là người trở về từ Đồng Nai.",
        "Ngày 28/2, tỉnh có thêm 4 ca mắc mới đến từ tỉnh Long An.",
    ],
)
def test_origins_get_no_count(text):
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert not set(got) & {"TP HCM", "Bình Dương", "Đồng Nai", "Long An"}


def test_a_province_with_its_origins_keeps_its_count():
    text = "Ngày 28/2, Quảng Ngãi ghi nhận thêm 9 ca mắc mới, đều là người về từ TP.HCM."
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert got == {"Quảng Ngãi": {"new_cases_24h": 9}}


@pytest.mark.parametrize(
    "f1", ["là F1 của BN COVID-19", "là F1của BN COVID-19", "là F1 của bệnh nhân"]
)
def test_the_place_of_the_case_a_contact_caught_it_from_gets_no_count(f1):
    text = (
        f"Ngày 28/2, huyện Nghĩa Hưng có 1 ca cộng đồng, là bệnh nhân ở xã Nghĩa Trung, {f1} tại "
        "Hà Nội."
    )
    assert stats_by_province(text, _DAY, ("community_cases", "new_cases_24h")) == {}


def test_a_province_with_a_contacts_case_keeps_its_count():
    text = "Ngày 28/2, Nam Định có 3 ca cộng đồng, là F1 của BN COVID-19 tại Hà Nội."
    got = stats_by_province(text, _DAY, ("community_cases",))
    assert got == {"Nam Định": {"community_cases": 3}}
