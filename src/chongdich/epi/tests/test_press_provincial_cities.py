"""A bulletin that names no province but a city named otherwise than its province ("TP
Vinh" is in Nghệ An), on sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test11 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "cumulative_cases", "under_treatment")


def _stats(text):
    return stats_by_province(text, dt.date(2021, 10, 9), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trong 24 giờ qua có 3 ca mắc mới tại TP Buôn Ma Thuột, huyện Krông Pắc.\n"
            "Lũy kế từ đầu dịch, trên địa bàn tỉnh ghi nhận 12.340 ca mắc COVID-19.",
            {"Đắk Lắk": {"new_cases_24h": 3, "cumulative_cases": 12340}},
        ),
        (
            "Các ca bệnh mới ở thành phố Quy Nhơn và huyện Tuy Phước.\n"
            "Số bệnh nhân hiện đang điều trị: 210 bệnh nhân.",
            {"Bình Định": {"under_treatment": 210}},
        ),
        (
            "Sáng nay, Tp. Đà Lạt ghi nhận 15 ca mắc mới, đều đã được cách ly.",
            {"Lâm Đồng": {"new_cases_24h": 15}},
        ),
    ],
)
def test_a_city_names_the_province_of_a_bulletin_that_names_none(text, expected):
    assert _stats(text) == expected


def test_cities_of_two_provinces_name_no_province():
    text = (
        "Các ca mới ở TP Vinh và TP Huế.\n"
        "Lũy kế từ đầu dịch, trên địa bàn ghi nhận 500 ca mắc COVID-19."
    )
    assert _stats(text) == {}


def test_a_named_province_stands_over_a_city_of_another():
    text = "Tỉnh Hà Tĩnh ghi nhận 20 ca mắc mới, trong đó 2 ca từ TP Vinh trở về."
    assert _stats(text) == {"Hà Tĩnh": {"new_cases_24h": 20}}
