"""A provincial press release's window written with a minute's mark ("từ 11h00’ ngày
16/01/2022 đến 11h00’ ngày 17/01/2022) ghi nhận 26 trường hợp") is a day's window: its count
is the day's, dated the window's end; a breakdown's label with a colon ("Ca bệnh ngoài
cộng đồng chưa rõ nguồn lây: 22 ca") gives the community cases. On sentences invented for
the test (not taken from any corpus file). docs/INTAKE.md, "Statistics of test63 to test65
and thin pages as development data (rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts.clock_marks import without_minute_marks
from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2022, 1, 17)


@pytest.mark.parametrize("mark", ["’", "'", "′"])
def test_a_window_with_minute_marks(mark):
    text = (
        f"Trung tâm Chỉ huy tỉnh Điện Biên thông cáo (từ 11h00{mark} ngày 16/01/2022 đến "
        f"11h00{mark} ngày 17/01/2022) ghi nhận 26 trường hợp (từ 495 đến 520) dương tính với "
        "SARS-CoV-2. Trong đó: Ca bệnh là F1: 10 ca; Ca bệnh ngoài cộng đồng chưa rõ nguồn "
        "lây: 16 ca."
    )
    got = stats_by_province(text, _DAY, ("new_cases_24h", "community_cases", "as_of"))
    assert got == {"Điện Biên": {"as_of": "2022-01-17", "new_cases_24h": 26, "community_cases": 16}}


def test_marks_keep_the_texts_length_and_other_apostrophes():
    text = "từ 11h00’ ngày 16/01 đến 11h00’ ngày 17/01; the province’s"
    assert (
        without_minute_marks(text) == "từ 11h00  ngày 16/01 đến 11h00  ngày 17/01; the province’s"
    )
