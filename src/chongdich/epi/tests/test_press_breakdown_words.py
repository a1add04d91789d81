"""A day's breakdown in other words: imported cases counted as people ("gồm 6 người nhập
cảnh và 11.208 trường hợp ghi nhận trong nước"), community cases with three words before
"tại cộng đồng" ("6.387 ca được phát hiện tại cộng đồng"). On sentences invented for the
test (not taken from any corpus file). docs/INTAKE.md, "test14 and test15 as development
data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_FIELDS = ("new_cases_24h", "imported_cases", "local_cases", "community_cases")


def _national(text):
    facts = extract_facts(text, dt.date(2021, 8, 23), use_ner=False)
    return {
        f: s[f]
        for s in facts.province_stats
        if s["province"] is None
        for f in _FIELDS
        if s[f] is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 22/8, Việt Nam ghi nhận 9.412 ca mắc mới, gồm 8 người nhập cảnh và 9.404 "
            "trường hợp ghi nhận trong nước.",
            {"new_cases_24h": 9412, "imported_cases": 8, "local_cases": 9404},
        ),
        (
            "Ngày 22/8, cả nước có 9.412 ca mắc mới. Trong số này, 4.210 ca được phát hiện tại "
            "cộng đồng.",
            {"new_cases_24h": 9412, "community_cases": 4210},
        ),
        (
            "Ngày 22/8, Việt Nam thêm 9.412 ca mắc mới, trong đó 8 người nhập cảnh từ Nhật Bản.",
            {"new_cases_24h": 9412, "imported_cases": 8},
        ),
        (
            "Ngày 22/8, cả nước ghi nhận 9.412 ca mắc mới, có 4.210 ca đã được phát hiện "
            "ở cộng đồng.",
            {"new_cases_24h": 9412, "community_cases": 4210},
        ),
    ],
)
def test_a_breakdown_in_other_words_is_read(text, expected):
    assert _national(text) == expected


# Negatives: what must give no fact.


@pytest.mark.parametrize(
    "text",
    [
        # people entering, no case: no day's count to break down
        "Sân bay Nội Bài đón 300 người nhập cảnh trong ngày 22/8.",
        # four words apart, a sentence about testing, not cases found
        "Ngày 22/8, đã lấy 4.210 mẫu xét nghiệm nhanh kháng nguyên tại cộng đồng.",
    ],
)
def test_no_case_gives_no_breakdown(text):
    assert _national(text) == {}
