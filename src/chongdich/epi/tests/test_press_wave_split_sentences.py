"""The recovered of the wave's new cases split off in the sentence after ("Số ca nhiễm mới từ
27/4 đến nay là 230.500. Trong đó, 80.120 bệnh nhân đã được công bố khỏi Covid-19.") are a
period's, no `recovered` total (docs/intake-annotation.md, "Periods for recovered and
deaths"); the recovered of the whole epidemic so split stay. On texts invented for the test
(not taken from any corpus file). docs/INTAKE.md, "… as development data for articles read
exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 8, 12)


@pytest.mark.parametrize(
    "lead",
    [
        "Số ca nhiễm mới từ 27/4 đến nay là 230.500.",
        "Số lượng ca mắc mới tính từ ngày 27/4 đến nay của cả nước là 230.500 ca.",
    ],
)
def test_the_waves_recovered_split_after(lead):
    text = (
        f"Cả nước ghi nhận 9.340 ca mắc mới. {lead} Trong đó, 80.120 bệnh nhân đã được công "
        "bố khỏi Covid-19."
    )
    stats = stats_by_province(text, _DAY, ["new_cases_24h", "recovered"])
    assert stats[None] == {"new_cases_24h": 9340}


def test_the_epidemics_recovered_split_after():
    text = (
        "Từ đầu dịch đến nay, cả nước có 240.500 ca mắc. Trong đó, 80.120 bệnh nhân đã được "
        "công bố khỏi bệnh."
    )
    stats = stats_by_province(text, _DAY, ["recovered"])
    assert stats[None] == {"recovered": 80120}
