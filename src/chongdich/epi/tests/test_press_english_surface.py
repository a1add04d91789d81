"""English pages' surface: counts in words up to ninety-nine ("Twenty-two new cases"), a
curly apostrophe ("the country’s"), and a wire dateline ("Hanoi (VNA) –") that names where a
story was filed, not what its figures are about. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from chongdich.epi.press_facts.english_numbers import english_number
from chongdich.epi.press_facts.english_text import without_datelines

from .press_helpers import gift_rows, stats_by_province

_DAY = dt.date(2021, 8, 10)


@pytest.mark.parametrize(
    ("written", "count"),
    [
        ("Twenty-two", 22),
        ("fourteen", 14),
        ("ninety-nine", 99),
        ("1,76 million", 1_760_000),
        ("two million", 2_000_000),
        ("10.650", 10650),
        ("one", None),
    ],
)
def test_english_numbers(written: str, count: int | None) -> None:
    assert english_number(written) == count


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_curly_apostrophe_still_names_the_country(apostrophe: str) -> None:
    text = (
        "Two more COVID-19 patients died early August 10 in Da Nang, raising the"
        f" country{apostrophe}s total death toll to 13."
    )
    assert stats_by_province(text, _DAY, ["deaths"]) == {None: {"deaths": 13}}


def test_a_province_called_the_countrys_hotspot_is_no_national_cue() -> None:
    text = (
        "By August 5, HCM City, the country’s current COVID-19 epicentre, had given jabs to"
        " more than 2 million people, with 28.92 per cent of adults receiving at least one"
        " vaccine dose."
    )
    assert stats_by_province(text, _DAY, ["vaccine_dose1_pct"]) == {
        "TP HCM": {"vaccine_dose1_pct": 28.92}
    }


@pytest.mark.parametrize(
    "dateline",
    ["Hanoi (VNA) – ", "HCMC – ", "HANOI, Aug. 10 (Xinhua) — ", "HCM City (VNA) - "],
)
def test_a_datelines_province_is_blanked_when_the_lead_names_its_subject(dateline: str) -> None:
    text = f"{dateline}The Vietnam Fatherland Front received 500 ventilators."
    blanked = without_datelines(text)
    assert len(blanked) == len(text)
    assert blanked.startswith(" ")
    assert "Vietnam Fatherland Front" in blanked


def test_a_provincial_story_keeps_its_dateline() -> None:
    text = "Da Nang (VNA) – The city has recorded 40 new cases of COVID-19."
    assert without_datelines(text) == text


def test_the_receiver_is_the_lead_not_the_dateline() -> None:
    text = (
        "Hanoi (VNA) - The Vietnam Fatherland Front on August 5 received 500 ventilators from"
        " Van Lang University."
    )
    assert gift_rows(text, _DAY, ("donor", "recipient", "quantity")) == [
        ("Van Lang University", "Ủy ban Trung ương MTTQ Việt Nam", 500)
    ]


def test_a_total_of_no_cases_is_no_case_count() -> None:
    text = (
        "USAID will donate liquid oxygen systems for 10 more hospitals in HCM City, raising"
        " the total to 23."
    )
    assert stats_by_province(text, _DAY, ["cumulative_cases"]) == {}
