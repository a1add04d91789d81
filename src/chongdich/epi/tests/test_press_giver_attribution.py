"""Which giver a gift is of, when the sentence lists or splits its givers: givers listed
after the sum ("… 300 triệu đồng, gồm: Công ty A, Ngân hàng B"), a giver inside a total
("… từ các tổ chức, cá nhân …, trong đó có Công ty A ủng hộ một tỷ đồng"), a name the
gazetteer does not know opening its own clause ("X trao tặng …, Y trao tặng …"), a state
leader handing over, and sums in words ("ba tỷ đồng"). On sentences invented for the test
(not taken from any corpus file). docs/INTAKE.md, "test12 and test13 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows


def _gifts(text):
    return set(gift_rows(text, dt.date(2021, 8, 3)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Các doanh nghiệp đóng góp cho Quỹ phòng, chống dịch Covid-19 tỉnh Nam Định với số "
            "tiền 300 triệu đồng, gồm: Công ty Cổ phần Dệt Sông Hồng, Ngân hàng Nông nghiệp chi "
            "nhánh Nam Định.",
            {("Công ty Cổ phần Dệt Sông Hồng", "Nam Định", "money_vnd", 300_000_000)},
        ),
        (
            "Sáng 3/8, Ủy ban MTTQ tỉnh Hà Nam tiếp nhận 1,8 tỷ đồng từ các tổ chức, cá nhân "
            "ủng hộ tỉnh Hà Nam. Trong số đó, nhiều đơn vị ủng hộ hơn 1,5 tỷ đồng, trong đó có "
            "Công ty Cổ phần Thép Phủ Lý ủng hộ một tỷ đồng.",
            {("Công ty Cổ phần Thép Phủ Lý", "Hà Nam", "money_vnd", 1_000_000_000)},
        ),
        (
            "Tại buổi lễ, Liên đoàn Xiếc Việt Nam trao tặng 200 triệu đồng, Hiệp hội Thép Việt "
            "Nam trao tặng 3 tỷ đồng cho tỉnh Quảng Bình.",
            {
                ("Liên đoàn Xiếc Việt Nam", "Quảng Bình", "money_vnd", 200_000_000),
                ("Hiệp hội Thép Việt Nam", "Quảng Bình", "money_vnd", 3_000_000_000),
            },
        ),
        (
            "Phó Thủ tướng Lê Văn Thành đã trao tặng 2.000 bộ kit xét nghiệm nhanh cho tỉnh "
            "Sóc Trăng.",
            {("Lê Văn Thành", "Sóc Trăng", "test_kit", 2000)},
        ),
        (
            "Công ty Cổ phần Hòa Bình đóng góp ba tỷ đồng cho tỉnh Hậu Giang.",
            {("Công ty Cổ phần Hòa Bình", "Hậu Giang", "money_vnd", 3_000_000_000)},
        ),
    ],
)
def test_the_giver_of_each_gift(text, expected):
    assert _gifts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a rate, not a sum: "năm tỷ lệ" has no "đồng"
        "Trong năm tỷ lệ hộ nghèo của tỉnh Hà Giang giảm, tỉnh trao 20 suất quà.",
        # "từ các tổ chức, cá nhân" with no named part after it stays unnamed (donor null)
        "Ủy ban MTTQ tỉnh Bến Tre đã tiếp nhận 900 triệu đồng từ các tổ chức, cá nhân.",
    ],
)
def test_no_named_giver(text):
    assert all(donor is None for donor, *_ in _gifts(text))
    if "900" in text:
        assert _gifts(text) == {(None, "Bến Tre", "money_vnd", 900_000_000)}
    else:
        assert _gifts(text) == set()
