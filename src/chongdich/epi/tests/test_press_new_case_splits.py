"""The day's new cases split after "Trong N ca … mới có …" ("Trong 950 ca mắc mới có 12 ca
nhập cảnh và 938 ca trong nước") are the day's parts, not a total's share (which "Trong số
240 bệnh nhân có 149 người từ nước ngoài về" still is); a total raised with its noun left
out ("nâng tổng số mắc cả nước lên 40.500 trường hợp") is the total. On texts invented for
the test (not taken from any corpus file). docs/INTAKE.md, "The dated bulletins of test71 to
test79 as development data (rules32)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _national(text: str) -> dict:
    rows = [s for s in extract_facts(text, use_ner=False).province_stats if s["province"] is None]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize(
    "text",
    [
        "Cả nước có 950 ca mắc mới. Trong 950 ca mắc mới có 12 ca nhập cảnh và 938 ca trong nước.",
        "Trong 950 ca nhiễm mới có 12 ca nhập cảnh và 938 ca ghi nhận trong nước.",
        "Việt Nam có 950 ca mắc mới. Trong 950 ca mắc COVID-19 mới có 12 ca nhập cảnh, 938 ca "
        "trong nước.",
    ],
)
def test_the_days_split_is_read(text):
    national = _national(text)
    assert national["imported_cases"] == 12
    assert national["local_cases"] == 938


def test_a_totals_share_is_still_no_days_part():
    text = (
        "Việt Nam có 30 ca mắc mới. Trong số 240 bệnh nhân Covid-19 có 149 người từ nước ngoài về."
    )
    assert _national(text).get("imported_cases") is None


@pytest.mark.parametrize("place", ["cả nước", "trên địa bàn tỉnh", ""])
def test_a_total_raised_without_its_noun(place):
    text = f"Việt Nam ghi nhận 805 ca mới, nâng tổng số mắc {place} lên 40.500 trường hợp."
    assert _national(text.replace("  ", " "))["cumulative_cases"] == 40500


def test_the_days_total_raised_is_no_epidemics_total():
    text = "Việt Nam có 5 ca mắc mới, nâng tổng số mắc mới trong ngày lên 20 ca."
    assert _national(text).get("cumulative_cases") is None
