"""A count said to be recorded today ("thông tin về 64 ca bệnh ghi nhận trong ngày", "38 ca
dương tính với SARS-CoV-2 mới ghi nhận", "45 F0 được ghi nhận hôm nay") is the day's
`new_cases_24h`; a count recorded since a date, and recoveries or deaths recorded today, are
not. On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"test16 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


def _new_cases(text):
    got = stats_by_province(text, dt.date(2021, 11, 2), ("new_cases_24h",))
    return {p: r["new_cases_24h"] for p, r in got.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chiều 2/11, Ban Chỉ đạo tỉnh Bến Tre thông tin về 64 ca bệnh ghi nhận trong ngày.",
            {"Bến Tre": 64},
        ),
        (
            "CDC Vĩnh Phúc cho biết 38 ca dương tính với virus SARS-CoV-2 mới ghi nhận đều "
            "liên quan đến khu công nghiệp.",
            {"Vĩnh Phúc": 38},
        ),
        ("Tại Hòa Bình, 45 F0 được ghi nhận hôm nay đều đã được cách ly.", {"Hòa Bình": 45}),
        (
            "Sở Y tế Hà Tĩnh công bố 1.203 trường hợp mắc COVID-19 được ghi nhận trong 24 giờ qua.",
            {"Hà Tĩnh": 1203},
        ),
    ],
)
def test_recorded_today_is_the_days_count(text, expected):
    assert _new_cases(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thái Bình có 2.310 ca ghi nhận từ đầu đợt dịch.",
        "Hưng Yên có 52 ca khỏi bệnh được ghi nhận trong ngày.",
        "Nam Định có 3 ca tử vong mới ghi nhận.",
    ],
)
def test_not_the_days_count(text):
    assert _new_cases(text) == {}
