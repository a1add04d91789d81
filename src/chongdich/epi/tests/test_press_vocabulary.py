"""Words of Vietnamese support articles met in test11: "kít" for a test kit, "vàng bạc đá
quý" inside a company's name; on sentences invented for the test (not taken from any corpus
file). docs/INTAKE.md, "test11 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _gifts(text):
    facts = extract_facts(text, dt.date(2021, 8, 20), use_ner=False)
    return [
        (e["donor"], e["recipient"], i["item"], i["quantity"])
        for e in facts.support_events
        for i in e["items"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 19/8, Ủy ban MTTQ tỉnh Phú Yên tiếp nhận 2.000 bộ kít xét nghiệm nhanh do "
            "Công ty TNHH vàng bạc đá quý Kim Long hỗ trợ.",
            [("Công ty TNHH vàng bạc đá quý Kim Long", "Phú Yên", "test_kit", 2000)],
        ),
        (
            "Công ty CP đá quý Sao Mai trao tặng tỉnh Quảng Trị 500 kít xét nghiệm PCR.",
            [("Công ty CP đá quý Sao Mai", "Quảng Trị", "test_kit", 500)],
        ),
        (
            "Sở Y tế Cà Mau đã nhận 1.200 Kít xét nghiệm Covid-19 từ Công ty CP vàng bạc "
            "Ngọc Thẩm.",
            [("Công ty CP vàng bạc Ngọc Thẩm", "Cà Mau", "test_kit", 1200)],
        ),
    ],
)
def test_kit_spelt_kit_and_jewellers_names(text, expected):
    assert _gifts(text) == expected


def test_samples_tested_with_kits_are_no_gift():
    text = "Trong ngày, tỉnh Phú Yên đã xét nghiệm 3.000 mẫu bằng kít xét nghiệm nhanh."
    assert _gifts(text) == []
