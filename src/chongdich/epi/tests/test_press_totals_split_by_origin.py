"""A total to a day split after "trong đó" by origin ("Tính đến sáng ngày 9/8, Việt Nam có
tổng cộng 70.000 ca mắc, trong đó 68.000 ca trong nước và 2.000 ca nhập cảnh") gives the
total and no day's `local_cases` or `imported_cases`; the day's count split the same way
keeps its parts. On texts invented for the test (not taken from any corpus file).
docs/INTAKE.md, "The dated bulletins of test71 to test79 as development data (rules32)"."""

import pytest

from chongdich.epi.press_facts import extract_facts

_DAY = "Sáng 9/8, Việt Nam ghi nhận 1.500 ca mắc mới. "


def _national(text: str) -> dict:
    rows = [s for s in extract_facts(text, use_ner=False).province_stats if s["province"] is None]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize(
    "total",
    [
        "Tính đến sáng ngày 9/8, Việt Nam có tổng cộng 70.000 ca mắc, trong đó 68.000 ca trong "
        "nước và 2.000 ca nhập cảnh.",
        "Tính đến sáng ngày 9/8, Việt Nam có 70.000 ca nhiễm, trong đó có 2.000 ca nhập cảnh và "
        "68.000 ca mắc trong nước.",
        "Tính đến 18h ngày 9/8, cả nước có 70.000 ca COVID-19, trong đó 68.000 ca ghi nhận trong "
        "nước, 2.000 ca nhập cảnh.",
    ],
)
def test_a_totals_split_is_no_days_split(total):
    national = _national(_DAY + total)
    assert national["cumulative_cases"] == 70000
    assert national.get("local_cases") is None
    assert national.get("imported_cases") is None


def test_the_days_split_stays():
    text = (
        "Tính đến 18h ngày 9/8, Việt Nam ghi nhận thêm 1.500 ca mắc mới, trong đó có 8 ca nhập "
        "cảnh và 1.492 ca trong nước."
    )
    national = _national(text)
    assert (national["imported_cases"], national["local_cases"]) == (8, 1492)
