"""The province a national bulletin names as the day's leader: "X nhiều nhất với hơn N ca",
"X lại tiếp tục nhiều nhất cả nước với N ca" ("cả nước" compares, it is not the subject).
On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"test12 and test13 as development data"."""

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
            "COVID-19 tại 55 tỉnh, thành phố; Bạc Liêu nhiều nhất với hơn 800 ca.",
            {None: 9100, "Bạc Liêu": 800},
        ),
        (
            "Bản tin dịch COVID-19 ngày 10/12 của Bộ Y tế cho biết có 9.100 ca mắc COVID-19; "
            "Hà Giang lại tiếp tục nhiều nhất cả nước với 812 ca.",
            {None: 9100, "Hà Giang": 812},
        ),
        (
            "Ngày 10/12, cả nước có 9.100 ca mắc mới, trong đó Vĩnh Phúc cao nhất trong cả nước "
            "với 950 ca.",
            {None: 9100, "Vĩnh Phúc": 950},
        ),
        (
            "Ngày 10/12, Cần Thơ là địa phương có số ca mắc mới nhiều nhất với gần 1.000 ca.",
            {"Cần Thơ": 1000},
        ),
    ],
)
def test_the_days_leader(text, expected):
    assert _new_cases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country's own count after "cả nước" still is the country's
        ("Ngày 10/12, cả nước ghi nhận 9.100 ca mắc mới.", {None: 9100}),
        # a province's cumulative lead is no day's count
        ("Tính đến ngày 10/12, TP HCM nhiều nhất cả nước với 500.000 ca tích lũy.", {}),
    ],
)
def test_no_leader(text, expected):
    assert _new_cases(text) == expected
