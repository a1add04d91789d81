"""Gifts valued by a range ("các phần quà trị giá từ 2-4 triệu đồng", "quà trị giá 1 - 3
triệu đồng") are the gifts' value, not money given, as "trị giá 4 triệu đồng" is; money
handed over stays. On texts invented for the test (not taken from any corpus file).
docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _money(text: str) -> list[int]:
    events = extract_facts(text, use_ner=False).support_events
    return [i["quantity"] for e in events for i in e["items"] if i["item"] == "money_vnd"]


@pytest.mark.parametrize("value", ["trị giá từ 2-4 triệu đồng", "trị giá từ 2 - 4 triệu đồng"])
def test_a_range_of_value_is_no_money(value):
    text = (
        "Ngày 25/8, Bí thư Huyện ủy Lý Sơn đã tặng các chốt kiểm soát dịch tỉnh Quảng Ngãi các "
        f"phần quà {value}."
    )
    assert _money(text) == []


def test_money_handed_over_stays():
    text = "Ngày 25/8, Công ty Bảo Minh đã trao 300 triệu đồng cho tỉnh Quảng Ngãi chống dịch."
    assert _money(text) == [300_000_000]
