"""A running total split by where its cases were found ("Tính đến 7 giờ ngày 4/1/2022, tỉnh
Sơn La ghi nhận 2.410 trường hợp mắc COVID-19, trong đó có 1.900 ca phát hiện tại các khu
cách ly và 510 ca phát hiện tại cộng đồng"): the parts are the total's, not the day's
community cases; a day's count split the same way keeps its parts. On sentences invented for
the test (not taken from any corpus file). docs/INTAKE.md, "test66 to test70 as development
data (rules31)"."""

import datetime as dt

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2022, 1, 4)
_FIELDS = ("cumulative_cases", "new_cases_24h", "community_cases")


def test_a_totals_community_part_is_not_the_days():
    text = (
        "Tính đến 7 giờ ngày 4/1/2022, tỉnh Sơn La ghi nhận 2.410 trường hợp mắc COVID-19, "
        "trong đó có 1.900 ca phát hiện tại các khu cách ly và 510 ca phát hiện tại cộng đồng."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {"Sơn La": {"cumulative_cases": 2410}}


def test_a_days_community_part_after_a_total_stays():
    text = (
        "Tính đến nay, tỉnh Sơn La ghi nhận 2.410 trường hợp mắc COVID-19; hôm nay có thêm 30 ca "
        "mắc mới, trong đó có 12 ca phát hiện tại cộng đồng."
    )
    assert stats_by_province(text, _DAY, _FIELDS) == {
        "Sơn La": {"cumulative_cases": 2410, "new_cases_24h": 30, "community_cases": 12}
    }
