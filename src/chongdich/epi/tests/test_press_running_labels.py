"""A bulletin's running total on a line of its own under a label ("Cộng dồn: 9.302 ca.",
"Lũy kế: 1.204 ca", "Tổng cộng: 512 ca") stands at the bulletin's report date; a label in
the middle of a sentence is not read by this rule. On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "Vaccination, lockdown and provincial bulletin
pages of test74, test75 and test77 as development data (rules33)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.press_facts.running_labels import a_running_label


def _totals(text):
    return {
        s["province"]: (s["as_of"], s["cumulative_cases"])
        for s in extract_facts(text, dt.date(2021, 9, 6), use_ner=False).province_stats
    }


@pytest.mark.parametrize("label", ["Cộng dồn", "Lũy kế", "Tổng cộng"])
def test_a_labelled_total_stands_at_the_report(label):
    text = (
        "Bản tin Covid-19 tỉnh Vĩnh Long sáng 06/9/2021\n\n"
        "Từ 18 giờ ngày 05/9 đến 06 giờ ngày 06/9, ghi nhận 15 ca mắc mới.\n\n"
        f"{label}: 2.415 ca."
    )
    assert _totals(text)["Vĩnh Long"] == ("2021-09-06", 2415)


@pytest.mark.parametrize(
    ("s", "want"),
    [
        ("Cộng dồn: 2.415 ca.", True),
        ("Lũy kế số ca: 2.415.", True),
        ("Tổng cộng F0: 88", True),
        ("Số ca cộng dồn là 2.415 ca.", False),
        ("Tổng cộng tỉnh có 2.415 ca.", False),
    ],
)
def test_the_label_opens_the_line(s, want):
    assert a_running_label(s) is want
