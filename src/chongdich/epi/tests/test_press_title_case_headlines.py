"""An English headline in title case ("Vietnam Confirms 11 New COVID-19 Cases, Imposes
Quarantines And Evacuations") is read as the same headline in ordinary case: its count is the
day's, the place's name kept; a sentence in ordinary case is left as written. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "… as development
data for articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts.title_lines import with_title_lines_recased
from chongdich.epi.tests.press_helpers import stats_by_province

_BODY = (
    "\n\nThe country had gone weeks without a locally transmitted infection and had been "
    "praised for its control of the virus, the health ministry said on Sunday."
)


@pytest.mark.parametrize(
    "headline, place",
    [
        ("Vietnam Confirms 14 New COVID-19 Cases, Orders Quarantines And Testing", None),
        ("Vietnam Reports 14 New COVID-19 Infections", None),
        ("Da Nang Records 14 New COVID-19 Cases In A Day", "Đà Nẵng"),
    ],
)
def test_a_title_cased_headlines_count_is_the_days(headline, place):
    stats = stats_by_province(headline + _BODY, dt.date(2020, 7, 26), ["new_cases_24h"])
    assert stats[place] == {"new_cases_24h": 14}


def test_lines_keep_their_length_and_sentences_stay():
    text = "Vietnam Confirms 14 New COVID-19 Cases\nVietnam had 14 New Year visitors."
    recased = with_title_lines_recased(text)
    assert len(recased) == len(text)
    assert recased.split("\n") == [
        "Vietnam confirms 14 new COVID-19 cases",
        "Vietnam had 14 New Year visitors.",
    ]
