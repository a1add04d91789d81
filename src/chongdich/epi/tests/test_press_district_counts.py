"""A day's count a district heads or places ("huyện Ea Súp 04 trường hợp tại cộng đồng", "18
ca cộng đồng tại TP.Buôn Ma Thuột", "Thị xã Buôn Hồ ghi nhận 7 ca") is the district's, not
the province's; the province's own count before the breakdown stands, and a city that is a
province ("TP.HCM", "thành phố Cần Thơ") is no district. On sentences invented for the test
(not taken from any corpus file). docs/INTAKE.md, "test16 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "community_cases")


def _day(text):
    return stats_by_province(text, dt.date(2021, 11, 24), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chiều 24/11, Đắk Lắk ghi nhận 75 ca mắc mới. Cụ thể: huyện Ea Súp 04 trường hợp "
            "tại cộng đồng; huyện Krông Bông 09 trường hợp cách ly tại nhà.",
            {"Đắk Lắk": {"new_cases_24h": 75}},
        ),
        (
            "Ngày 24/11, Quảng Ngãi có 40 ca mắc mới.\n\n18 ca cộng đồng tại TP.Quảng Ngãi "
            "trong đó phường Nghĩa Lộ 6 ca.",
            {"Quảng Ngãi": {"new_cases_24h": 40}},
        ),
        (
            "Bình Định ghi nhận 52 ca mắc mới, trong đó 30 ca cộng đồng. Thị xã An Nhơn ghi "
            "nhận 12 ca trong đó 7 ca cộng đồng.",
            {"Bình Định": {"new_cases_24h": 52, "community_cases": 30}},
        ),
        (
            "Ngày 24/11, Phú Yên ghi nhận 33 ca mắc mới. Thành phố Tuy Hòa 20 trường hợp, "
            "trong đó 11 trường hợp tại cộng đồng.",
            {"Phú Yên": {"new_cases_24h": 33}},
        ),
    ],
)
def test_a_districts_count_is_not_the_provinces(text, expected):
    assert _day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 24/11, thành phố Cần Thơ ghi nhận 410 ca mắc mới, trong đó 95 ca cộng đồng.",
            {"Cần Thơ": {"new_cases_24h": 410, "community_cases": 95}},
        ),
        (
            "Ngày 24/11, TP.HCM có 1.020 ca mắc mới, trong đó 600 ca cộng đồng.",
            {"TP HCM": {"new_cases_24h": 1020, "community_cases": 600}},
        ),
    ],
)
def test_a_province_city_is_no_district(text, expected):
    assert _day(text) == expected
