"""An English bulletin's provinces in prose: the day's count after a rank or a hotspot
("Hanoi reported the most with 212 cases", "HCM City reported the highest number of new cases
with 1,030", "Long An remains the largest hotspot with 904 new cases"), a list whose brackets
hold the noun ("Yen Bai (41 cases)") and the day's count of the last 24 hours without "new".
On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test31
and test32 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


def _day(text):
    return stats_by_province(text, dt.date(2021, 9, 10), ("new_cases_24h",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry of Health confirmed 640 COVID-19 cases over the last 24 hours. Hanoi "
            "reported the most with 212 cases, followed by the northern province of Yen Bai (41 "
            "cases) and the central province of Nghe An (30 cases).",
            {
                None: {"new_cases_24h": 640},
                "Hà Nội": {"new_cases_24h": 212},
                "Yên Bái": {"new_cases_24h": 41},
                "Nghệ An": {"new_cases_24h": 30},
            },
        ),
        (
            "Vietnam recorded 2,100 new cases on Monday. HCM City reported the highest number of "
            "new cases with 1,030, followed by Binh Duong (500) and Dong Nai (300).",
            {
                None: {"new_cases_24h": 2100},
                "TP HCM": {"new_cases_24h": 1030},
                "Bình Dương": {"new_cases_24h": 500},
                "Đồng Nai": {"new_cases_24h": 300},
            },
        ),
        (
            "Long An remains the largest coronavirus hotspot in the country with 904 new cases.",
            {"Long An": {"new_cases_24h": 904}},
        ),
    ],
)
def test_a_provinces_rank_or_hotspot_gives_its_days_count(text, expected):
    assert _day(text) == expected


def test_a_hotspots_new_cases_of_a_week_are_no_days_count():
    text = "Long An remains the largest hotspot with 2,904 new cases this week."
    assert _day(text) == {}
