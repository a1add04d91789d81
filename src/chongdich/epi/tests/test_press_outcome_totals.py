"""An outcome's running total written after the day's count of it ("Trong ngày có 2 ca tử
vong, cộng dồn 310 trường hợp", "…, nâng tổng số ca tử vong toàn tỉnh từ trước đến nay là
12 ca") is that outcome's total, never the cases'; a sentence opening on "Hiện" that adds
nothing ("Hiện tỉnh ghi nhận 40 ca tử vong và 1.500 ca ra viện") gives the deaths to date in a
bulletin of one window too. On sentences invented for the test (not taken from any corpus
file). docs/INTAKE.md, "Statistics of test63 to test65 and thin pages as development data
(rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2022, 1, 20)
_FIELDS = ("cumulative_cases", "deaths", "recovered")
_LEAD = "Ngày 20/1, tỉnh Hà Nam ghi nhận thêm 120 ca mắc Covid-19. "


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("Trong ngày có 02 ca tử vong, cộng dồn 310 trường hợp.", "deaths", 310),
        ("Trong ngày có 2 trường hợp tử vong, lũy kế 310 trường hợp.", "deaths", 310),
        ("Trong ngày có 2 ca tử vong, tổng cộng 310 ca.", "deaths", 310),
        (
            "Trong ngày có 1 ca tử vong, nâng tổng số ca tử vong toàn tỉnh từ trước đến nay "
            "là 12 ca.",
            "deaths",
            12,
        ),
        ("Có thêm 1 ca tử vong, nâng tổng số người tử vong của tỉnh lên 12.", "deaths", 12),
        (
            "Trong ngày có 35 bệnh nhân khỏi bệnh, nâng tổng số người khỏi bệnh của tỉnh lên "
            "4.020.",
            "recovered",
            4020,
        ),
        ("Trong ngày có 35 ca xuất viện, cộng dồn 4.020 ca.", "recovered", 4020),
    ],
)
def test_an_outcomes_total_after_its_days_count(sentence, field, value):
    got = stats_by_province(_LEAD + sentence, _DAY, _FIELDS)
    assert got == {"Hà Nam": {field: value}}


@pytest.mark.parametrize(
    "sentence",
    [
        # a period's deaths under their label, no total's word: not read as a total here
        "Từ 1/1 đến 15/1, số ca tử vong do Covid-19 ở Hà Nam là 30 ca.",
        # the cases' total after the day's deaths stays the cases'
        "Trong ngày có 2 ca tử vong; tổng số ca mắc cộng dồn là 4.500 ca.",
    ],
)
def test_no_outcome_total_without_its_cue(sentence):
    got = stats_by_province(_LEAD + sentence, _DAY, ("deaths",))
    assert got.get("Hà Nam", {}).get("deaths") not in {30, 4500}


_WINDOW = "Từ 18 giờ ngày 19/1/2022 đến 18 giờ ngày 20/1/2022, tỉnh Hà Nam ghi nhận 120 ca mắc.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiện tỉnh ghi nhận 40 ca tử vong và 1.500 ca ra viện.",
        "Hiện nay, tỉnh có 40 ca tử vong.",
        "Hiện tại tỉnh ghi nhận 40 trường hợp tử vong.",
    ],
)
def test_deaths_standing_now_in_a_windows_bulletin(sentence):
    got = stats_by_province(_WINDOW + sentence, _DAY, ("deaths",))
    assert got == {"Hà Nam": {"deaths": 40}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiện tỉnh ghi nhận thêm 2 ca tử vong.",
        "Trong ngày, tỉnh ghi nhận 2 ca tử vong.",
        "Hiện tỉnh vừa ghi nhận 2 ca tử vong mới.",
    ],
)
def test_the_windows_own_deaths_are_no_total(sentence):
    assert stats_by_province(_WINDOW + sentence, _DAY, ("deaths",)) == {}
