"""An English bulletin that writes the day's count before its verb ("2,318 new infections
were logged on Tuesday", "A further 912 COVID-19 cases were confirmed nationwide"), in a
headline's present tense ("Vietnam records 1,402 new cases") and with its split in clauses
("of which 2,300 were domestic", "five imported and 907 local cases", "Among these, 640
are found in the community"); a week's count is not the day's. On sentences invented for the
test (not taken from any corpus file). docs/INTAKE.md, "test31 and test32 as development
data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "imported_cases", "local_cases", "community_cases")


def _stats(text):
    return stats_by_province(text, dt.date(2021, 9, 10), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2,318 new infections were logged on Tuesday, of which 2,310 were domestic cases. "
            "Localities logged cases as follows: Long An (1,200), Tay Ninh (700), Hanoi (410).",
            {
                None: {"new_cases_24h": 2318, "local_cases": 2310},
                "Long An": {"new_cases_24h": 1200},
                "Tây Ninh": {"new_cases_24h": 700},
                "Hà Nội": {"new_cases_24h": 410},
            },
        ),
        (
            "A further 912 COVID-19 cases were confirmed nationwide on Friday. Among the new "
            "cases, 907 were local infections and five were imported.",
            {None: {"new_cases_24h": 912, "local_cases": 907, "imported_cases": 5}},
        ),
        (
            "Vietnam records 1,402 new cases of COVID-19 on Monday, including five imported "
            "and 1,397 local cases. Among these, 640 are found in the community.",
            {
                None: {
                    "new_cases_24h": 1402,
                    "imported_cases": 5,
                    "local_cases": 1397,
                    "community_cases": 640,
                }
            },
        ),
        (
            "Vietnam reported 18 new novel coronavirus infections on Monday.",
            {None: {"new_cases_24h": 18}},
        ),
        (
            "5,120 new cases reported on Saturday\n\nCases were reported in Dong Nai (5,000), "
            "Kien Giang (100) and Ca Mau (20).",
            {
                None: {"new_cases_24h": 5120},
                "Đồng Nai": {"new_cases_24h": 5000},
                "Kiên Giang": {"new_cases_24h": 100},
                "Cà Mau": {"new_cases_24h": 20},
            },
        ),
    ],
)
def test_the_count_before_its_verb_and_its_split_in_clauses_are_the_days(text, expected):
    assert _stats(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "During the week (from 3 – 9 Aug), a total of 8,412 new cases were reported.",
        "A total of 1,207 new cases were reported (down 12% compared to previous week).",
        "3,050 more infections were recorded over the past seven days.",
    ],
)
def test_a_weeks_count_before_its_verb_is_not_the_days(text):
    assert _stats(text).get(None, {}).get("new_cases_24h") is None


def test_a_studys_community_total_is_no_split_of_a_day():
    text = "There were 215 cases detected in the community, 140 of them close contacts."
    assert _stats(text).get(None, {}).get("community_cases") is None
