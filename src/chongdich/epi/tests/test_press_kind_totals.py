"""A total of one kind of case (community, imported) or of one outcome (treated, recovered,
dead) is not the total of cases, on sentences invented for the test (not taken from any
corpus file). docs/INTAKE.md, "test11 as development data" and "test25 and test26 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _totals(text):
    facts = extract_facts(text, dt.date(2021, 6, 25), use_ner=False)
    return {
        s["province"]: s["cumulative_cases"]
        for s in facts.province_stats
        if s["cumulative_cases"] is not None
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tổng số ca nhiễm cộng đồng từ ngày 27-4 đến nay lên 12.300, ghi nhận ở 40 tỉnh thành.",
        "Như vậy, tổng số ca mắc trong cộng đồng của Bắc Giang đã lên 4.100.",
        "Tổng số ca nhập cảnh được cách ly tại Khánh Hòa lên 320.",
    ],
)
def test_a_total_of_community_or_imported_cases_is_no_total_of_cases(text):
    assert _totals(text) == {}


def test_a_total_of_cases_stands():
    assert _totals("Số ca mới nâng tổng số ca nhiễm tại Bắc Giang lên 5.600.") == {
        "Bắc Giang": 5600
    }


@pytest.mark.parametrize(
    "text",
    [
        "Dịch đã xuất hiện ở 7/13 huyện trong tỉnh Quảng Ninh với tổng số ca nhiễm đang được "
        "điều trị là 310 ca.",
        "Tại Hà Nam, tổng số ca mắc đã khỏi bệnh là 1.200 ca.",
        "Tổng số ca nhiễm tử vong tại Long An lên 95.",
    ],
)
def test_a_total_of_those_treated_recovered_or_dead_is_no_total_of_cases(text):
    assert _totals(text) == {}
