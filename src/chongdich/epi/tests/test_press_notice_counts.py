"""A notice's cases: "Ban Chỉ đạo … có Thông báo số 12/TB-BCĐ thông tin về 38 trường hợp
mắc COVID-19 tại tỉnh Gia Lai" gives the province's new cases; the notice's deaths or
discharges do not. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "Statistics of test63 to test65 and thin pages as development data
(rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2022, 1, 18)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 18/01/2022, Ban Chỉ đạo tỉnh có Thông báo số 12/TB-BCĐ thông tin về 38 trường "
        "hợp mắc COVID-19 tại tỉnh Gia Lai.",
        "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Gia Lai thông báo về 38 ca mắc COVID-19.",
        "Sở Y tế Gia Lai thông tin về thêm 38 trường hợp dương tính với SARS-CoV-2.",
    ],
)
def test_a_notices_cases(sentence):
    got = stats_by_province(sentence, _DAY, ("new_cases_24h",))
    assert got == {"Gia Lai": {"new_cases_24h": 38}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Y tế Gia Lai thông tin về 3 trường hợp mắc COVID-19 tử vong.",
        "Sở Y tế Gia Lai thông tin về 30 trường hợp mắc COVID-19 được công bố khỏi bệnh.",
    ],
)
def test_a_notices_outcomes_are_no_new_cases(sentence):
    assert stats_by_province(sentence, _DAY, ("new_cases_24h",)) == {}
