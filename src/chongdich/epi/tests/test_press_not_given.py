"""What is received so far, or is still to come, is no gift: "Đến nay X đã tiếp nhận …",
"Tính từ đợt phát động … đến nay, … đã tiếp nhận …" (whichever verb heads the sentence), a
headline repeating such a sum, "sắp có thêm N máy thở", "sẽ nhanh chóng chuyển giao …". On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test12
and test13 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows


def _gifts(text):
    return set(gift_rows(text, dt.date(2021, 8, 3)))


@pytest.mark.parametrize(
    "text",
    [
        "Đến nay Đà Nẵng đã tiếp nhận hơn 1.200 nhân viên y tế đến hỗ trợ chống dịch.",
        "Tính từ đợt vận động quyên góp ủng hộ từ tháng 6 đến nay, Ủy ban MTTQ tỉnh Tây Ninh "
        "đã tiếp nhận trên 15 tỷ đồng của các nhà hảo tâm ủng hộ công tác phòng chống dịch.",
        "Tỉnh Gia Lai sắp có thêm 300 máy tạo oxy để hỗ trợ điều trị bệnh nhân.",
        "Ông cho biết công ty sẽ nhanh chóng chuyển giao 10.000 bộ kit xét nghiệm cho tỉnh "
        "Bình Phước.",
        "Tiếp nhận 20 tỷ đồng ủng hộ phòng, chống dịch\n\nTừ đầu năm đến nay, Ủy ban MTTQ tỉnh "
        "Kon Tum đã tiếp nhận 20 tỷ đồng của các tổ chức, cá nhân ủng hộ.",
    ],
)
def test_received_so_far_or_to_come_is_no_gift(text):
    assert _gifts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 3/8, Ủy ban MTTQ tỉnh Tây Ninh tiếp nhận 500 triệu đồng từ Công ty Cổ phần "
            "Mía đường Tây Ninh.",
            {("Công ty Cổ phần Mía đường Tây Ninh", "Tây Ninh", "money_vnd", 500_000_000)},
        ),
        (
            "Hưởng ứng lời kêu gọi, Công ty Cổ phần Gốm Đồng Nai đã trao 200 triệu đồng cho "
            "tỉnh Đồng Nai.",
            {("Công ty Cổ phần Gốm Đồng Nai", "Đồng Nai", "money_vnd", 200_000_000)},
        ),
    ],
)
def test_the_days_gift_stands(text, expected):
    assert _gifts(text) == expected
