""" "Có thêm N bệnh nhân mắc COVID-19 được công bố khỏi bệnh": more patients discharged, not
more cases, whatever stands between the count and the discharge ("mắc COVID-19",
"nhiễm"). On invented sentences."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 4/7, Ban Chỉ đạo Quốc gia cho biết có thêm 7 bệnh nhân mắc COVID-19 được công bố "
        "khỏi bệnh.",
        "Chiều 4/7, Việt Nam có thêm 7 ca nhiễm đã khỏi bệnh và được ra viện.",
        "Trưa 4/7, cả nước có thêm 7 bệnh nhân mắc Covid-19 xuất viện.",
    ],
)
def test_more_discharged_are_no_new_cases(text):
    stats = stats_by_province(text, dt.date(2021, 7, 4), ["new_cases_24h"])
    assert stats == {}


def test_more_patients_with_covid_are_new_cases():
    text = "Sáng 4/7, Việt Nam có thêm 12 bệnh nhân mắc COVID-19 tại Hà Nội và Bắc Ninh."
    stats = stats_by_province(text, dt.date(2021, 7, 4), ["new_cases_24h"])
    assert stats[None] == {"new_cases_24h": 12}
