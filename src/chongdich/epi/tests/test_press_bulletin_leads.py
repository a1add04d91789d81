"""A national bulletin's lead whatever stands between "Bản tin" and its count: no date ("Bản
tin phòng dịch COVID-19 của Bộ Y tế cho biết có 16.325 ca mắc"), an apposition with a
digit ("Bản tin 18h ngày 13/2 - tức chiều mùng 2 Tết của Ban Chỉ đạo …, có 53 ca mắc"). On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test12
and test13 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _new_cases(text):
    facts = extract_facts(text, dt.date(2022, 2, 3), use_ner=False)
    return {s["province"]: s["new_cases_24h"] for s in facts.province_stats if s["new_cases_24h"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bản tin phòng dịch COVID-19 của Bộ Y tế cho biết có 14.210 ca mắc COVID-19 tại 60 "
            "tỉnh, thành phố.",
            {None: 14210},
        ),
        (
            "Bản tin 18h ngày 3/2 - tức chiều mùng 3 Tết của Ban Chỉ đạo Quốc gia phòng chống "
            "dịch COVID-19 cho biết, có 61 ca mắc COVID-19.",
            {None: 61},
        ),
        (
            "Bản tin tối nay của Bộ Y tế cho biết, ghi nhận thêm 230 ca nhiễm mới.",
            {None: 230},
        ),
        (
            "Bản tin dịch COVID-19 ngày 3/2 của Bộ Y tế cho biết có 12.000 ca mắc COVID-19.",
            {None: 12000},
        ),
    ],
)
def test_a_bulletins_lead_count(text, expected):
    assert _new_cases(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the bulletin's total, not the day's
        "Bản tin của Bộ Y tế cho biết có 2.100.000 ca mắc tích lũy.",
        # deaths, not cases
        "Bản tin của Bộ Y tế cho biết có 120 ca tử vong.",
    ],
)
def test_no_days_count(text):
    assert _new_cases(text) == {}
