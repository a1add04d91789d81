"""A dated headline's recovered or deaths after the day's count, its verb written with a
capital after a colon ("Ngày 31/10: Có 5.519 ca mắc COVID-19, 1.998 bệnh nhân khỏi bệnh") or
its count's kind named ("Ngày 15/1: Ghi nhận 12.695 ca COVID-19 trong cộng đồng, 51.744 F0
khỏi bệnh"), are the day's outcomes, no total (`recovered` and `deaths` are totals to date);
a total the headline names stays one. On texts invented for the test (not taken from any
corpus file). docs/INTAKE.md, "… as development data for articles read exactly
(intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_PAGE = dt.date(2021, 11, 3)
_FIELDS = ["new_cases_24h", "recovered", "deaths", "cumulative_cases"]


@pytest.mark.parametrize(
    "headline",
    [
        "Ngày 2/11: Có 6.120 ca mắc COVID-19, 2.407 bệnh nhân khỏi bệnh",
        "Ngày 2/11: Ghi nhận 6.120 ca COVID-19 trong cộng đồng, 2.407 F0 khỏi bệnh",
        "Ngày 2-11: Thêm 6.120 ca mắc mới, 2.407 ca khỏi bệnh",
        "Tối 2/11: Có 6.120 ca nhiễm COVID-19, 2.407 ca tử vong",
        "Ngày 2/11, ghi nhận 6.120 ca COVID-19 trong nước, 2.407 người khỏi bệnh",
    ],
)
def test_a_dated_headlines_outcome_is_the_days(headline):
    stats = stats_by_province(f"{headline}\nBản tin của Bộ Y tế.", _PAGE, _FIELDS)
    assert "recovered" not in stats.get(None, {})
    assert "deaths" not in stats.get(None, {})


def test_a_total_the_headline_names_stays():
    headline = "Ngày 2/11: Có 6.120 ca mắc COVID-19, tổng số ca khỏi bệnh là 812.300 ca"
    stats = stats_by_province(f"{headline}\nBản tin của Bộ Y tế.", _PAGE, _FIELDS)
    assert stats[None]["recovered"] == 812300
