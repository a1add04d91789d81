"""The Ministry's count quoted in a province's article is the country's, however the outlet
writes the national case system ("trên hệ thống quốc gia quản lý ca bệnh", any
capitals) or the source ("Theo thông báo của Bộ Y tế, …", "Theo báo cáo của Bộ Y tế, …").
On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"test18, test19, test22 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "local_cases", "imported_cases")
_PROVINCE = "Tại Bến Tre, trong ngày có 40 ca mắc mới. "


@pytest.mark.parametrize(
    "national",
    [
        "Trong ngày 6/9, trên hệ thống quốc gia quản lý ca bệnh COVID-19 ghi nhận 900 ca "
        "nhiễm mới, gồm 4 ca nhập cảnh và 896 ca trong nước.",
        "Theo thông báo của Bộ Y tế, trong ngày 6/9 có 900 ca nhiễm mới, gồm 4 ca nhập cảnh "
        "và 896 ca trong nước.",
        "Theo báo cáo của Bộ Y tế, từ 18h ngày 5/9 đến 18h ngày 6/9 có 900 ca nhiễm mới, "
        "trong đó 4 ca nhập cảnh và 896 ca trong nước.",
    ],
)
def test_the_ministrys_count_is_the_countrys(national):
    stats = stats_by_province(_PROVINCE + national, dt.date(2021, 9, 6), _FIELDS)
    assert stats == {
        "Bến Tre": {"new_cases_24h": 40},
        None: {"new_cases_24h": 900, "local_cases": 896, "imported_cases": 4},
    }


def test_a_provinces_own_count_stays_its_own():
    text = "Theo Sở Y tế Bến Tre, trong ngày 6/9 tỉnh ghi nhận 40 ca mắc mới trong hệ thống."
    stats = stats_by_province(text, dt.date(2021, 9, 6), _FIELDS)
    assert stats == {"Bến Tre": {"new_cases_24h": 40}}
