"""A count led by "Hôm qua (24/2)" or "Tối qua (3/9)" (the day in brackets, as "Sáng nay
(01/01)" is) is that day's count, with no "mới": "Hôm qua (24/2), Bộ Y tế ghi nhận 69.128 F0
tại 62 tỉnh, thành"; a total so led stays a total. On texts invented for the test (not
taken from any corpus file). docs/INTAKE.md, "… as development data for articles read
exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_PAGE = dt.date(2022, 2, 25)


@pytest.mark.parametrize(
    "text, day",
    [
        ("Hôm qua (24/2), Bộ Y tế ghi nhận 52.310 F0 tại 61 tỉnh, thành.", "2022-02-24"),
        ("Hôm qua (24/2), cả nước ghi nhận 52.310 ca tại 61 tỉnh, thành phố.", "2022-02-24"),
        (
            "Tối qua (ngày 24/2), Bộ Y tế ghi nhận 52.310 trường hợp tại 61 địa phương.",
            "2022-02-24",
        ),
        ("Hôm nay (25/2), Bộ Y tế ghi nhận thêm 52.310 F0 tại 61 tỉnh, thành.", "2022-02-25"),
    ],
)
def test_a_count_led_by_yesterday_in_brackets_is_the_days(text, day):
    stats = stats_by_province(text, _PAGE, ["new_cases_24h", "cumulative_cases", "as_of"])
    assert stats[None] == {"new_cases_24h": 52310, "as_of": day}


def test_a_total_so_led_stays_a_total():
    text = "Hôm qua (24/2), tính đến nay cả nước ghi nhận 3.200.100 ca mắc COVID-19."
    stats = stats_by_province(text, _PAGE, ["new_cases_24h", "cumulative_cases"])
    assert stats[None] == {"cumulative_cases": 3200100}
