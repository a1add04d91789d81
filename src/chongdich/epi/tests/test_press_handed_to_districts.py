"""A province's body handing goods to its own districts at once ("Hội CTĐ tỉnh đã trao tặng
Hội CTĐ các huyện, thị, thành phố 12.400 khẩu trang") or handing on what it received ("Sau khi
tiếp nhận phần quà, Hội Chữ thập đỏ tỉnh đã trao hỗ trợ cho huyện A và thị xã B, mỗi địa
phương 800 khẩu trang") is no gift between provinces; the gift received stays. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Thin pages …
(intake-rules35)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _masks(text: str) -> list[int]:
    facts = extract_facts(text, use_ner=False, published=dt.date(2021, 6, 20))
    return [i["quantity"] for e in facts.support_events for i in e["items"] if i["item"] == "mask"]


@pytest.mark.parametrize(
    "text",
    [
        "(BTN) Ngày 20-6, Hội Chữ thập đỏ tỉnh Tây Ninh tổ chức trao tặng vật dụng phòng dịch. "
        "Theo đó, Hội CTĐ tỉnh đã trao tặng Hội CTĐ các huyện, thị, thành phố 12.400 khẩu trang "
        "vải kháng khuẩn.",
        "Chiều 20/6, Hội Chữ thập đỏ tỉnh Long An đã trao tặng 6.000 khẩu trang cho người dân "
        "tỉnh Tây Ninh. Sau khi tiếp nhận phần quà hỗ trợ, Hội Chữ thập đỏ tỉnh Tây Ninh đã trao "
        "hỗ trợ cho huyện Gò Dầu và thị xã Trảng Bàng, mỗi địa phương 800 khẩu trang.",
    ],
)
def test_handed_to_its_own_districts_is_no_gift(text):
    assert 12_400 not in _masks(text)
    assert 800 not in _masks(text)


def test_the_gift_received_stays():
    text = (
        "Chiều 20/6, Hội Chữ thập đỏ tỉnh Long An đã trao tặng 6.000 khẩu trang cho người dân "
        "tỉnh Tây Ninh. Sau khi tiếp nhận phần quà hỗ trợ, Hội Chữ thập đỏ tỉnh Tây Ninh đã trao "
        "hỗ trợ cho huyện Gò Dầu và thị xã Trảng Bàng, mỗi địa phương 800 khẩu trang."
    )
    assert _masks(text) == [6000]
