"""A page's keyword or tag line ("Từ khoá: "Chỉ thị 15"", "Tags: …", "Keywords: …") is page
furniture: no fact is read from it, and the article's text around it is read as before. On
texts invented for the test (not taken from any corpus file). docs/INTAKE.md, "test12 and
test13 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _documents(text):
    facts = extract_facts(text, dt.date(2021, 7, 20), use_ner=False)
    return {(d["document"], d["province"]) for d in facts.directives}


def _new_cases(text):
    facts = extract_facts(text, dt.date(2021, 7, 20), use_ner=False)
    return {s["province"]: s["new_cases_24h"] for s in facts.province_stats if s["new_cases_24h"]}


@pytest.mark.parametrize(
    "furniture",
    [
        'Từ khoá: "Chỉ thị 15"',
        "Từ khóa: Chỉ thị 15, giãn cách xã hội",
        "Tags: Chỉ thị 15, Đà Nẵng",
        "KEYWORDS: Chỉ thị 15",
        "Thẻ: Chỉ thị 15",
    ],
)
def test_a_keyword_line_gives_no_document(furniture):
    text = (
        f"{furniture}\n"
        "UBND TP Đà Nẵng quyết định áp dụng giãn cách xã hội toàn thành phố theo Chỉ thị 16 "
        "từ 0h ngày 20/7."
    )
    assert _documents(text) == {("16", "Đà Nẵng")}


@pytest.mark.parametrize(
    "text",
    [
        # a colon inside the article's sentence is not a keyword line
        "Thông tin từ khóa học: Hà Nam ghi nhận thêm 12 ca mắc mới trong ngày 20/7.",
        # a label that merely ends with "tags" is not one
        "Hà Nam (hashtags và bài viết liên quan): ghi nhận thêm 12 ca mắc mới trong ngày 20/7.",
    ],
)
def test_text_that_only_looks_like_a_keyword_line_is_read(text):
    assert _new_cases(text) == {"Hà Nam": 12}
