"""A national day's count split by province: a count several provinces share with the units
named as a pair ("Hà Nam, Thái Bình và Nam Định mỗi tỉnh, thành 1 ca"), and a split after
"trong đó" with each count first, a later item's "ca tại" elided ("trong đó 12 ca tại Hà
Nội, một Hải Dương"). A total's split after "trong đó" gives no province a day's count. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"Statistics of test63 to test65 and thin pages as development data (rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 7, 12)
_NEW = ("new_cases_24h",)
_LEAD = "Ngày 12.7, Bộ Y tế ghi nhận thêm 300 ca mắc Covid-19. Trong đó, Hà Nội có 200 ca; "


@pytest.mark.parametrize(
    "units",
    ["mỗi tỉnh, thành", "mỗi tỉnh/thành", "mỗi tỉnh thành", "mỗi tỉnh, thành phố", "mỗi tỉnh"],
)
def test_a_count_shared_by_a_run_of_provinces(units):
    text = _LEAD + f"Hà Nam, Thái Bình và Nam Định {units} 2 ca."
    got = stats_by_province(text, _DAY, _NEW)
    assert got["Hà Nam"] == got["Thái Bình"] == got["Nam Định"] == {"new_cases_24h": 2}


@pytest.mark.parametrize(
    ("tail", "second"),
    [
        ("trong đó 12 ca tại Hà Nội, một Hải Dương.", 1),
        ("trong đó có 12 ca ở Hà Nội, 3 Hải Dương.", 3),
        ("trong đó, 12 ca tại Hà Nội và 3 ca tại Hải Dương.", 3),
        ("gồm 12 ca tại Hà Nội, 3 ca ở Hải Dương.", 3),
    ],
)
def test_a_days_split_with_counts_first(tail, second):
    text = f"Chiều 12/7, Bộ Y tế ghi nhận 15 ca nhiễm mới, {tail}"
    got = stats_by_province(text, _DAY, _NEW)
    assert got["Hà Nội"] == {"new_cases_24h": 12}
    assert got["Hải Dương"] == {"new_cases_24h": second}


@pytest.mark.parametrize(
    "text",
    [
        "Tổng cộng cả nước đã có 1.500 ca, trong đó 1.200 ca tại Hà Nội, 300 ca tại Hải Dương.",
        "Lũy kế đến nay là 1.500 ca, trong đó 1.200 ca tại Hà Nội, 300 Hải Dương.",
    ],
)
def test_a_totals_split_gives_no_days_count(text):
    assert stats_by_province(text, _DAY, _NEW) == {}


def test_an_elided_count_must_follow_an_item():
    # a bare number before the first name is no item: "3 Hải Dương" alone opens no list
    text = "Chiều 12/7, Bộ Y tế ghi nhận 15 ca nhiễm mới, trong đó 3 Hải Dương, 12 ca tại Hà Nội."
    assert "Hải Dương" not in stats_by_province(text, _DAY, _NEW)
