"""The total of one variant ("Tổng số ca nhiễm Omicron … đã tăng lên 68", "số ca nhiễm biến
chủng Delta tính đến nay là 120", "BA.5") is no `cumulative_cases`: the total of all cases,
given elsewhere in the article, is. On sentences invented for the test (not taken from any
corpus file). docs/INTAKE.md, "test14 and test15 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _totals(text):
    facts = extract_facts(text, dt.date(2022, 1, 20), use_ner=False)
    return {s["province"]: s["cumulative_cases"] for s in facts.province_stats}


@pytest.mark.parametrize(
    "variant",
    [
        "Tổng số ca nhiễm Omicron ở nước ta đã tăng lên 54.",
        "Tổng số ca mắc biến chủng Delta tại Việt Nam là 1.230 ca.",
        "Tổng số ca nhiễm biến thể BA.2 được ghi nhận lên 31 ca.",
        "Tính đến nay, số ca nhiễm biến chủng Omicron là 54 ca.",
    ],
)
def test_a_variants_total_gives_way_to_all_cases(variant):
    text = f"{variant} Từ đầu dịch đến nay Việt Nam có 2.134.567 ca mắc COVID-19."
    assert _totals(text) == {None: 2134567}


# Negatives: what must give no total.


@pytest.mark.parametrize(
    "text",
    [
        "Tổng số ca nhiễm Omicron ở nước ta đã tăng lên 54.",
        "Tổng số ca mắc biến chủng Delta tại Hà Giang là 12 ca.",
    ],
)
def test_a_variants_total_alone_is_no_total(text):
    assert not any(_totals(text).values())
