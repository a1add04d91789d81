"""Patients treated at home are no total of cases: "cả nước hiện có hơn 180.000 trường hợp
F0 điều trị tại nhà", "Hiện Hà Nam có 3.200 ca cách ly điều trị tại nhà" count a subset of
those under treatment (docs/intake-annotation.md, "Subsets under treatment"), not the cases
to date. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test66 to test70 as development data (rules31)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 12, 20)
_TOTALS = ("cumulative_cases", "cumulative_is_lower_bound", "under_treatment")


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo Bộ Y tế, cả nước hiện có hơn 180.000 trường hợp F0 điều trị tại nhà.",
        "Hiện Hà Nam có 3.200 ca cách ly điều trị tại nhà.",
        "Hiện nay, Hà Nam có 3.200 F0 điều trị tại nhà.",
    ],
)
def test_patients_treated_at_home_are_no_total(sentence):
    assert stats_by_province(sentence, _DAY, _TOTALS) == {}


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        ("Hiện Hà Nam có 3.200 ca mắc Covid-19.", "Hà Nam"),
        ("Hiện nay, Hà Nam đã ghi nhận 3.200 trường hợp F0.", "Hà Nam"),
    ],
)
def test_the_cases_to_date_stay_a_total(sentence, province):
    assert stats_by_province(sentence, _DAY, ("cumulative_cases",)) == {
        province: {"cumulative_cases": 3200}
    }
