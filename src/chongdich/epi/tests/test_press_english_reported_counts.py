"""The count a place "reported" on an English page (VNA, Vietnam News, VnExpress
International): its day's new cases ("Hanoi reported 32 new COVID-19 infections"), the
part in the community ("including seven in the community"), the day it gives ("on September
9 noon") and its running total ("has logged 3,695 cases since …", "pushing the infection
tally to 5,562"). A week's count, a window of hours and a total of doses are none of these.
On invented sentences."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("as_of", "new_cases_24h", "community_cases", "cumulative_cases")


def _stats(text):
    return stats_by_province(text, dt.date(2021, 9, 10), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hai Phong reported 41 new COVID-19 infections, all in quarantine areas, on "
            "September 9 noon.",
            {"Hải Phòng": {"as_of": "2021-09-09", "new_cases_24h": 41}},
        ),
        (
            "Bac Ninh confirmed 35 new COVID-19 cases, including seven in the community and 28 "
            "in quarantine sites, on September 8 morning.",
            {"Bắc Ninh": {"as_of": "2021-09-08", "new_cases_24h": 35, "community_cases": 7}},
        ),
        (
            "On 7 September, Long An logged an additional 434 new infections, the provincial "
            "health department said.",
            {"Long An": {"as_of": "2021-09-07", "new_cases_24h": 434}},
        ),
    ],
)
def test_a_places_reported_day(text, expected):
    assert _stats(text) == expected


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Since the fourth wave of the pandemic began on April 27, Thai Binh has logged 1,695 "
            "cases in the community and in quarantine.",
            1695,
        ),
        ("Thai Binh has recorded a total of 1,695 COVID-19 cases so far in the outbreak.", 1695),
        (
            "Thai Binh detected 12 new cases on Thursday, pushing the infection tally during the "
            "new wave to 1,695.",
            1695,
        ),
    ],
)
def test_a_places_running_total(text, total):
    assert _stats(text)["Thái Bình"]["cumulative_cases"] == total


@pytest.mark.parametrize(
    "text",
    [
        # a week's count
        "Dong Thap Province recorded 323 new cases from October 25-31, the health sector said.",
        "Dong Thap Province has reported 323 new cases in the past week, down from the week "
        "before.",
        # a total of doses
        "On Saturday, Dong Thap administered 12,000 vaccine doses, bringing the total to "
        "1,620,701 in the province.",
    ],
)
def test_what_is_no_day_nor_case_total(text):
    found = _stats(text).get("Đồng Tháp", {})
    assert "new_cases_24h" not in found and "cumulative_cases" not in found


def test_a_lead_repeating_a_window_of_hours_gives_no_day():
    text = (
        "On the morning of October 8, Nghe An recorded 5 new cases of COVID-19, all in "
        "quarantine. In the past 12 hours, the province had 05 new positive cases with "
        "COVID-19 (Vinh City: 02, Do Luong: 03)."
    )
    assert "new_cases_24h" not in _stats(text).get("Nghệ An", {})
