"""A sentence that is only a count of deaths in a bulletin's lead ("So với ngày hôm qua …
tăng 668 ca. … 312 ca tử vong.") is the day's deaths, no `deaths` total; a total of deaths
names itself ("Tổng số ca tử vong là 32.100 ca", "đến nay đã có …") and stays. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "… as development
data for articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 12, 20)
_LEAD = "Ngày 20/12, cả nước ghi nhận 16.120 ca mắc mới. Gần 7.000 bệnh nhân nặng đang điều trị. "


@pytest.mark.parametrize(
    "bare", ["312 ca tử vong.", "Thêm 312 ca tử vong.", "Có 312 người tử vong."]
)
def test_a_bare_count_of_deaths_is_the_days(bare):
    stats = stats_by_province(_LEAD + bare, _DAY, ["new_cases_24h", "deaths"])
    assert stats[None] == {"new_cases_24h": 16120}


def test_a_named_total_of_deaths_stays():
    stats = stats_by_province(
        _LEAD + "Tổng số ca tử vong tính đến nay là 32.100 ca.", _DAY, ["new_cases_24h", "deaths"]
    )
    assert stats[None] == {"new_cases_24h": 16120, "deaths": 32100}
