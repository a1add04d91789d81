"""The day's count said caught at home with "mới" and the patients' numbers between ("Việt
Nam ghi nhận thêm 64 ca mắc mới (BN20101-20164) trong nước tại Long An (40), …") is the day's
count and its `local_cases`, as "có 31 ca mắc COVID-19 ghi nhận trong nước tại …" is; a count
"mới do lây nhiễm trong nước" stays local only. On texts invented for the test (not taken from
any corpus file). docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _national(text: str) -> dict:
    rows = [s for s in extract_facts(text, use_ner=False).province_stats if s["province"] is None]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize(
    "count",
    ["64 ca mắc mới (BN20101-20164)", "64 ca mắc mới (BN 20101 - BN 20164)", "64 ca mắc mới"],
)
def test_a_domestic_day_with_its_patients_numbers(count):
    text = (
        f"Sáng 2-7, Bộ Y tế cho biết Việt Nam ghi nhận thêm {count} trong nước tại Long An (40), "
        "Bình Dương (20), Tây Ninh (4)."
    )
    national = _national(text)
    assert (national["new_cases_24h"], national["local_cases"]) == (64, 64)


def test_mostly_domestic_by_infection_stays_local_only():
    text = (
        "Việt Nam ghi nhận 4.120 ca mắc Covid-19 mới do lây nhiễm trong nước, gồm: tại Long An "
        "3.100 ca."
    )
    national = _national(text)
    assert national["local_cases"] == 4120
