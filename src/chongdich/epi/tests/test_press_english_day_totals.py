"""An English national bulletin's day: "The 1,204 new cases include five imported cases and
1,199 local infections …; 300 of these cases were detected in the community", deaths
"bringing the total to 2,100", and "Hồ Chí Minh City (377)" with its accents. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test12 and test13
as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = (
    "new_cases_24h", "imported_cases", "local_cases", "community_cases", "deaths",
)  # fmt: skip


def _stats(text):
    return stats_by_province(text, dt.date(2021, 9, 10), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 1,204 new cases include five imported cases and 1,199 local infections found "
            "in Long An (700), Tay Ninh (300) and Hồ Chí Minh City (199); 300 of these cases "
            "were detected in the community.",
            {
                None: {
                    "new_cases_24h": 1204,
                    "imported_cases": 5,
                    "local_cases": 1199,
                    "community_cases": 300,
                },
                "Long An": {"new_cases_24h": 700},
                "Tây Ninh": {"new_cases_24h": 300},
                "TP HCM": {"new_cases_24h": 199},
            },
        ),
        (
            "Vietnam's 812 new infections comprise 12 imported cases and 800 domestically "
            "transmitted cases, the Ministry of Health said.",
            {None: {"new_cases_24h": 812, "imported_cases": 12, "local_cases": 800}},
        ),
        (
            "A further 45 COVID-19 deaths were reported across the country on Friday, raising "
            "the death toll to 2,100.",
            {None: {"deaths": 2100}},
        ),
        (
            "Nationwide, 95 new COVID-19 cases were confirmed, including two imported cases; 40 "
            "of them were found in the community.",
            # (the count before its verb is the day's too, since intake-rules21)
            {None: {"new_cases_24h": 95, "imported_cases": 2, "community_cases": 40}},
        ),
    ],
)
def test_an_english_bulletins_day(text, expected):
    assert _stats(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a vaccine shipment: no case counts
        "The 500,000 new doses include Pfizer and Moderna vaccines for the country.",
        # deaths without a total
        "Three deaths were recorded in the country on Friday, the ministry said.",
    ],
)
def test_no_english_bulletin_figure(text):
    assert _stats(text) == {}
