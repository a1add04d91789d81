"""What a campaign raised ("… chương trình do Báo A và Ngân hàng B tổ chức, kêu gọi được
2,4 tỷ đồng ủng hộ miền Trung", "đã vận động được hơn 500 triệu đồng", "quyên góp được 200
suất quà") is its takings, no gift: the support reader drops an item whose verb of raising
stands right before it; the gift handed over stays. On texts invented for the test (not taken
from any corpus file). docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.press_facts.campaign_takings import raised_by_a_campaign


@pytest.mark.parametrize(
    ("s", "raised"),
    [
        ("Chương trình do Báo A và Ngân hàng B tổ chức, kêu gọi được 2,4 tỷ đồng ủng hộ.", True),
        ("Hội đã vận động được hơn 2,4 tỷ đồng ủng hộ Quỹ phòng chống dịch.", True),
        ("Đoàn viên đã quyên góp được 2,4 tỷ đồng.", True),
        ("Công ty đã trao được 2,4 tỷ đồng cho tỉnh.", False),
        ("Công ty trao 2,4 tỷ đồng, số tiền kêu gọi được từ cán bộ.", False),
    ],
)
def test_a_verb_of_raising_right_before_the_item(s, raised):
    assert raised_by_a_campaign(s, s.index("2,4")) is raised


def test_the_gift_handed_over_stays():
    text = "Sáng 3.9, Công ty Bảo Minh trao tặng 500 triệu đồng cho tỉnh Quảng Ngãi chống dịch."
    events = extract_facts(text, use_ner=False).support_events
    assert [i["quantity"] for e in events for i in e["items"]] == [500_000_000]
