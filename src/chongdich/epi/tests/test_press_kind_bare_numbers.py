"""A document's kind with a bare number and no "số" is a document when an issuing verb comes
right before its kind, or its issuer or date right after the number; "thông báo" as a verb
with a count is not. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "Directives and support events across the development sets (rules30,
session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _documents(text):
    facts = extract_facts(text, None, use_ner=False)
    return {(d["document"], d["province"]) for d in facts.directives}


@pytest.mark.parametrize(
    ("text", "document"),
    [
        (
            "Ông Lê Văn Hưởng, Chủ tịch UBND tỉnh Sóc Trăng, đã ký công văn 812 về việc thực hiện "
            "giãn cách xã hội.",
            "812",
        ),
        ("Tỉnh Sóc Trăng cách ly người về từ vùng dịch (Thông báo 77 của BCĐ tỉnh).", "77"),
        (
            "Tỉnh Sóc Trăng thực hiện Quyết định 1503 ngày 2/7/2021 về phong tỏa ấp Hòa Mỹ.",
            "1503",
        ),
        ("UBND tỉnh Sóc Trăng vừa ban hành Kế hoạch 145 về tiêm vắc xin.", "145"),
    ],
)
def test_a_kind_with_a_bare_number_issued_or_signed_is_a_document(text, document):
    assert _documents(text) == {(document, "Sóc Trăng")}


@pytest.mark.parametrize(
    "text",
    [
        "Sở Y tế tỉnh Sóc Trăng thông báo 25 ca mắc mới trong ngày.",
        "UBND tỉnh Sóc Trăng có thông báo 12 điểm xét nghiệm lưu động.",
        "Tỉnh Sóc Trăng đã nhận 300 công văn góp ý của người dân.",
    ],
)
def test_a_count_after_the_verb_or_a_kind_is_no_document(text):
    assert _documents(text) == set()


def test_a_bare_number_with_so_is_read_once():
    text = "UBND tỉnh Sóc Trăng đã ký Công văn số 812 ngày 3/7/2021 về giãn cách xã hội."
    facts = extract_facts(text, dt.date(2021, 7, 4), use_ner=False)
    assert [d["document"] for d in facts.directives] == ["812"]
