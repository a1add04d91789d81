"""A level with the word "cấp" said twice ("đang ở cấp độ dịch cấp 1", "mức độ dịch cấp 2",
"cấp độ dịch COVID-19 cấp 3") is that level; a commune count "cấp" and a grade that is no
level ("cấp 5 trường") are not. On sentences invented for the test (not taken from any corpus
file). docs/INTAKE.md, "test16 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


def _levels(text):
    got = stats_by_province(text, dt.date(2022, 1, 27), ("level",))
    return {p: r["level"] for p, r in got.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiện tỉnh Trà Vinh đang ở cấp độ dịch cấp 1 – nguy cơ thấp.", {"Trà Vinh": 1}),
        ("Bến Tre được đánh giá ở mức độ dịch cấp 2.", {"Bến Tre": 2}),
        ("Hậu Giang hiện ở cấp độ dịch COVID-19 cấp 3, nguy cơ cao.", {"Hậu Giang": 3}),
        ("Toàn tỉnh Bạc Liêu ở cấp độ dịch cấp 2 (vùng vàng).", {"Bạc Liêu": 2}),
    ],
)
def test_a_level_with_cap_twice(text, expected):
    assert _levels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sóc Trăng cử 5 cán bộ cấp tỉnh tham gia đoàn kiểm tra.",
        "Cà Mau có 12 xã ở cấp độ dịch cấp 3.",
    ],
)
def test_no_provinces_level(text):
    assert _levels(text) == {}
