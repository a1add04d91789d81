"""The day's count written as what the count of new cases rose to ("số ca mắc mới đã tăng
vọt lên con số 261", "số ca nhiễm mới COVID-19 tăng lên 1.204 ca"), not by how much it
rose ("tăng 91 ca") nor by a share ("tăng lên 20%"). On sentences invented for the test
(not taken from any corpus file). docs/INTAKE.md, "test14 and test15 as development
data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _new_cases(text):
    facts = extract_facts(text, dt.date(2022, 3, 9), use_ner=False)
    return {s["province"]: s["new_cases_24h"] for s in facts.province_stats if s["new_cases_24h"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 8/3, số ca mắc mới trên cả nước đã tăng vọt lên con số 1.204.", {None: 1204}),
        ("Sang ngày 8/3, cả nước có số ca nhiễm mới tăng lên 1.204 ca.", {None: 1204}),
        ("Ngày 8/3, tại Hà Nam, số ca mắc mới COVID-19 tăng mạnh lên 318 ca.", {"Hà Nam": 318}),
        ("Ngày 8/3, Việt Nam có số ca mắc mới tăng lên mức 1.204 người.", {None: 1204}),
    ],
)
def test_what_the_count_rose_to_is_the_days(text, expected):
    assert _new_cases(text) == expected


# Negatives: what must give no count.


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 8/3, số ca mắc mới tăng 91 ca so với hôm qua.",
        "Ngày 8/3, số ca mắc mới tăng lên 20% so với tuần trước.",
        "Ngày 8/3, số ca mắc mới tăng lên gấp 2 lần.",
    ],
)
def test_a_rise_by_or_a_share_is_no_count(text):
    assert _new_cases(text) == {}
