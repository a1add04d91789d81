"""The lot a receiver took "accordingly" after a lead naming the giver is the lead's gift, by
the lead's giver, and a sentence opening "Theo đó," takes the lead's day; gifts summed from
one month to another are a running total, no event. On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "Directives and support events across the
development sets (rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows

_DAY = dt.date(2022, 1, 25)
_LEAD = "Ngày 24/1, Công ty TNHH Minh Phát đã trao tặng Sở Y tế tỉnh Hà Nam một số vật tư y tế.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo đó, Sở Y tế đã tiếp nhận 55 nghìn test xét nghiệm nhanh kháng nguyên.",
        "Theo đó, ngành y tế tỉnh vừa nhận được 55.000 bộ kit test nhanh.",
    ],
)
def test_the_lot_received_accordingly_is_the_leads_gift(sentence):
    rows = gift_rows(_LEAD + sentence, _DAY)
    assert rows == [("Công ty TNHH Minh Phát", "Hà Nam", "test_kit", 55000)]


def test_a_lot_received_with_its_own_giver_keeps_it():
    text = _LEAD + (
        "Theo đó, Sở Y tế đã tiếp nhận 55.000 bộ kit test nhanh do Công ty CP Dược Hà Tây tài trợ."
    )
    assert gift_rows(text, _DAY) == [("Công ty CP Dược Hà Tây", "Hà Nam", "test_kit", 55000)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trước đó, từ tháng 6/2021 đến tháng 11/2021, Công ty TNHH Minh Phát đã trao tặng Sở Y "
        "tế tỉnh Hà Nam hơn 100 nghìn test xét nghiệm.",
        "Từ tháng 7 năm 2021 đến nay, Công ty TNHH Minh Phát đã ủng hộ tỉnh Hà Nam 2 tỷ đồng.",
    ],
)
def test_gifts_summed_over_months_are_no_event(sentence):
    assert gift_rows(sentence, _DAY) == []


def test_a_gift_over_two_days_is_still_one():
    text = (
        "Công ty TNHH Minh Phát đã trao tặng tỉnh Hà Nam 500 máy tạo ô xy (trong 2 ngày 23-8 "
        "và 24-8)."
    )
    assert gift_rows(text, _DAY) == [
        ("Công ty TNHH Minh Phát", "Hà Nam", "oxygen_concentrator", 500)
    ]


def test_a_sentence_opening_theo_do_takes_the_leads_day():
    text = (
        "Chiều 14/6, Hội Chữ thập đỏ tỉnh Thanh Hóa đã trao tặng một số vật tư y tế cho tỉnh "
        "Ninh Bình.\n\nBuổi lễ diễn ra tại trụ sở Hội.\n\n"
        "Theo đó, Hội Chữ thập đỏ tỉnh Thanh Hóa đã trao tặng 4.000 khẩu trang cho tỉnh Ninh Bình."
    )
    rows = gift_rows(text, dt.date(2021, 6, 15), ("donor", "recipient", "quantity", "date"))
    assert rows == [("Thanh Hóa", "Ninh Bình", 4000, "2021-06-14")]


def test_an_undated_paragraph_not_opening_theo_do_has_no_date():
    text = (
        "Chiều 14/6, Hội Chữ thập đỏ tỉnh Thanh Hóa đã trao tặng một số vật tư y tế cho tỉnh "
        "Ninh Bình.\n\nBuổi lễ diễn ra tại trụ sở Hội.\n\n"
        "Trước đó, Hội Chữ thập đỏ tỉnh Thanh Hóa đã trao tặng 4.000 khẩu trang cho tỉnh Ninh Bình."
    )
    rows = gift_rows(text, dt.date(2021, 6, 15), ("quantity", "date"))
    assert rows == [(4000, None)]
