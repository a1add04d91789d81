"""A document cited as what decided a budget or an allocation ("đã được Ủy ban Thường vụ
Quốc hội quyết định tại Nghị quyết số 1271/NQ-UBTVQH", "… do Viện … bổ sung tại Quyết định
số 1084/QĐ-VSDTTƯ") is a basis, not a directive, as "Căn cứ Quyết định …" is. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test46 to test49 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _documents(text):
    facts = extract_facts(text, dt.date(2021, 9, 20), use_ner=False)
    return [d["document"] for d in facts.directives]


@pytest.mark.parametrize(
    "text",
    [
        "Khoản kinh phí 9.000 tỷ đồng đã được Ủy ban Thường vụ Quốc hội quyết định tại Nghị "
        "quyết số 1500/NQ-UBTVQH ngày 18/5/2021.",
        "Trong đợt này, Quảng Ninh có 9.000 liều vắc xin do Viện Vệ sinh dịch tễ Trung ương bổ "
        "sung tại Quyết định số 1200/QĐ-VSDTTƯ ngày 15/9/2021.",
        "Căn cứ Quyết định số 447/QĐ-TTg, tỉnh tiếp tục phòng dịch.",
    ],
)
def test_a_basis_is_no_directive(text):
    assert _documents(text) == []


def test_a_directive_issued_stands():
    text = (
        "Ngày 15/9/2021, UBND tỉnh Quảng Ninh ban hành Quyết định số 3300/QĐ-UBND về giãn "
        "cách xã hội."
    )
    assert _documents(text) == ["3300/QĐ-UBND"]
