"""Cases a province adds from earlier days ("Tây Ninh bổ sung thêm 18.792 F0", "bổ sung hơn
2.000 ca") are no day's count; the day's own count in the same sentence stands. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test12 and test13
as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _new_cases(text):
    facts = extract_facts(text, dt.date(2021, 12, 10), use_ner=False)
    return {s["province"]: s["new_cases_24h"] for s in facts.province_stats if s["new_cases_24h"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bản tin dịch COVID-19 ngày 10/12 của Bộ Y tế cho biết, có thêm 9.100 ca mắc "
            "COVID-19; Bình Phước bổ sung thêm 6.500 F0 sau khi rà soát.",
            {None: 9100},
        ),
        ("Ngày 10/12, Đồng Tháp bổ sung hơn 2.000 ca mắc từ các ngày trước.", {}),
        (
            "Sóc Trăng ghi nhận thêm 300 ca mắc mới, bổ sung 1.200 ca mắc của tuần trước.",
            {"Sóc Trăng": 300},
        ),
        (
            "Ngày 10/12, Hậu Giang ghi nhận 210 ca mắc mới; đồng thời bổ sung thêm 95 ca từ các "
            "ngày trước.",
            {"Hậu Giang": 210},
        ),
    ],
)
def test_back_filled_cases_are_no_days_count(text, expected):
    assert _new_cases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 10/12, Long An ghi nhận thêm 420 ca mắc mới.", {"Long An": 420}),
        ("Ngày 10/12, Tây Ninh có thêm 380 ca mắc mới trong ngày.", {"Tây Ninh": 380}),
    ],
)
def test_the_days_count_stands(text, expected):
    assert _new_cases(text) == expected
