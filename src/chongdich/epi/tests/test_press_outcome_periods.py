"""Recovered and deaths counted over a period are no totals in the sentence splitting a
period the one before counted ("Từ ngày 11/10/2021 đến nay, … 160 ca. Trong đó, … 40 ca
khỏi bệnh; 0 ca tử vong"); since the wave's first day ("Tính từ ngày 27/4 đến nay, … 700 ca
…; 480 người khỏi bệnh; 6 ca tử vong") they stand as totals, as the seed sets' gold reads
them. On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"Statistics of test63 to test65 and thin pages as development data (rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 11, 8)
_OUTCOMES = ("deaths", "recovered")


@pytest.mark.parametrize(
    "text",
    [
        "Tính từ ngày 27/4 đến nay, Nghệ An ghi nhận 700 ca mắc COVID-19 cộng dồn; 480 người "
        "điều trị khỏi ra viện; 6 ca tử vong.",
        "Từ ngày 27/4/2021 đến nay, tỉnh Nghệ An đã có 700 ca mắc, 480 ca khỏi bệnh, 6 ca tử vong.",
    ],
)
def test_outcomes_since_the_waves_first_day_are_totals(text):
    got = stats_by_province(text, _DAY, ("cumulative_cases", *_OUTCOMES))
    assert got == {"Nghệ An": {"cumulative_cases": 700, "recovered": 480, "deaths": 6}}


@pytest.mark.parametrize(
    "split",
    [
        "Trong đó, 100 ca đang điều trị; 40 ca khỏi bệnh; 2 ca tử vong.",
        "Trong số này, 40 ca đã khỏi bệnh và 2 ca tử vong.",
    ],
)
def test_a_periods_split_has_no_totals(split):
    text = f"Theo thống kê, từ ngày 11/10/2021 đến nay, toàn tỉnh Nghệ An có 160 ca. {split}"
    assert stats_by_province(text, _DAY, _OUTCOMES) == {}


@pytest.mark.parametrize(
    "lead",
    [
        "Tính đến nay, toàn tỉnh Nghệ An đã ghi nhận 1.600 ca.",
        "Từ ngày 27/4 đến nay, toàn tỉnh Nghệ An đã ghi nhận 1.600 ca.",
        "Từ đầu dịch đến nay, toàn tỉnh Nghệ An đã ghi nhận 1.600 ca.",
    ],
)
def test_a_totals_split_keeps_its_outcomes(lead):
    text = f"{lead} Trong đó, 400 ca khỏi bệnh; 2 ca tử vong."
    assert stats_by_province(text, _DAY, _OUTCOMES) == {"Nghệ An": {"deaths": 2, "recovered": 400}}
