"""The recovered total labelled "Số ca được điều trị khỏi" ("được", and the moment it stands
at between: "đến thời điểm hiện tại là 801.220 ca") is `recovered`, also right after the day's
recoveries ("Trong ngày 21/10, có 1.905 bệnh nhân được công bố khỏi bệnh."), which a sentence
naming no total would go on with; the day's recoveries stay no total. On texts invented for
the test (not taken from any corpus file). docs/INTAKE.md, "… as development data for
articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 10, 21)
_LEAD = (
    "Tính từ 17h ngày 20/10 đến 17h ngày 21/10, Việt Nam ghi nhận thêm 3.702 ca mắc COVID-19 "
    "mới tại 48 tỉnh, thành phố. "
)


@pytest.mark.parametrize(
    "total",
    [
        "Số ca được điều trị khỏi đến thời điểm hiện tại là 801.220 ca.",
        "Số ca đã được điều trị khỏi đến thời điểm này là 801.220 ca.",
        "Số bệnh nhân được điều trị khỏi tới thời điểm hiện nay là 801.220 người.",
    ],
)
def test_the_total_after_the_days_recoveries(total):
    text = f"{_LEAD}Trong ngày 21/10, có 1.905 bệnh nhân được công bố khỏi bệnh. {total}"
    stats = stats_by_province(text, _DAY, ["recovered"])
    assert stats[None] == {"recovered": 801220}


def test_the_days_recoveries_alone_are_no_total():
    text = f"{_LEAD}Trong ngày 21/10, có 1.905 bệnh nhân được công bố khỏi bệnh."
    stats = stats_by_province(text, _DAY, ["recovered"])
    assert None not in stats
