"""The recovered of a wave counted since a day, the wave named before its count in any words
("Đợt dịch thứ 4 (từ 27/4) đến nay, cả nước ghi nhận 512.300 ca, trong đó 301.200 bệnh nhân
được công bố khỏi bệnh", "(từ ngày 27.4 đến nay có 512.300 ca … (301.200 bệnh nhân đã khỏi
bệnh)") are a period's, no `recovered` total (guideline 152); the recovered of the whole
epidemic ("Tổng số ca được điều trị khỏi: …", "Từ đầu dịch đến nay … khỏi bệnh") stay. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "… as development
data for articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 9, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Đợt dịch thứ 4 (từ 27/4) đến nay, cả nước ghi nhận 512.300 ca COVID-19, trong đó "
        "301.200 bệnh nhân được công bố khỏi bệnh.",
        "Riêng trong đợt dịch thứ 4 (từ ngày 27.4 đến nay có 512.300 ca nhiễm mới ghi nhận "
        "trong nước (301.200 bệnh nhân đã khỏi bệnh).",
        "Đợt dịch thứ tư (từ ngày 27/4 đến nay), số ca nhiễm mới ghi nhận trong nước là "
        "512.300 ca, trong đó có 301.200 bệnh nhân đã được công bố khỏi bệnh.",
        "Tính từ ngày 27/4/2021 đến nay, cả nước có 512.300 ca mắc, trong đó 301.200 ca đã "
        "khỏi bệnh.",
    ],
)
def test_a_waves_recovered_is_no_total(text):
    stats = stats_by_province(text, _DAY, ["recovered"])
    assert None not in stats


@pytest.mark.parametrize(
    "text",
    [
        "Cả nước có 301.200 bệnh nhân đã được điều trị khỏi bệnh tính đến nay.",
        "Từ đầu dịch đến nay, cả nước có 301.200 bệnh nhân được công bố khỏi bệnh.",
    ],
)
def test_the_epidemics_recovered_stay(text):
    stats = stats_by_province(text, _DAY, ["recovered"])
    assert stats[None] == {"recovered": 301200}
