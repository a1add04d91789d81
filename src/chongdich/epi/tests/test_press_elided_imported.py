"""A breakdown that leaves out the noun of its imported part ("…, trong đó 9 ca trong nước
và 2 nhập cảnh", "(15 trong nước, 3 nhập cảnh)") gives `imported_cases`; a count of travellers
entering is not one. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test17 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


def _imported(text):
    got = stats_by_province(text, dt.date(2021, 5, 3), ("imported_cases",))
    return {p: r["imported_cases"] for p, r in got.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tính đến 18h ngày 3/5, Bộ Y tế cho biết Việt Nam ghi nhận thêm 11 ca mắc COVID-19, "
            "trong đó có 9 ca ghi nhận trong nước tại Hà Nội (4), Hà Nam (5) và 2 nhập cảnh.",
            {None: 2},
        ),
        ("Cả nước có thêm 18 ca mắc mới (15 trong nước, 3 nhập cảnh).", {None: 3}),
        ("Việt Nam ghi nhận thêm 6 ca mắc mới, trong đó 4 nhập cảnh.", {None: 4}),
    ],
)
def test_the_imported_part_without_its_noun(text, expected):
    assert _imported(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cả nước ghi nhận 12 ca mắc mới; sân bay Nội Bài đón 3 chuyến bay nhập cảnh và 240 lượt "
        "nhập cảnh.",
        "Việt Nam có 1.200 lượt nhập cảnh qua cửa khẩu Hữu Nghị, trong đó 300 nhập cảnh trái phép.",
    ],
)
def test_not_imported_cases(text):
    assert _imported(text) == {}
