"""One province's share of the country's day after "trong đó" ("Bộ Y tế … ghi nhận thêm
10.657 ca mắc COVID-19, trong đó Bình Dương có 4.223 ca") is that province's day count; a
district's share, or a share of deaths, is not. On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "test50 to test59 as development data
(rules27)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 8, 20)


@pytest.mark.parametrize(
    ("share", "province", "value"),
    [
        ("trong đó Bình Dương có 4.223 ca, cao hơn TP HCM", "Bình Dương", 4223),
        ("trong đó TP.HCM có 3.500 ca", "TP HCM", 3500),
        ("trong đó tỉnh Đồng Nai ghi nhận 900 ca", "Đồng Nai", 900),
    ],
)
def test_a_provinces_share_of_the_countrys_day(share, province, value):
    text = f"Tối 20/8, Bộ Y tế cho biết ghi nhận thêm 10.657 ca mắc COVID-19, {share}."
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert got == {None: {"new_cases_24h": 10657}, province: {"new_cases_24h": value}}


@pytest.mark.parametrize(
    "share", ["trong đó Đống Đa có 10 ca", "trong đó Bình Dương có 40 ca tử vong"]
)
def test_no_provinces_share(share):
    text = f"Tối 20/8, Bộ Y tế cho biết ghi nhận thêm 10.657 ca mắc COVID-19, {share}."
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert got == {None: {"new_cases_24h": 10657}}


def test_a_share_after_a_headlines_count():
    text = (
        "Tối 20/8 thêm 10.657 ca COVID-19 mới, nhiều nhất ở miền Nam (PLVN) - Tối 20/8, Bộ Y tế "
        "cho biết ghi nhận thêm 10.657 ca mắc COVID-19, trong đó Bình Dương có 4.223 ca."
    )
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert got.get("Bình Dương") == {"new_cases_24h": 4223}
