"""A province crossing a mark "for the first time" in a sentence that gives the day's count
("Lần đầu tiên Hà Nội vượt qua con số 2.000 ca mắc, dẫn đầu cả nước với 2.140 ca trong ngày")
is a day's count crossing it, no total (`cumulative_cases` written as a bound); a total's mark
("Tổng số ca mắc của Hà Nội đã vượt mốc 20.000 trường hợp") stays one. On texts invented for
the test (not taken from any corpus file). docs/INTAKE.md, "… as development data for
articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 11, 20)
_LEAD = "Ngày 20/11, Việt Nam ghi nhận 9.625 ca mắc COVID-19 mới. "


@pytest.mark.parametrize(
    "line",
    [
        "Lần đầu tiên Hà Nội vượt qua con số 2.000 ca mắc, dẫn đầu cả nước với 2.140 ca trong "
        "ngày.",
        "Lần đầu Hà Nội vượt mốc 2.000 ca, với 2.140 ca mắc mới trong ngày.",
    ],
)
def test_a_first_mark_of_the_day_is_no_total(line):
    stats = stats_by_province(_LEAD + line, _DAY, ["cumulative_cases"])
    assert "Hà Nội" not in stats


def test_a_totals_mark_stays():
    line = "Tổng số ca mắc của Hà Nội đã vượt mốc 20.000 trường hợp."
    stats = stats_by_province(_LEAD + line, _DAY, ["cumulative_cases"])
    assert stats["Hà Nội"] == {"cumulative_cases": 20000}
