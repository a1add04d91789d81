"""A sentence headed by the outcome it counts ("Về số ca bình phục: Trong ngày công bố 1.410
ca, nâng tổng số ca lên 851.300.", "Về số ca tử vong: …") raises that outcome's total
(`recovered`, `deaths`), not `cumulative_cases`, and its day's count is no new cases; a
sentence headed by the cases ("Về số ca mắc: …") stays the cases'. On texts invented for the
test (not taken from any corpus file). docs/INTAKE.md, "… as development data for articles
read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 11, 10)
_LEAD = "Ngày 10/11, cả nước ghi nhận 7.900 ca mắc COVID-19 mới.\n"
_FIELDS = ["new_cases_24h", "cumulative_cases", "recovered", "deaths"]


@pytest.mark.parametrize(
    "line, field",
    [
        (
            "Về số ca bình phục: Trong ngày công bố 1.410 ca, nâng tổng số ca lên 851.300.",
            "recovered",
        ),
        ("Về số ca khỏi bệnh: Trong ngày có 1.410 ca, nâng tổng số ca lên 851.300.", "recovered"),
        ("Về số ca tử vong: Trong ngày ghi nhận 1.410 ca, nâng tổng số ca lên 851.300.", "deaths"),
    ],
)
def test_the_headings_outcome(line, field):
    stats = stats_by_province(_LEAD + line, _DAY, _FIELDS)
    assert stats[None] == {"new_cases_24h": 7900, field: 851300}


def test_a_heading_of_cases_stays():
    line = "Về số ca mắc: Tính đến nay, tổng số ca mắc cả nước là 951.300 ca."
    stats = stats_by_province(_LEAD + line, _DAY, _FIELDS)
    assert stats[None] == {"new_cases_24h": 7900, "cumulative_cases": 951300}
