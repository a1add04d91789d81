"""Province figures in English pages: a bulletin's labelled totals and vaccination coverage
by dose, on sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test11 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = (
    "cumulative_cases", "recovered", "deaths", "under_treatment",
    "vaccine_dose1_pct", "vaccine_dose2_pct",
)  # fmt: skip


def _stats(text):
    return stats_by_province(text, dt.date(2021, 10, 5), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the morning of October 4, Quang Binh recorded 12 new cases of Covid-19. "
            "Cumulative number of patients who have recovered and been discharged: 2,310 "
            "patients. Total number of deaths: 14. Number of patients still under treatment: "
            "87 patients.",
            {"Quảng Bình": {"recovered": 2310, "deaths": 14, "under_treatment": 87}},
        ),
        (
            "Accumulated since the start of the outbreak, Ha Tinh has registered 4,560 "
            "Covid-19 cases in all of its districts.",
            {"Hà Tĩnh": {"cumulative_cases": 4560}},
        ),
        (
            "According to the health department of Kon Tum, total number of patients who had "
            "died: 3 patients; number of cases currently receiving treatment: 41.",
            {"Kon Tum": {"deaths": 3, "under_treatment": 41}},
        ),
    ],
)
def test_a_bulletins_labelled_totals(text, expected):
    assert _stats(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By October 2, Binh Duong had covered 97.4 per cent of its adults with at least "
            "one dose of vaccine.",
            {"Bình Dương": {"vaccine_dose1_pct": 97.4}},
        ),
        (
            "The central province of Quang Ngai has given the second dose to 65% of its "
            "people aged 18 and over.",
            {"Quảng Ngãi": {"vaccine_dose2_pct": 65.0}},
        ),
        (
            "Some 71% of adults have now received their second shot in both Quang Nam and "
            "Da Nang, the health ministry said.",
            {"Quảng Nam": {"vaccine_dose2_pct": 71.0}, "Đà Nẵng": {"vaccine_dose2_pct": 71.0}},
        ),
    ],
)
def test_coverage_by_dose_with_the_rate_first_or_after_the_dose(text, expected):
    assert _stats(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the day's discharges, not a total
        "On October 4, 45 patients in Quang Binh have recovered and been discharged from "
        "the hospital.",
        # children's coverage is not coverage
        "In Binh Duong, 40 per cent of children aged 12 to 17 have had their first shot.",
        # a booster
        "Hai Phong has given 22% of its adults a booster dose in the past month.",
    ],
)
def test_days_discharges_childrens_and_booster_rates_give_nothing(text):
    assert _stats(text) == {}
