"""Deaths given with the range of their numbers ("ghi nhận 412 ca tử vong (4102-4513)") are
the day's deaths, numbered in the total, as "2 ca tử vong thứ 56 và 57" are: no `deaths`
total; a total of deaths stays. On texts invented for the test (not taken from any corpus
file). docs/INTAKE.md, "… as development data for articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 8, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Trong bản tin tối 12/8, Bộ Y tế cũng thông báo cả nước ghi nhận 412 ca tử vong "
        "(4102-4513).",
        "Cả nước ghi nhận 412 ca tử vong (từ 4102 - 4513).",
    ],
)
def test_numbered_deaths_are_the_days(text):
    stats = stats_by_province(text, _DAY, ["deaths"])
    assert None not in stats


def test_a_total_of_deaths_stays():
    stats = stats_by_province(
        "Tính đến nay, cả nước ghi nhận 4.513 ca tử vong (chiếm 1,8% số ca mắc).", _DAY, ["deaths"]
    )
    assert stats[None] == {"deaths": 4513}
