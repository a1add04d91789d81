"""A bulletin's section on the world ("- Cả thế giới có 411.069.708 ca nhiễm, trong đó
331.217.423 ca khỏi bệnh; 5.830.292 ca tử vong …", "Tại Đông Nam Á, trong ngày ghi nhận
109.653 ca") gives no figure of the country's. On sentences invented for the test (not taken
from any corpus file). docs/INTAKE.md, "test46 to test49 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "cumulative_cases", "recovered", "deaths", "under_treatment")
_LEAD = (
    "Ngày 13/2, Bộ Y tế ghi nhận 26.000 ca mắc mới. Tổng số ca tử vong do COVID-19 tại Việt "
    "Nam tính đến nay là 39.000 ca.\n"
)


@pytest.mark.parametrize(
    "world",
    [
        "- Cả thế giới có 400.000.000 ca nhiễm, trong đó 330.000.000 ca khỏi bệnh; 5.800.000 ca "
        "tử vong và 74.000.000 ca đang điều trị.",
        "Trên thế giới có 5.800.000 ca tử vong.",
        "- Tại Đông Nam Á, trong ngày ghi nhận 100.000 ca, trong đó Thái Lan tăng 15.000 ca.",
        "Thế giới ghi nhận 1.800.000 ca mắc mới.",
    ],
)
def test_the_worlds_figures_are_not_the_countrys(world):
    read = stats_by_province(_LEAD + world, dt.date(2022, 2, 13), _FIELDS)
    assert read[None] == {"new_cases_24h": 26000, "deaths": 39000}


def test_the_country_ranked_in_the_world_stands():
    text = (
        "Kể từ đầu dịch đến nay Việt Nam có 2.500.000 ca nhiễm, đứng thứ 34/225 quốc gia và "
        "vùng lãnh thổ trên thế giới."
    )
    read = stats_by_province(text, dt.date(2022, 2, 13), _FIELDS)
    assert read[None] == {"cumulative_cases": 2500000}
