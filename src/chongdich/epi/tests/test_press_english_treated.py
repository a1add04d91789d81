"""Those under treatment as an English sentence states them ("The health condition of 42
COVID-19 patients under treatment in Da Nang …", "nearly 2,000 people are currently being
treated for COVID-19"): the province's `under_treatment`; a hospital's patients ("… being
treated at Cho Ray Hospital") and new admissions are not. On texts invented for the test (not
taken from any corpus file). docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.press_facts.english_treated import treated_counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The health condition of 37 COVID-19 patients under treatment in Da Nang City has "
            "improved, the city's Health Department said on May 3.",
            37,
        ),
        ("In Tra Vinh, nearly 3,000 people are currently being treated for COVID-19.", 3000),
        ("In Tra Vinh, 1,250 patients are still receiving treatment for COVID-19.", 1250),
        (
            "Of the 64 active COVID-19 cases currently under treatment in Tra Vinh, 2 are severe.",
            64,
        ),
    ],
)
def test_a_provinces_patients_under_treatment(text, count):
    rows = [s for s in extract_facts(text, use_ner=False).province_stats if s["province"]]
    assert [r["under_treatment"] for r in rows] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "In Tra Vinh, 30 patients are being treated at the provincial General Hospital.",
        "Tra Vinh said 40 patients under treatment in hospitals needed oxygen.",
        "Tra Vinh admitted 25 new patients under treatment on Monday.",
        # the disease's own number is no count
        "Tra Vinh said COVID-19 patients under treatment were stable.",
        # severe patients on oxygen are a part
        "About 12 severe COVID-19 patients are being treated with oxygen in Tra Vinh.",
    ],
)
def test_a_hospitals_patients_or_admissions_are_not(text):
    assert treated_counts(text) == []
