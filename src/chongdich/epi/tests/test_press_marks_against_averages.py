"""A count said to cross a mark and set against the days' average after it ("số ca ở Quảng
Bình vượt mốc 600 và lại tăng trở lại sau 4 ngày ghi nhận trung bình 300 ca") is the day's
(a headline-like rounding), no running total; a total's mark ("Tổng số ca mắc … đã vượt mốc
11.000 trường hợp, trung bình mỗi ngày …") stays the total's lower bound. On texts invented
for the test (not taken from any corpus file). docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _rows(text: str) -> list[dict]:
    return [s for s in extract_facts(text, use_ner=False).province_stats if s["province"]]


@pytest.mark.parametrize(
    "text",
    [
        "Trong khi đó, số ca ở Quảng Bình vượt mốc 600 và lại tăng trở lại sau 4 ngày ghi nhận "
        "trung bình 300 ca.",
        "Số ca nhiễm ở Quảng Bình vượt ngưỡng 600, cao hơn mức trung bình của tuần trước.",
    ],
)
def test_a_mark_against_the_average_is_no_total(text):
    assert all(r.get("cumulative_cases") is None for r in _rows(text))


def test_a_totals_mark_stays():
    text = (
        "Tổng số ca mắc của Quảng Bình đã vượt mốc 11.000 trường hợp, trung bình mỗi ngày 200 ca."
    )
    rows = _rows(text)
    assert [(r["cumulative_cases"], r["cumulative_is_lower_bound"]) for r in rows] == [
        (11000, True)
    ]
