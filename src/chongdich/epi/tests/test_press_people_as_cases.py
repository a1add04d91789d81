"""Single figures in the phrasings provincial pages use: people counted as cases ("có thêm 32
người dương tính SARS-CoV-2"), the treated with the disease between ("Số bệnh nhân mắc
Covid-19 đang điều trị tại X là 141 người"), a labelled total of deaths with "là" ("Số ca tử
vong là 35 ca"). On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test12 and test13 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _figure(text, field):
    facts = extract_facts(text, dt.date(2021, 7, 20), use_ner=False)
    return {s["province"]: s[field] for s in facts.province_stats if s[field] is not None}


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (
            "Ngày 20/7, TP Cần Thơ có thêm 45 người dương tính SARS-CoV-2.",
            "new_cases_24h",
            {"Cần Thơ": 45},
        ),
        (
            "Trong ngày 20/7, Sóc Trăng ghi nhận thêm 12 người dương tính với SARS-CoV-2.",
            "new_cases_24h",
            {"Sóc Trăng": 12},
        ),
        (
            "Số bệnh nhân mắc Covid-19 đang điều trị tại Vĩnh Long là 230 người.",
            "under_treatment",
            {"Vĩnh Long": 230},
        ),
        (
            "Số người nhiễm COVID-19 đang được điều trị tại Trà Vinh là 88 người.",
            "under_treatment",
            {"Trà Vinh": 88},
        ),
        ("Tại Bến Tre, số ca tử vong là 14 ca.", "deaths", {"Bến Tre": 14}),
    ],
)
def test_single_figures(text, field, expected):
    assert _figure(text, field) == expected


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # people tested, not positive
        ("Ngày 20/7, TP Cần Thơ có thêm 450 người được xét nghiệm SARS-CoV-2.", "new_cases_24h"),
        # the day's deaths by label: no total
        ("Tại Bến Tre, số ca tử vong trong ngày là 2 ca.", "deaths"),
    ],
)
def test_no_figure(text, field):
    assert _figure(text, field) == {}
