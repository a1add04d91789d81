"""A central directive applied in a count of provinces, the provinces listed in a sentence
after it, gives each listed province the document with what the first sentence orders; a
list in another paragraph, or a sentence naming its own province, does not. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Directives and
support events across the development sets (rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _directives(text):
    facts = extract_facts(text, dt.date(2021, 7, 20), use_ner=False)
    return {(d["document"], d["province"]): d["measures"] for d in facts.directives}


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng đồng ý cho 4 tỉnh miền Trung áp dụng giãn cách xã hội theo Chỉ thị 16 từ 0 "
        "giờ ngày 21/7. Các tỉnh gồm: Quảng Nam, Quảng Ngãi, Bình Định và Phú Yên.",
        "Thêm 4 tỉnh áp dụng giãn cách xã hội theo Chỉ thị 16 trong 14 ngày. Thời gian áp dụng "
        "từ 0 giờ ngày 21/7. Đó là Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên.",
        "HÀ NỘI — 4 central provinces will apply social distancing under Directive 16 from "
        "midnight. The provinces are Quảng Nam, Quảng Ngãi, Bình Định and Phú Yên.",
    ],
)
def test_each_province_listed_after_the_count_applies_the_directive(text):
    expected = {("16", p) for p in ("Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên")}
    directives = _directives(text)
    assert set(directives) == expected
    assert all(m == ["social distancing"] for m in directives.values())


def test_a_list_in_another_paragraph_is_not_the_counts():
    text = (
        "Thủ tướng đồng ý cho 4 tỉnh miền Trung áp dụng giãn cách xã hội theo Chỉ thị 16.\n\n"
        "Các tỉnh Quảng Nam, Quảng Ngãi, Bình Định và Phú Yên ghi nhận nhiều ca mắc mới."
    )
    assert not {("16", p) for p in ("Quảng Ngãi", "Bình Định", "Phú Yên")} & set(_directives(text))


def test_a_sentence_naming_its_province_keeps_it():
    text = (
        "Tỉnh Quảng Nam là một trong 4 tỉnh áp dụng giãn cách xã hội theo Chỉ thị 16. Các tỉnh "
        "lân cận Quảng Ngãi, Bình Định, Phú Yên đang theo dõi."
    )
    assert set(_directives(text)) == {("16", "Quảng Nam")}
