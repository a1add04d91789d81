"""Counts "now" and new cases called "ca bệnh": "Hiện Việt Nam có 312 ca nhiễm" and "Hiện
Quảng Ninh đã ghi nhận 1.045 ca" are totals to date (dated by the report, as "Hiện tại"
is), "có 812 bệnh nhân mắc Covid-19 đang được điều trị" counts those treated, not the
total, and "3 ca bệnh COVID-19 mới" is the day's count. On sentences invented for the test
(not taken from any corpus file). docs/INTAKE.md, "test17 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 12, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiện Việt Nam có 312 ca nhiễm, 280 người đã khỏi bệnh.", {None: 312}),
        ("Hiện cả nước đã ghi nhận 1.520 ca mắc COVID-19.", {None: 1520}),
        ("Hiện Quảng Ninh đã ghi nhận 1.045 ca mắc COVID-19.", {"Quảng Ninh": 1045}),
        ("Hiện Bệnh viện Bạch Mai có 40 ca mắc COVID-19 đang điều trị.", {}),
        ("Như vậy hiện Việt Nam có 35 bệnh nhân COVID-19 tử vong.", {}),
        ("Hiện tại, Lào Cai có 612 bệnh nhân mắc Covid-19 đang được điều trị.", {}),
    ],
)
def test_a_total_now(text, expected):
    got = stats_by_province(text, _DAY, ("cumulative_cases",))
    assert {p: r["cumulative_cases"] for p, r in got.items()} == expected


def test_patients_treated_now_are_dated_by_the_report():
    text = (
        "Chiều 30-12, Sở Y tế tỉnh Lào Cai cho biết tình hình dịch bệnh. Hiện tại, có 612 "
        "bệnh nhân mắc Covid-19 đang được điều trị."
    )
    got = stats_by_province(text, _DAY, ("under_treatment", "as_of"))
    assert got == {"Lào Cai": {"under_treatment": 612, "as_of": "2021-12-30"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Y tế vừa công bố 3 ca bệnh COVID-19 mới, đều là người nhập cảnh.", {None: 3}),
        ("Sáng nay, Hà Tĩnh ghi nhận 7 ca bệnh mới tại huyện Kỳ Anh.", {"Hà Tĩnh": 7}),
    ],
)
def test_new_cases_called_ca_benh(text, expected):
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert {p: r["new_cases_24h"] for p, r in got.items()} == expected
