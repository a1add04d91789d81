"""Việt Nam as the receiving verb's subject, and a foreign government by its state's form:
"Việt Nam tiếp nhận 2.000 liều … do Chính phủ Liên bang Nga viện trợ" is Nga's gift to the
annotation's "Chính phủ", not to the province the page names elsewhere; "Chính phủ Cộng hòa
Séc" gives as "Séc". On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test42 to test45 as development data (rules25)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows

_DAY = dt.date(2021, 8, 12)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Giữa tháng 3, Việt Nam tiếp nhận 4.000 liều vaccine Sputnik V do Chính phủ Liên "
            "bang Nga viện trợ. Bình Thuận là nơi tiêm đầu tiên.",
            ("Nga", "Chính phủ", "vaccine_dose", 4000),
        ),
        (
            "Ngày 2/8, Việt Nam nhận thêm 20 nghìn liều vaccine do Chính phủ Liên bang Nga tặng.",
            ("Nga", "Chính phủ", "vaccine_dose", 20000),
        ),
        (
            "Việt Nam đã tiếp nhận 300.000 liều vaccine Vero Cell do Chính phủ Trung Quốc viện "
            "trợ. Lạng Sơn đã tiêm xong mũi 1.",
            ("Trung Quốc", "Chính phủ", "vaccine_dose", 300000),
        ),
        (
            "Hôm qua, Việt Nam vừa tiếp nhận 150.000 liều vaccine do Chính phủ Cộng hòa Séc "
            "trao tặng.",
            ("Séc", "Chính phủ", "vaccine_dose", 150000),
        ),
    ],
)
def test_viet_nam_receives_a_foreign_gift(text, row):
    assert gift_rows(text, _DAY) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a province that receives is still the receiver
        (
            "Hà Nội đã tiếp nhận 30.000 liều vaccine do Chính phủ Nhật Bản tặng.",
            ("Nhật Bản", "Hà Nội", "vaccine_dose", 30000),
        ),
        # the country gives to a named province
        (
            "Chính phủ Liên bang Nga trao tặng tỉnh Khánh Hòa 5.000 liều vaccine.",
            ("Nga", "Khánh Hòa", "vaccine_dose", 5000),
        ),
    ],
)
def test_a_named_receiver_stays(text, row):
    assert gift_rows(text, _DAY) == [row]


def test_doses_received_with_no_giver_are_no_gift():
    text = "Việt Nam đã tiếp nhận tổng cộng 9.100.000 liều sau 16 đợt giao vaccine."
    assert gift_rows(text, _DAY) == []


def test_a_cut_headline_without_the_giver_leaves_the_body_gift():
    text = (
        "Sáng 12/8: Việt Nam tiếp nhận 1,5 triệu liều vaccine COVID-19 từ Chính...\n\n"
        "Việt Nam tiếp nhận 1,5 triệu liều vaccine COVID-19 từ Chính phủ Pháp;..."
    )
    assert gift_rows(text, _DAY) == [("Pháp", "Chính phủ", "vaccine_dose", 1500000)]
