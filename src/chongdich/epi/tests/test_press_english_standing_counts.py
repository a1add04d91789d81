"""English counts that stand for the whole epidemic: patients registered "since the COVID-19
pandemic first struck" (`cumulative_cases`) and the active cases "currently under treatment"
a share is taken of ("Among the 318 active COVID-19 cases currently under treatment in
Vietnam, 9 are in a critical condition": `under_treatment`); a period's patients ("since the
start of this month") stay no total. On texts invented for the test (not taken from any
corpus file). docs/INTAKE.md, "… as development data for articles read exactly
(intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 11, 4)
_AFTER = (
    " The health ministry said on Thursday that the figures were compiled from the reports "
    "of the provinces and cities across the country."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnam has registered 912,400 patients since the COVID-19 pandemic first struck it "
        "early last year.",
        "The country has so far recorded 912,400 patients since the pandemic began in January "
        "last year.",
        "Vietnam has confirmed 912,400 COVID-19 patients since the outbreak broke out.",
    ],
)
def test_patients_since_the_pandemic_began_are_the_total(sentence):
    stats = stats_by_province(sentence + _AFTER, _DAY, ["cumulative_cases"])
    assert stats[None] == {"cumulative_cases": 912400}


def test_patients_of_a_month_are_no_total():
    sentence = "Vietnam has registered 9,400 patients since the start of this month."
    stats = stats_by_province(sentence + _AFTER, _DAY, ["cumulative_cases"])
    assert None not in stats


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the 318 active COVID-19 cases currently under treatment in Vietnam, 9 are in a "
        "critical condition, the Ministry of Health said.",
        "Of the 318 patients still under treatment in Vietnam, nine are in a critical condition.",
    ],
)
def test_the_active_cases_under_treatment(sentence):
    stats = stats_by_province(sentence + _AFTER, _DAY, ["under_treatment"])
    assert stats[None] == {"under_treatment": 318}


@pytest.mark.parametrize(
    "sentence, place, total",
    [
        (
            "Vietnam's northern province of Bac Ninh, which reported 14 out of the 21 confirmed "
            "cases of novel coronavirus infection in the country, on Friday lifted a quarantine.",
            "Bắc Ninh",
            14,
        ),
        (
            "Tu Son town was the largest cluster with 250 confirmed cases out of 512 cases "
            "reported in Bac Ninh province.",
            "Bắc Ninh",
            512,
        ),
    ],
)
def test_a_places_share_out_of_a_total_is_its_total(sentence, place, total):
    stats = stats_by_province(sentence + _AFTER, _DAY, ["cumulative_cases"])
    assert stats[place] == {"cumulative_cases": total}
