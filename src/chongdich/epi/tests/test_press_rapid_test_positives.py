"""Positives found by rapid tests ("các tổ lưu động test nhanh COVID-19 cho người đi đường,
phát hiện 7 trường hợp dương tính", "Qua xét nghiệm nhanh kháng nguyên, phát hiện 7 trường
hợp dương tính") are no day's count (guideline: positives of rapid tests are not
`new_cases_24h`); a day's count given before the rapid test in the sentence stays. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Thin pages …
(intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _rows(text: str) -> list[dict]:
    return [s for s in extract_facts(text, use_ner=False).province_stats if s["province"]]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 12/8, các tổ lưu động của Long An test nhanh COVID-19 cho người đi đường, đặc "
        "biệt phát hiện 7 trường hợp dương tính COVID-19.",
        "Ngày 12/8, qua xét nghiệm nhanh kháng nguyên, Long An phát hiện 7 trường hợp dương tính.",
        "Ngày 12/8, Long An test kháng nguyên cho 2.000 người, phát hiện 7 ca dương tính.",
    ],
)
def test_rapid_test_positives_are_no_days_count(text):
    assert all(r.get("new_cases_24h") is None for r in _rows(text))


def test_the_days_count_before_the_rapid_test_stays():
    text = (
        "Ngày 12/8, Long An ghi nhận 300 ca mắc mới COVID-19, trong đó 20 ca phát hiện qua "
        "test nhanh."
    )
    assert [r["new_cases_24h"] for r in _rows(text)] == [300]
