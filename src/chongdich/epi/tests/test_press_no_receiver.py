"""A gift whose receiver is not a named province, body or hospital has no recipient and is
not an event (docs/intake-annotation.md, "Recipients"): a roll of givers and sums with no
receiver written, a gift "cho công tác chống dịch", is news, not a support event; a gift to
a named province, body or hospital stays one. On sentences invented for the test (not taken
from any corpus file). docs/INTAKE.md, "test14 and test15 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _events(text):
    return extract_facts(text, dt.date(2021, 8, 12), use_ner=False).support_events


# What must give no event: no receiver is written.


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều doanh nghiệp đã ủng hộ chống dịch như Công ty Hoa Sen 12 tỷ đồng, Tập đoàn "
        "Masan 30 tỷ đồng, Ngân hàng ACB 8 tỷ đồng.",
        "Trước đó, Công ty Bình Minh đã tài trợ 3 tỷ đồng tiền mặt cho công tác phòng chống dịch.",
        "Ông Trần Văn Lộc (Việt kiều tại Úc) ủng hộ 500 triệu đồng; bà Ngô Thị Mai ủng hộ "
        "3.000 khẩu trang y tế.",
        "Tính đến nay, Tập đoàn Hòa Phát đã đóng góp 40 tỷ đồng và 200 máy thở để chống dịch "
        "COVID-19.",
    ],
)
def test_a_gift_with_no_receiver_written_is_no_event(text):
    assert _events(text) == []


# What must still give an event: the receiver is named.


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Công ty Hoa Sen trao tặng tỉnh Long An 12 tỷ đồng để chống dịch.", "Long An"),
        ("Tập đoàn Masan ủng hộ 30 tỷ đồng cho Quỹ phòng chống COVID-19 của TP HCM.", "TP HCM"),
    ],
)
def test_a_gift_to_a_named_province_is_an_event(text, recipient):
    assert {event["recipient"] for event in _events(text)} == {recipient}


def test_a_gift_to_a_named_hospital_is_an_event():
    (event,) = _events("Công ty Bình Minh trao 20 máy thở cho Bệnh viện Đa khoa khu vực Cái Nước.")
    assert event["recipient_facility"] == "Bệnh viện Đa khoa khu vực Cái Nước"
