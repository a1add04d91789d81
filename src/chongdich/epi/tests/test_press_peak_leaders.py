"""A bulletin's leading province with the day's count in its clause, however the lead is
written: "dẫn đầu về số F0 mới với N trường hợp", "lập đỉnh mới với N ca" (a new peak is the
day's count). On texts invented for the test (not taken from any corpus file).
docs/INTAKE.md, "The dated bulletins of test71 to test79 as development data (rules32)"."""

import pytest

from chongdich.epi.press_facts import extract_facts

_LEAD = "Ngày 4/2 cả nước ghi nhận 20.500 ca mắc mới. "


def _by_province(text: str) -> dict:
    rows = extract_facts(text, use_ner=False).province_stats
    return {s["province"]: s.get("new_cases_24h") for s in rows}


@pytest.mark.parametrize(
    "clause",
    [
        "TP Hải Phòng tiếp tục dẫn đầu về số F0 mới với 3.456 trường hợp, giảm 20 ca.",
        "Hải Phòng dẫn đầu về số F0 với 3.456 ca.",
        "Hải Phòng tiếp tục lập đỉnh mới với 3.456 ca, tiếp đến là Nam Định 1.200 ca.",
        "Hải Phòng lập đỉnh với 3.456 ca.",
    ],
)
def test_the_leaders_count_is_the_days(clause):
    assert _by_province(_LEAD + clause)["Hải Phòng"] == 3456


def test_a_peak_of_deaths_is_no_days_count():
    text = _LEAD + "Hải Phòng lập đỉnh mới với 35 ca tử vong."
    assert _by_province(text).get("Hải Phòng") is None
