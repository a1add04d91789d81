"""A total as it stands at a part of a day written without "ngày" ("Đến trưa 2/2, A đã ghi
nhận 12 ca", "Đến tối 14-3, A đã có 30 trường hợp"), at the head of the sentence or after
its dateline: the province's running total, not the day's new cases. The end of a window
("Từ 18h ngày 1/2 đến trưa 2/2, … 3 ca"), a report's clause ("Theo báo cáo …, đến sáng
25-6, … phát hiện 5 ca") and a day's own count stay the day's. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Vaccination,
lockdown and provincial bulletin pages of test74, test75 and test77 as development data
(rules33)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _counts(text):
    return {
        s["province"]: (s["as_of"], s["cumulative_cases"], s["new_cases_24h"])
        for s in extract_facts(text, dt.date(2021, 3, 15), use_ner=False).province_stats
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Đến trưa 14/3, Kon Tum đã ghi nhận 21 ca dương tính với SARS-CoV-2.",
            {"Kon Tum": ("2021-03-14", 21, None)},
        ),
        (
            "Đến tối 14-3, Kon Tum đã có 21 trường hợp dương tính COVID-19",
            {"Kon Tum": ("2021-03-14", 21, None)},
        ),
        (
            "KT - Đến sáng 14/3, Kon Tum đã ghi nhận 21 ca dương tính.",
            {"Kon Tum": ("2021-03-14", 21, None)},
        ),
        # the end of a window: the window's new cases
        (
            "Từ 18h ngày 13/3 đến trưa 14/3, Kon Tum ghi nhận 4 ca mắc mới.",
            {"Kon Tum": ("2021-03-14", None, 4)},
        ),
        # a day's count
        (
            "Trưa 14/3, Kon Tum ghi nhận thêm 4 ca mắc mới.",
            {"Kon Tum": ("2021-03-14", None, 4)},
        ),
    ],
)
def test_a_total_at_a_part_of_a_day(text, want):
    assert _counts(text) == want


def test_a_reports_clause_is_no_total():
    text = (
        "Theo báo cáo nhanh của Sở Y tế, đến sáng 14/3, trên địa bàn tỉnh Kon Tum đã phát "
        "hiện 4 ca dương tính."
    )
    assert all(v[1] is None for v in _counts(text).values())
