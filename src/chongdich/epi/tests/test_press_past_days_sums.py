"""A sum over the days or weeks just past ("Trong 7 ngày qua, Đà Nẵng có tổng cộng 5.120
ca", "Trong hai tuần qua, … tổng cộng …", "Trong tháng vừa qua, …") is a period's, no
running total; a total since the start in the same sentence, or the past 24 hours, stands.
On texts invented for the test (not taken from any corpus file). docs/INTAKE.md, "Thin pages
… (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _rows(text: str) -> list[dict]:
    return [s for s in extract_facts(text, use_ner=False).province_stats if s["province"]]


@pytest.mark.parametrize(
    "text",
    [
        "Trong 7 ngày qua, Đà Nẵng có tổng cộng 5.120 ca, trung bình mỗi ngày 731 F0 mới.",
        "Trong hai tuần qua, Đà Nẵng ghi nhận tổng cộng 5.120 ca mắc COVID-19.",
        "Trong tháng vừa qua, tổng số ca mắc của Đà Nẵng là 5.120 ca.",
    ],
)
def test_a_past_periods_sum_is_no_total(text):
    assert all(r.get("cumulative_cases") is None for r in _rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Trong 24 giờ qua, Đà Nẵng ghi nhận 120 ca, nâng tổng số ca lên 5.120 ca.",
        "Trong 7 ngày qua có thêm 800 ca, lũy kế từ đầu dịch Đà Nẵng có tổng cộng 5.120 ca.",
    ],
)
def test_a_total_since_the_start_stands(text):
    assert [r["cumulative_cases"] for r in _rows(text)] == [5120]
