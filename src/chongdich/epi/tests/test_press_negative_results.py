"""Patients "now" counted by a negative result ("Hiện đã có 9 ca bệnh có kết quả xét nghiệm 2
lần trở lên âm tính với virus SARS-CoV-2") are those near recovery, not the total of cases;
a count "now" of cases stays the total. On texts invented for the test (not taken from any
corpus file). docs/INTAKE.md, "… as development data for articles read exactly
(intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2020, 4, 20)
_LEAD = "Cả nước không có ca mắc mới COVID-19 trong ngày. "


@pytest.mark.parametrize(
    "line",
    [
        "Hiện đã có 9 ca bệnh có kết quả xét nghiệm 2 lần trở lên âm tính với virus SARS-CoV-2.",
        "Hiện có 9 ca có kết quả âm tính lần 1 với SARS-CoV-2.",
        "Hiện cả nước có 9 bệnh nhân xét nghiệm âm tính từ 2 lần trở lên.",
    ],
)
def test_negatives_now_are_no_total(line):
    stats = stats_by_province(_LEAD + line, _DAY, ["cumulative_cases"])
    assert None not in stats


def test_a_total_now_stays():
    stats = stats_by_province(_LEAD + "Hiện Việt Nam có 268 ca nhiễm.", _DAY, ["cumulative_cases"])
    assert stats[None] == {"cumulative_cases": 268}
