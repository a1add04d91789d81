"""A coverage rate named by its doses after "bao phủ" ("Nếu tính độ bao phủ 1 mũi thì mới
đạt hơn 7%", "tỷ lệ bao phủ 2 mũi đạt 81,5%"): the first dose's and the second's; a rate of
people given a dose with no "bao phủ" stays unread. On texts invented for the test (not taken
from any corpus file). docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _row(text: str) -> dict:
    rows = [s for s in extract_facts(text, use_ner=False).province_stats if s["province"]]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize(
    "text",
    [
        "Đến nay, nếu tính độ bao phủ 1 mũi thì Quảng Trị mới đạt hơn 7%.",
        "Đến nay, tỷ lệ bao phủ một mũi của Quảng Trị đạt 7%.",
    ],
)
def test_the_first_doses_coverage_after_bao_phu(text):
    assert _row(text)["vaccine_dose1_pct"] == 7.0


def test_the_second_doses_coverage_after_bao_phu():
    row = _row("Đến nay, tỷ lệ bao phủ 2 mũi của Quảng Trị đạt 81,5%.")
    assert row["vaccine_dose2_pct"] == 81.5
    assert row["vaccine_dose1_pct"] is None


def test_a_dose_with_no_coverage_word_stays_unread():
    rows = extract_facts("Đến nay, Quảng Trị tiêm 1 mũi cho 7% dân số.", use_ner=False)
    assert all(r.get("vaccine_dose1_pct") is None for r in rows.province_stats)
