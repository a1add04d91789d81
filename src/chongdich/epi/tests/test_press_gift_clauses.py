"""A giver's verbs split by semicolons are no roll of givers ("Tập đoàn A cũng đã đóng góp …;
Trao tặng …"); the item's own "vào Quỹ …" or "thông qua <body>" names its receiver before a
later clause's province; a counted group with no name gives at a ceremony, not the leader
the article names. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test50 to test59 as development data (rules27)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows

_DAY = dt.date(2021, 7, 20)


@pytest.mark.parametrize("adverbs", ["cũng đã", "đã", "cũng"])
def test_a_givers_verbs_after_semicolons_are_no_roll(adverbs):
    text = (
        f"Tập đoàn Hòa Phát trao tặng máy thở. Trước đó, Hòa Phát {adverbs} đóng góp 50 tỷ đồng "
        "vào Quỹ vắc xin phòng chống COVID-19; Trao tặng 3 xe cứu thương đến Trung tâm Cấp cứu "
        "115 Hà Nội."
    )
    donors = {row[0] for row in gift_rows(text, _DAY)}
    assert "Trao" not in donors and not any(d and d.endswith("cũng") for d in donors)


def test_a_roll_of_givers_stays():
    text = (
        "Trong đó, Công ty Minh Phú cũng đã ủng hộ 500 triệu đồng; Trường THPT Lê Lợi 50 triệu "
        "đồng; Ngân hàng Nam Á ủng hộ 1 tỷ đồng cho tỉnh Nghệ An."
    )
    assert [row[0] for row in gift_rows(text, _DAY)] == [
        "Công ty Minh Phú",
        "Trường THPT Lê Lợi",
        "Ngân hàng Nam Á",
    ]


@pytest.mark.parametrize("into", ["vào", "cho"])
def test_the_fund_right_after_the_item_receives_it(into):
    text = (
        f"Tập đoàn Hòa Phát đã đóng góp 50 tỷ đồng {into} Quỹ vắc xin phòng chống COVID-19 nhằm "
        "góp sức, đồng thời trao tặng máy thở cho Bệnh viện Nhân dân 115 TP.HCM."
    )
    rows = gift_rows(text, _DAY)
    assert (
        "Tập đoàn Hòa Phát",
        "Quỹ vắc xin phòng chống COVID-19",
        "money_vnd",
        50_000_000_000,
    ) in rows


def test_a_counted_group_gives_through_the_front():
    text = (
        "Lễ phát động diễn ra sáng 17/3 tại Hà Nội với sự tham gia của Thủ tướng Chính phủ "
        "Nguyễn Xuân Phúc. Thủ tướng Chính phủ Nguyễn Xuân Phúc ủng hộ phòng chống dịch. Tại "
        "buổi lễ, có 20 tập đoàn, ngân hàng, cá nhân đăng ký ủng hộ với tổng số tiền 120 tỷ đồng "
        "thông qua Ủy ban Trung ương MTTQ Việt Nam."
    )
    rows = gift_rows(text, dt.date(2020, 3, 17))
    assert not any(row[0] == "Nguyễn Xuân Phúc" for row in rows)
    assert not any(row[1] == "Hà Nội" for row in rows)


def test_a_named_giver_at_a_ceremony_stays():
    text = (
        "Tập đoàn Vingroup tổ chức lễ trao tặng. Tại buổi lễ, Tập đoàn Vingroup trao tặng 100 "
        "máy thở cho tỉnh Bình Dương."
    )
    rows = gift_rows(text, _DAY)
    assert ("Tập đoàn Vingroup", "Bình Dương", "ventilator", 100) in rows


@pytest.mark.parametrize("joined", ["Cùng Chính phủ chống dịch", "Chung tay cùng Chính phủ"])
def test_a_gift_with_the_government_goes_to_no_province(joined):
    text = (
        f"{joined}, ca sĩ Hà Anh Tuấn cùng bạn bè quyên góp một tỷ đồng. Bệnh nhân thứ 18 ở tỉnh "
        "Ninh Bình đã được xuất viện."
    )
    assert not any(row[1] == "Ninh Bình" for row in gift_rows(text, _DAY))


def test_a_gift_with_the_government_to_a_province_named_stays():
    text = "Cùng Chính phủ chống dịch, Tập đoàn Hòa Phát ủng hộ tỉnh Ninh Bình 1 tỷ đồng."
    assert gift_rows(text, _DAY) == [("Tập đoàn Hòa Phát", "Ninh Bình", "money_vnd", 1_000_000_000)]
