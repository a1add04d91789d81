"""The country's day on an English page: the country or the Ministry as the one that counts
("The Health Ministry confirmed …", "the country recorded additional …", "Vietnam has
tallied …"), its parts ("with 44 of them imported and 14,934 others locally infected") and
its day's count raised ("raising its daily count to 2,301"). On invented sentences."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = (
    "new_cases_24h", "imported_cases", "local_cases", "community_cases", "cumulative_cases",
)  # fmt: skip


def _stats(text):
    return stats_by_province(text, dt.date(2022, 1, 23), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Health Ministry confirmed 215 new community transmissions in nine localities "
            "on Sunday afternoon, pushing the infection tally during the new wave to 6,120.",
            # (community transmissions are community cases: docs/intake-annotation.md, "Added
            # for test35, test36")
            {"new_cases_24h": 215, "community_cases": 215, "cumulative_cases": 6120},
        ),
        (
            "The Ministry of Health reported 12,310 new COVID-19 cases today, with 31 of them "
            "imported and 12,279 others locally infected.",
            {"new_cases_24h": 12310, "imported_cases": 31, "local_cases": 12279},
        ),
        (
            "During the day, the country recorded additional 11,020 COVID-19 cases in 50 "
            "provinces and cities, including 6,400 cases in the community.",
            {"new_cases_24h": 11020, "community_cases": 6400},
        ),
        (
            "Vietnam has recorded an additional 700 locally transmitted cases in 12 provinces "
            "during the evening, thus raising its daily count to 1,950.",
            {"new_cases_24h": 1950},
        ),
        (
            "The 9,412 new COVID-19 cases reported include five imported cases and 9,407 local "
            "infections, the Health Ministry said.",
            {"new_cases_24h": 9412, "imported_cases": 5, "local_cases": 9407},
        ),
    ],
)
def test_the_countrys_day(text, expected):
    assert _stats(text) == {None: expected}


def test_a_province_the_ministry_names_keeps_its_count():
    text = "Long An reported 120 new cases on Saturday, the Health Ministry said on Sunday."
    assert _stats(text) == {"Long An": {"new_cases_24h": 120}}
