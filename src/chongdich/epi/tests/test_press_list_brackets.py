"""A national list's counts in brackets with blanks inside them ("Vĩnh Long (8 )", "( 12
ca)") are the provinces' counts like "(8)". On sentences invented for the test (not taken
from any corpus file). docs/INTAKE.md, "test12 and test13 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _new_cases(text):
    facts = extract_facts(text, dt.date(2021, 9, 28), use_ner=False)
    return {s["province"]: s["new_cases_24h"] for s in facts.province_stats if s["new_cases_24h"]}


@pytest.mark.parametrize(
    "text",
    [
        "Trong ngày 28/9, cả nước ghi nhận 30 ca mắc mới tại Vĩnh Long (8 ), Trà Vinh (22).",
        "Trong ngày 28/9, cả nước ghi nhận 30 ca mắc mới tại Vĩnh Long ( 8), Trà Vinh (22 ).",
        "Trong ngày 28/9, cả nước ghi nhận 30 ca mắc mới tại Vĩnh Long (8 ca ), Trà Vinh ( 22 ca).",
        "Trong ngày 28/9, cả nước ghi nhận 30 ca mắc mới tại Vĩnh Long (8), Trà Vinh (22).",
    ],
)
def test_bracketed_counts_with_blanks(text):
    assert _new_cases(text) == {None: 30, "Vĩnh Long": 8, "Trà Vinh": 22}


@pytest.mark.parametrize(
    "text",
    [
        # a year in brackets is no count
        "Tỉnh Vĩnh Long ( 2021 ) và Trà Vinh ( 2020 ) cùng tổ chức hội nghị.",
        # a code in brackets is no count
        "Các đơn vị của Vĩnh Long (BN 8) và Trà Vinh (BN 22) đã được cách ly.",
    ],
)
def test_brackets_that_hold_no_count(text):
    assert _new_cases(text) == {}
