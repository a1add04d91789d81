"""A total written as a mark crossed ("số ca mắc đã vượt mốc 8.000 trường hợp", "Vượt 25.000
ca nhiễm, …", "surpassed 12,000 cases") is a `cumulative_cases` with the lower-bound flag,
like "hơn"; a day's count crossing a mark, another outcome's, and a headline's rounded mark
the body's exact total replaces, are not. On sentences invented for the test (not taken from
any corpus file). docs/INTAKE.md, "test16 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("cumulative_cases", "cumulative_is_lower_bound")


def _totals(text):
    return stats_by_province(text, dt.date(2021, 9, 20), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tổng số ca mắc COVID-19 tại Bạc Liêu đã vượt mốc 8.000 trường hợp, ngành y tế "
            "tăng cường xét nghiệm.",
            {"Bạc Liêu": 8000},
        ),
        ("Số ca nhiễm của Tiền Giang chính thức vượt ngưỡng 12.500.", {"Tiền Giang": 12500}),
        ("Lâm Đồng vượt qua con số 3.200 ca bệnh, nhiều ổ dịch mới xuất hiện.", {"Lâm Đồng": 3200}),
        ("Ninh Thuận đã vượt 1.500 F0 kể từ đầu đợt dịch.", {"Ninh Thuận": 1500}),
        ("Gia Lai's caseload surpassed 4,600 cases on Monday.", {"Gia Lai": 4600}),
        ("Yen Bai province has now passed the mark of 900 infections.", {"Yên Bái": 900}),
    ],
)
def test_a_mark_crossed_is_a_bounded_total(text, expected):
    got = _totals(text)
    assert {p: r["cumulative_cases"] for p, r in got.items()} == expected
    assert all(r["cumulative_is_lower_bound"] for r in got.values())


@pytest.mark.parametrize(
    "text",
    [
        "Số ca mắc mới trong ngày của Bình Thuận vượt mốc 1.000 ca.",
        "Số ca khỏi bệnh tại Phú Yên đã vượt 5.000 trường hợp.",
        "Số mũi vắc xin đã tiêm tại Hà Nam vượt 2 triệu.",
        "Quảng Ngãi có ngày vượt 300 ca mắc mới.",
        "Daily infections in Hai Duong exceeded 700 cases.",
        # a gap compared, not a mark crossed
        "Cần Thơ có 442 người ở tầng 3 (vượt 112 ca so với số giường).",
        "Số bệnh nhân ở tầng 3 của Cần Thơ là 442 người, vượt 112 ca so với số giường.",
        "Tại Cần Thơ, 442 người ở tầng 3 (vượt 112 so với khả năng).",
    ],
)
def test_not_the_epidemics_total(text):
    assert _totals(text) == {}


def test_a_rounded_headline_gives_way_to_the_bodys_total():
    text = (
        "Kiên Giang vượt mức 6.000 ca\n\nTính đến ngày 19/9, Kiên Giang ghi nhận tổng cộng "
        "6.214 ca mắc COVID-19."
    )
    assert _totals(text) == {"Kiên Giang": {"cumulative_cases": 6214}}
