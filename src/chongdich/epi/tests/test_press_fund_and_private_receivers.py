"""Who receives, when it is not a province: the national vaccine fund however the sentence
names it ("ủng hộ Quỹ vắc xin phòng, chống COVID-19 …", "cho quỹ vắc xin của Chính phủ",
"trao tặng Quỹ số tiền …" once the article has named it), carried to the next givers of its
paragraph; and a company's own partners, staff or customers ("hỗ trợ cho các đối tác thuê
mặt bằng", "3 triệu đồng/người cho hơn 400 nhân viên"), which make no event. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test42 to test45 as
development data (rules25)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows

_DAY = dt.date(2021, 6, 20)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Dịch tại Bắc Giang căng thẳng.\n\nTập đoàn Masan ủng hộ Quỹ vắc xin phòng, chống "
            "COVID-19 của Chính phủ 100 tỷ đồng.",
            [("Tập đoàn Masan", "Quỹ vắc xin phòng, chống COVID-19", "money_vnd", 100000000000)],
        ),
        (
            "Ngân hàng BIDV đóng góp 50 tỷ đồng vào Quỹ vaccine phòng Covid-19 Việt Nam.",
            [("Ngân hàng BIDV", "Quỹ vaccine phòng Covid-19 Việt Nam", "money_vnd", 50000000000)],
        ),
        (
            "Sáng 5/6, lễ ra mắt Quỹ vắc xin phòng, chống COVID-19 quốc gia diễn ra tại Hà "
            "Nội.\n\nTại buổi lễ, ông Trần Văn Bình đã trao tặng Quỹ số tiền 20 tỷ đồng "
            "của Công ty Bình Minh.",
            [("Công ty Bình Minh", "Quỹ vắc xin phòng, chống COVID-19", "money_vnd", 20000000000)],
        ),
        (
            "Quỹ vắc xin phòng, chống Covid-19 của Chính phủ ra mắt tháng 6.\n\nSau khi hỗ trợ "
            "Hà Nam, Nam Định chống dịch, Tập đoàn Masan tiếp tục chuyển thẳng 30 tỉ đồng cho "
            "quỹ vắc xin của Chính phủ. Tập đoàn Hòa Phát ủng hộ 20 tỉ đồng.",
            [
                ("Tập đoàn Masan", "Quỹ vắc xin phòng, chống Covid-19", "money_vnd", 30000000000),
                (
                    "Tập đoàn Hòa Phát",
                    "Quỹ vắc xin phòng, chống Covid-19",
                    "money_vnd",
                    20000000000,
                ),
            ],
        ),
    ],
)
def test_the_vaccine_fund_receives(text, rows):
    assert gift_rows(text, _DAY) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/3, Công ty CP Sao Mai công bố dành 200 tỷ đồng hỗ trợ cho các đối tác thuê mặt "
        "bằng. Các thành phố du lịch như Đà Nẵng, Nha Trang chịu ảnh hưởng lớn nhất.",
        "Tại TP.HCM, doanh nghiệp đã hỗ trợ 3 triệu đồng/người cho hơn 400 nhân viên phải nghỉ "
        "không lương.",
        "Công ty may Thành Công hỗ trợ 2 tỷ đồng cho người lao động ở Bình Dương bị ảnh hưởng.",
    ],
)
def test_a_companys_own_people_are_no_receiver(text):
    rows = gift_rows(text, _DAY)
    assert rows == [] or all(row[1] == "Bình Dương" for row in rows)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Công ty Hoa Sen trao tặng tỉnh Long An 500 triệu đồng.", "Long An"),
        ("Công ty Hoa Sen trao tặng 500 triệu đồng cho công nhân tỉnh Bình Dương.", "Bình Dương"),
        # a fund with its own name is a giver's or receiver's name, not the vaccine fund
        ("Quỹ Temasek trao tặng Bệnh viện Chợ Rẫy 10 máy thở.", None),
    ],
)
def test_named_receivers_stay(text, recipient):
    rows = gift_rows(text, _DAY, ("donor", "recipient"))
    assert rows and all(row[1] == recipient for row in rows)


def test_a_fund_not_named_as_the_national_one_goes_to_the_province():
    text = (
        "Chiều 15-6, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tiếp nhận hơn một tỷ đồng đóng góp cho "
        "Quỹ vaccine phòng, chống dịch Covid-19 và Quỹ phòng, chống dịch tỉnh. Theo đó, Công ty "
        "Hoa Sen đóng góp cho Quỹ vaccine phòng, chống dịch Covid-19 với số tiền 300 triệu đồng."
    )
    assert {row[1] for row in gift_rows(text, _DAY)} <= {"Vĩnh Long"}
