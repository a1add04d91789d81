"""A day's count announced with other verbs: "Trong ngày 3/9, … phát hiện 41 trường hợp dương
tính", "CDC tỉnh X công bố 9 trường hợp có kết quả xét nghiệm dương tính với SARS-CoV-2" is
the day's `new_cases_24h`; a count of suspects or of negative results is not. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test17 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


def _new_cases(text):
    got = stats_by_province(text, dt.date(2021, 9, 3), ("new_cases_24h",))
    return {p: r["new_cases_24h"] for p, r in got.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trong ngày 3/9, trên địa bàn tỉnh Đồng Tháp phát hiện 41 trường hợp dương tính, "
            "trong đó 2 ca tái dương tính.",
            {"Đồng Tháp": 41},
        ),
        (
            "Trong ngày, tỉnh Sóc Trăng phát hiện thêm 17 ca mắc, đều đã được cách ly.",
            {"Sóc Trăng": 17},
        ),
        (
            "Trong ngày 3/9, Sở Y tế Bạc Liêu công bố 25 trường hợp mắc COVID-19 tại 3 huyện.",
            {"Bạc Liêu": 25},
        ),
        (
            "CDC tỉnh Thái Bình công bố 9 trường hợp có kết quả xét nghiệm dương tính với "
            "SARS-CoV-2 trong ngày 3/9.",
            {"Thái Bình": 9},
        ),
        (
            "Sở Y tế Ninh Bình đã công bố 14 ca có kết quả dương tính với Covid-19.",
            {"Ninh Bình": 14},
        ),
    ],
)
def test_the_days_count_with_other_verbs(text, expected):
    assert _new_cases(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "CDC tỉnh Thái Bình công bố 9 trường hợp có kết quả xét nghiệm âm tính với SARS-CoV-2.",
        "Từ đầu dịch, tỉnh Hậu Giang phát hiện 3.120 trường hợp dương tính với SARS-CoV-2.",
    ],
)
def test_not_the_days_count(text):
    assert _new_cases(text) == {}
