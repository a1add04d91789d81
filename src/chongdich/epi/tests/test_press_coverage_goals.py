"""A coverage aimed at is no rate reached: "Với mục tiêu tiêm nhanh và đảm bảo độ bao phủ vắc
xin cho 100% người dân từ 18 tuổi trở lên được tiêm ít nhất 1 liều", "phấn đấu đến cuối tháng
9 có 95% người dân được tiêm mũi 1". On sentences invented for the test (not taken from any
corpus file). docs/INTAKE.md, "test46 to test49 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("vaccine_dose1_pct", "vaccine_dose2_pct")


@pytest.mark.parametrize(
    "text",
    [
        "Với mục tiêu tiêm nhanh và đảm bảo độ bao phủ vắc xin cho 100% người dân từ 18 tuổi "
        "trở lên tại Long An được tiêm ít nhất 1 liều, tỉnh đã tiêm hết số vắc xin.",
        "Long An phấn đấu đến cuối tháng 9 có 95% người dân được tiêm mũi 1.",
    ],
)
def test_a_goal_is_no_rate(text):
    assert stats_by_province(text, dt.date(2021, 9, 8), _FIELDS) == {}


def test_a_rate_reached_stands():
    text = "Đến nay, Long An đã có 95% người dân từ 18 tuổi trở lên được tiêm mũi 1."
    assert stats_by_province(text, dt.date(2021, 9, 8), _FIELDS) == {
        "Long An": {"vaccine_dose1_pct": 95}
    }
