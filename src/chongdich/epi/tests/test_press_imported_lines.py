"""A line or clause giving one province's imported cases of the day ("+ 3 ca cách ly ngay
sau khi nhập cảnh tại Hà Nội", "Trong đó có 2 ca nhập cảnh tại Khánh Hòa; …"): that
province's `imported_cases`, and on the domestic list after it its `local_cases` (a
province on both lists of a day, docs/intake-annotation.md). On sentences invented for the
test (not taken from any corpus file). docs/INTAKE.md, "test12 and test13 as development
data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_FIELDS = ("new_cases_24h", "imported_cases", "local_cases")


def _stats(text):
    facts = extract_facts(text, dt.date(2021, 6, 2), use_ner=False)
    return {
        s["province"]: {f: s[f] for f in _FIELDS if s[f] is not None}
        for s in facts.province_stats
        if s["province"] and any(s[f] is not None for f in _FIELDS)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Trong ngày 2/6, Việt Nam ghi nhận thêm 60 ca mắc mới:\n\n+ 4 ca cách ly ngay sau khi "
        "nhập cảnh tại Khánh Hòa.\n\n+ 56 ca ghi nhận trong nước tại Bắc Giang (40), Khánh "
        "Hòa (10), Hà Nội (6).",
        "Trong ngày 2/6, Việt Nam ghi nhận thêm 60 ca mắc mới. Trong đó có 4 ca nhập cảnh "
        "được cách ly tại tỉnh Khánh Hòa; 56 ca ghi nhận trong nước tại Bắc Giang (40), Khánh "
        "Hòa (10), Hà Nội (6).",
        "Ngày 2/6 cả nước có 60 ca mắc mới.\n- 4 trường hợp được cách ly khi nhập cảnh tại "
        "Khánh Hòa;\n- 56 ca lây nhiễm trong nước tại Bắc Giang (40), Khánh Hòa (10), Hà Nội "
        "(6).",
        "Trong ngày 2/6, Việt Nam có 60 ca mắc mới, trong đó 4 ca nhập cảnh tại Khánh Hòa; "
        "56 ca trong nước tại Bắc Giang (40), Khánh Hòa (10), Hà Nội (6).",
    ],
)
def test_a_province_on_both_lists_of_a_day(text):
    assert _stats(text) == {
        "Khánh Hòa": {"imported_cases": 4, "local_cases": 10},
        "Bắc Giang": {"new_cases_24h": 40},
        "Hà Nội": {"new_cases_24h": 6},
    }


@pytest.mark.parametrize(
    "text",
    [
        # a window of hours: no day's count
        "Từ 6h đến 18h ngày 2/6 có 2 ca cách ly ngay sau khi nhập cảnh tại Khánh Hòa.",
        # travellers, not cases
        "Trong ngày 2/6 có 120 hành khách nhập cảnh tại Khánh Hòa.",
    ],
)
def test_no_imported_line(text):
    assert "imported_cases" not in _stats(text).get("Khánh Hòa", {})
