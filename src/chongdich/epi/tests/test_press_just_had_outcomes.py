"""Deaths or recoveries said just to have happened ("Việt Nam vừa có 3 ca tử vong do
COVID-19", "Hà Nội vừa ghi nhận thêm 35 bệnh nhân khỏi bệnh") or added by a headline ("Thêm 3
ca tử vong vì COVID-19") are the day's outcomes, no total (`deaths` and `recovered` are totals
to date); a total the sentence names ("… vừa có tổng cộng 35 ca tử vong") stays. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "… as development data
for articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 7, 12)
_FIELDS = ["deaths", "recovered"]


@pytest.mark.parametrize(
    "text",
    [
        "Chiều nay, Bộ Y tế cho biết: Việt Nam vừa có 3 ca tử vong do COVID-19.",
        "Cả nước vừa ghi nhận thêm 3 ca tử vong do COVID-19.",
        "Việt Nam vừa có 35 bệnh nhân khỏi bệnh.",
        "Tin dịch mới nhất\nThêm 3 ca tử vong vì COVID-19\nCả nước đang điều trị 900 ca.",
    ],
)
def test_just_had_outcomes_are_the_days(text):
    stats = stats_by_province(text, _DAY, _FIELDS)
    assert None not in stats


def test_a_total_named_stays():
    stats = stats_by_province(
        "Tính đến nay, Việt Nam vừa có tổng cộng 35 ca tử vong do COVID-19.", _DAY, _FIELDS
    )
    assert stats[None] == {"deaths": 35}
