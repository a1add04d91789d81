"""A tag page's hashtag heading ("#công văn hỏa tốc số 1520/UBND-VX", "#Chỉ thị 16 Đà Nẵng")
is page furniture, like a "Tags:" line: no fact is read from it, and the article below it is
read as before. A "#" that is no heading (a number sign, "ca bệnh #12") is text. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test16 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _facts(text):
    return extract_facts(text, dt.date(2021, 10, 22), use_ner=False)


@pytest.mark.parametrize(
    "heading",
    [
        "#công văn hỏa tốc số 1520/UBND-VX",
        "#Chỉ thị 16 Đà Nẵng",
        "  #văn bản số 4410/QĐ-UBND",
        "#Quyết định 2686/QĐ-UBND, Chỉ thị 15",
    ],
)
def test_a_hashtag_heading_gives_no_document(heading):
    text = f"{heading}\n\nNgày 22/10, Gia Lai ghi nhận thêm 14 ca mắc mới."
    facts = _facts(text)
    assert facts.directives == []
    assert {s["province"]: s["new_cases_24h"] for s in facts.province_stats} == {"Gia Lai": 14}


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 22/10, Gia Lai ghi nhận thêm 14 ca mắc mới, trong đó ca bệnh #12 là F1.",
        "#1 Ngày 22/10, Gia Lai ghi nhận thêm 14 ca mắc mới.",
    ],
)
def test_a_number_sign_is_text(text):
    stats = _facts(text).province_stats
    assert {s["province"]: s["new_cases_24h"] for s in stats} == {"Gia Lai": 14}
