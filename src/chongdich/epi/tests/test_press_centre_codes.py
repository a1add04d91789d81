"""A document's code ending in "TƯ" (the centre: "1075/QĐ-VSDTTƯ", "45/KH-BCĐTƯ") is read
whole, so that it is the document the annotation names and keeps the date written after it.
On texts invented for the test (not taken from any corpus file). docs/INTAKE.md, "Thin pages
… (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


@pytest.mark.parametrize(
    ("text", "document", "date"),
    [
        (
            "Theo Quyết định số 1075/QĐ-VSDTTƯ ngày 6-9-2021 của Viện Vệ sinh Dịch tễ Trung "
            "ương, Quảng Ngãi được cấp 120.000 liều vắc-xin AstraZeneca.",
            "1075/QĐ-VSDTTƯ",
            "2021-09-06",
        ),
        (
            "UBND tỉnh Quảng Ngãi thực hiện Kế hoạch số 45/KH-BCĐTƯ ngày 6/9/2021 về tiêm chủng.",
            "45/KH-BCĐTƯ",
            "2021-09-06",
        ),
    ],
)
def test_a_centre_code_is_read_whole(text, document, date):
    directives = extract_facts(text, use_ner=False).directives
    assert [(d["document"], d["date"]) for d in directives] == [(document, date)]
