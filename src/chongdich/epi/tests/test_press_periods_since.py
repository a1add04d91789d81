"""A count "since" a day or a month that did not begin the wave ("Từ 3/9 đến nay …", "từ
đầu tháng 11 đến nay …", the word "ngày" left out) is a period's, not the province's total;
a total "từ đầu dịch" or "đến nay" alone stands. On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "test16 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


def _totals(text):
    got = stats_by_province(text, dt.date(2021, 11, 20), ("cumulative_cases",))
    return {p: r["cumulative_cases"] for p, r in got.items()}


@pytest.mark.parametrize(
    "text",
    [
        "Từ 3/9 đến nay, Quảng Trị ghi nhận 412 ca nhiễm COVID-19 về từ vùng dịch.",
        "Từ đầu tháng 11 đến nay, tỉnh Bình Phước đã ghi nhận 2.950 ca mắc COVID-19.",
        "Tính từ 15-10 đến nay Lạng Sơn có 618 ca mắc COVID-19.",
        "Từ tháng 9/2021 đến nay, Cao Bằng ghi nhận 240 ca mắc COVID-19.",
        "Từ đầu năm đến nay, Cao Bằng đã ghi nhận 240 ca nhiễm.",
        "Từ đầu năm 2021 đến nay, Cao Bằng có 240 ca mắc COVID-19.",
    ],
)
def test_a_periods_count_is_no_total(text):
    assert _totals(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Từ đầu dịch đến nay, Điện Biên ghi nhận 1.120 ca mắc COVID-19.", {"Điện Biên": 1120}),
        ("Tính đến nay, Sơn La đã ghi nhận 3.400 ca mắc COVID-19.", {"Sơn La": 3400}),
    ],
)
def test_a_total_stands(text, expected):
    assert _totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Từ đầu năm đến nay, Cao Bằng đã ghi nhận 240 ca nhiễm, trong đó đã điều trị khỏi "
        "180 trường hợp và 3 ca tử vong.",
        "Từ đầu năm 2022 đến nay, Cao Bằng có 3 ca tử vong, 180 ca khỏi bệnh.",
    ],
)
def test_a_periods_deaths_and_recoveries_are_no_totals(text):
    got = stats_by_province(text, dt.date(2021, 11, 20), ("deaths", "recovered"))
    assert got == {}
