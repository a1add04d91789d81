"""A gift the rules find no giver for is reported only when the article names none: givers
written as a nameless group, or a gift received with no giver written. A giver written but
not recognised is a misreading, not a gift "from no one" (docs/INTAKE.md, "Givers no rule
found")."""

from __future__ import annotations

import datetime as dt

from chongdich.epi.press_facts.support_parties import ner_donor
from chongdich.epi.tests.press_helpers import gift_rows

DAY = dt.date(2021, 8, 12)


def test_givers_written_as_a_nameless_group_give_an_event_with_no_donor():
    rows = gift_rows(
        "Sáng 12/8, tỉnh Hậu Giang tiếp nhận quà. Bốn doanh nghiệp hỗ trợ 900 bộ đồ bảo hộ.", DAY
    )
    assert rows == [(None, "Hậu Giang", "ppe_kit", 900)]


def test_a_gift_received_with_no_giver_written_is_an_event_with_no_donor():
    rows = gift_rows(
        "Được biết, 3 xe cứu thương này được trao tặng cho Bệnh viện Đa khoa tỉnh Trà Vinh.", DAY
    )
    assert [(donor, recipient, item, quantity) for donor, recipient, item, quantity in rows] == [
        (None, "Trà Vinh", "ambulance", 3)
    ]


def test_a_written_giver_the_rules_cannot_name_gives_no_event_from_no_one():
    # A broadcaster the gazetteers do not know, and a giver named a sentence before the
    # receipt: neither gift is reported as one from nobody.
    for text in (
        "Chiều 12/8, Đài Phát thanh – Truyền hình tỉnh đã trao 4.000 khẩu trang y tế để hỗ "
        "trợ cán bộ, chiến sỹ tỉnh Sóc Trăng.",
        "Số vật tư do Công ty Hoa Sen trao tặng cho Sở Y tế tỉnh Sóc Trăng. Theo đó, Sở Y tế "
        "đã tiếp nhận 40 nghìn test xét nghiệm nhanh.",
    ):
        assert [row for row in gift_rows(text, DAY) if row[0] is None] == []


def test_a_front_or_committee_without_its_name_is_no_giver_the_ner_can_give():
    assert ner_donor("UBMTTQ đã trao 30 máy thở cho tỉnh Đắk Lắk.") is None


def test_a_province_is_never_its_own_giver():
    # Teams leaving the city after their tour: the city is where they worked, not a giver.
    text = (
        "Lực lượng chi viện rút khỏi TP HCM. Theo thống kê có 9 đơn vị (bệnh viện trung ương "
        "và địa phương) với gần 400 nhân viên y tế chi viện hỗ trợ điều trị gần 2 tháng qua."
    )
    assert [row for row in gift_rows(text, DAY) if row[0] == row[1]] == []
