"""The vaccine of the Ministry's allocation decision is named by its maker even when the
decision's count is cut or written without a number ("phân bổ triệu liều vaccine
AstraZeneca", "phân bổ lô vắc xin phòng COVID-19 của Moderna"): every share carries the
brand. A decision naming no maker gives none. On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "test18, test19, test22 as development
data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows

_SHARES = (
    " Hà Nội và TP.HCM cùng nhận 270.000 liều. Bình Dương, Đồng Nai mỗi tỉnh nhận 73.000 liều."
)


def _rows(text):
    return gift_rows(text, dt.date(2021, 8, 1), ("recipient", "quantity", "detail"))


@pytest.mark.parametrize(
    ("decision", "brand"),
    [
        (
            "Bộ Y tế vừa có quyết định phân bổ triệu liều vaccine AstraZeneca cho 63 tỉnh.",
            "AstraZeneca",
        ),
        ("Bộ Y tế vừa phân bổ lô vắc xin phòng COVID-19 của Moderna cho các tỉnh.", "Moderna"),
        ("Bộ Y tế vừa có quyết định phân bổ đợt vắc xin mới cho các tỉnh.", ""),
    ],
)
def test_the_decisions_maker_is_every_shares_brand(decision, brand):
    assert _rows(decision + _SHARES) == [
        ("Hà Nội", 270_000, brand),
        ("TP HCM", 270_000, brand),
        ("Bình Dương", 73_000, brand),
        ("Đồng Nai", 73_000, brand),
    ]
