"""A "no case" sentence that speaks of one group ("… không ghi nhận ca dương tính từ nhóm
này") or of a time before ("Thời gian trước khi nước bạn bùng phát dịch, …", "Trước đó, …")
is no day's zero for the province; a plain "không ghi nhận ca mắc mới" still is. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Thin pages …
(intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _zeros(text: str) -> list:
    rows = extract_facts(text, use_ner=False, published=None).province_stats
    return [r["province"] for r in rows if r.get("new_cases_24h") == 0]


@pytest.mark.parametrize(
    "text",
    [
        "Người về từ vùng biên chủ yếu là lao động tự do. An Giang không ghi nhận ca dương "
        "tính từ nhóm này.",
        "Thời gian trước khi Lào bùng phát dịch, An Giang không ghi nhận ca mắc mới nào.",
        "Trước đó, An Giang không có ca mắc mới trong nhóm lao động trở về.",
    ],
)
def test_a_groups_or_an_earlier_times_zero_is_no_days_zero(text):
    assert _zeros(text) == []


def test_a_plain_zero_stays():
    assert _zeros("Ngày 3/5, An Giang không ghi nhận ca mắc mới.") == ["An Giang"]
