"""No commune left at a level, the units named as places ("…; 12 xã, phường ở cấp độ 3 và
không còn địa phương ở cấp độ 4") after the communes were counted in the same sentence:
``communes_at_level_4`` 0. The places alone, with no communes counted before, are no
communes. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "Statistics of test63 to test65 and thin pages as development data
(rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2022, 1, 3)
_LEVELS = tuple(f"communes_at_level_{n}" for n in (1, 2, 3, 4))


@pytest.mark.parametrize(
    ("tail", "zeros"),
    [
        ("và không còn địa phương ở cấp độ 4.", {"communes_at_level_4": 0}),
        ("và không có đơn vị nào ở cấp độ 4.", {"communes_at_level_4": 0}),
        ("; không còn địa bàn nào thuộc cấp độ 4.", {"communes_at_level_4": 0}),
    ],
)
def test_no_commune_left_at_a_level(tail, zeros):
    text = (
        "Hiện tỉnh Thái Bình có 200 xã, phường, thị trấn ở cấp độ 1; 40 xã, phường ở cấp độ "
        f"2; 12 xã, phường ở cấp độ 3 {tail}"
    )
    got = stats_by_province(text, _DAY, _LEVELS)
    assert got == {
        "Thái Bình": {
            "communes_at_level_1": 200,
            "communes_at_level_2": 40,
            "communes_at_level_3": 12,
            **zeros,
        }
    }


def test_places_with_no_communes_counted_are_no_communes():
    text = "Hiện tỉnh Thái Bình không còn địa phương ở cấp độ 4."
    assert stats_by_province(text, _DAY, _LEVELS) == {}
