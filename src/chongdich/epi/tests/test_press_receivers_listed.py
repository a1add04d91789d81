"""A list of who receives ("Trong đó, Long An, Đồng Nai và Bình Dương nhận 30.000 liều, Cần
Thơ nhận 24.000 liều"; "gồm: Bệnh viện A được phân bổ 7.000 liều; …") is no roll call of
givers: its names are receivers, and "X nhận" is never a giver's name. A roll of givers
with giving verbs is read as before. On sentences invented for the test (not taken from
any corpus file). docs/INTAKE.md, "test18, test19, test22 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows

_PUBLISHED = dt.date(2021, 8, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Các tỉnh phía Nam được phân bổ 263.000 liều. Trong đó, Long An, Đồng Nai và Bình "
        "Dương nhận 30.000 liều, Cần Thơ nhận 24.000 liều vaccine.",
        "Trong đợt này, Sóc Trăng sẽ nhận 20.000 liều; Bạc Liêu sẽ nhận 15.000 liều vaccine.",
        "Số vaccine còn lại gồm: Bệnh viện Chợ Rẫy được phân bổ 7.000 liều; Bệnh viện Thống "
        "Nhất được phân bổ 5.000 liều.",
    ],
)
def test_a_list_of_receivers_names_no_giver(text):
    rows = gift_rows(text, _PUBLISHED, ("donor", "quantity"))
    assert not any(donor and "nhận" in donor for donor, _ in rows)
    assert not any(donor in {"Bệnh viện Chợ Rẫy", "Sóc Trăng"} for donor, _ in rows)


def test_a_roll_of_givers_still_reads():
    text = (
        "Ủy ban MTTQ tỉnh Nghệ An tiếp nhận ủng hộ. Trong đó, Công ty A ủng hộ 500 triệu "
        "đồng, Ngân hàng B ủng hộ 300 triệu đồng."
    )
    assert gift_rows(text, _PUBLISHED, ("donor", "recipient", "quantity")) == [
        ("Công ty A", "Nghệ An", 500_000_000),
        ("Ngân hàng B", "Nghệ An", 300_000_000),
    ]
