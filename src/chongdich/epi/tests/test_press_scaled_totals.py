"""A running total written in thousands or millions by word after its label ("… trên tổng
số hơn 64 ngàn ca mắc Covid-19 toàn tỉnh", "lũy kế gần 1,2 triệu ca"): the total, "hơn"
making it a lower bound, dated by the page when the sentence says "đến nay"; recoveries and
a count with no total's label are not read here. On texts invented for the test (not taken
from any corpus file). docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_DAY = dt.date(2021, 11, 20)


def _rows(text: str) -> list[dict]:
    stats = extract_facts(text, use_ner=False, published=_DAY).province_stats
    return [s for s in stats if s["province"]]


@pytest.mark.parametrize(
    ("text", "total", "bound"),
    [
        (
            "Từ đầu dịch đến nay, Bình Phước ghi nhận hơn 9 ngàn trẻ em mắc Covid-19/tổng số "
            "hơn 64 ngàn ca mắc Covid-19 toàn tỉnh.",
            64_000,
            True,
        ),
        ("Đến nay, Bình Phước có tổng số ca mắc là gần 64 nghìn ca.", 64_000, None),
        ("Đến nay, lũy kế Bình Phước có 1,2 triệu ca mắc COVID-19.", None, None),
    ],
)
def test_a_total_in_thousands_by_word(text, total, bound):
    rows = [r for r in _rows(text) if r["cumulative_cases"]]
    assert [r["cumulative_cases"] for r in rows] == ([total] if total else [])
    if total:
        assert rows[0]["cumulative_is_lower_bound"] is bound
        assert rows[0]["as_of"] == _DAY.isoformat()


def test_recoveries_in_thousands_are_not_cases():
    rows = _rows("Đến nay, Bình Phước có tổng số hơn 60 nghìn ca khỏi bệnh.")
    assert all(r.get("cumulative_cases") is None for r in rows)
