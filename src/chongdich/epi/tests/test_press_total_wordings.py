"""A total after its cue in more wordings: people as cases ("đến nay tỉnh ghi nhận 2.410 người
dương tính") and a count followed by its breakdown in brackets ("… 1350 ca F0 (trong đó 12 ca
từ tỉnh khác chuyển đến)"). "phát hiện có 9 ca" is found, not "hiện có" (now): no total. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test16 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


def _totals(text):
    got = stats_by_province(text, dt.date(2021, 10, 28), ("cumulative_cases",))
    return {p: r["cumulative_cases"] for p, r in got.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo CDC Bình Thuận, đến nay tỉnh ghi nhận 2.410 người dương tính với SARS-CoV-2.",
            {"Bình Thuận": 2410},
        ),
        ("Tính đến ngày 27/10, Quảng Bình có 980 người mắc COVID-19.", {"Quảng Bình": 980}),
        (
            "Tính đến thời điểm hiện tại, Hà Giang ghi nhận 1350 ca F0 (trong đó 12 ca từ tỉnh "
            "khác chuyển đến).",
            {"Hà Giang": 1350},
        ),
        (
            "Lũy kế đến nay Tuyên Quang có 731 người nhiễm COVID-19, trong đó 5 ca tử vong.",
            {"Tuyên Quang": 731},
        ),
    ],
)
def test_a_total_in_other_wordings(text, expected):
    assert _totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trong 20 ca mắc vừa được phát hiện tại Phú Thọ có 9 ca trong khu cách ly tập trung.",
        "Ổ dịch mới xuất hiện có 14 ca tại Bắc Kạn.",
        "Đến nay Lào Cai có 300 người được tiêm vắc xin mũi 3.",
    ],
)
def test_no_total(text):
    assert _totals(text) == {}
