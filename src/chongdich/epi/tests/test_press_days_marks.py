"""The day's count written as a mark crossed ("Số ca mắc mới trong ngày của X vượt mốc 1.000
ca"; "… số ca mắc mới tại các địa phương trong ngày 3/12 …, trong đó Y lần đầu vượt 400 ca")
is the day's `new_cases_24h` with the number written, and no total; a total crossing a mark,
a day's average or a day in a period stay as they were. On sentences invented for the test
(not taken from any corpus file). docs/INTAKE.md, "test17 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "cumulative_cases")


def _figures(text):
    return stats_by_province(text, dt.date(2021, 12, 3), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Số ca mắc mới trong ngày của Bình Thuận vượt mốc 1.000 ca.", {"Bình Thuận": 1000}),
        (
            "Các tỉnh cập nhật số ca mắc mới tại các địa phương trong ngày 3/12 cho thấy dịch "
            "chưa giảm, trong đó Sóc Trăng lần đầu số mắc vượt 400 ca.",
            {"Sóc Trăng": 400},
        ),
        (
            "Hôm nay các tỉnh miền Tây ghi nhận nhiều ca mắc, riêng Bạc Liêu vượt mốc 300 ca.",
            {"Bạc Liêu": 300},
        ),
    ],
)
def test_the_days_mark_is_the_days_count(text, expected):
    got = _figures(text)
    assert {p: r.get("new_cases_24h") for p, r in got.items()} == expected
    assert all("cumulative_cases" not in r for r in got.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hôm nay Long An ghi nhận 120 ca, nâng tổng số ca mắc vượt mốc 20.000 ca.",
            {"Long An": {"new_cases_24h": 120, "cumulative_cases": 20000}},
        ),
        ("Thừa Thiên Huế liên tiếp vượt mốc hơn 300 ca/ngày.", {}),
        ("Số ca khỏi bệnh trong ngày tại Phú Yên đã vượt 500 trường hợp.", {}),
    ],
)
def test_other_marks_are_not_the_days_count(text, expected):
    assert _figures(text) == expected
