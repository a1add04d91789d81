"""A community count written as a share of the day's domestic count ("Có 2.118/4.902 ca ghi
nhận trong cộng đồng") is the count before the slash, not the whole after it. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "… as development data
for articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 10, 5)
_LEAD = "Từ 17 giờ ngày 4/10 đến 17 giờ ngày 5/10, cả nước ghi nhận 4.910 ca nhiễm mới. "


@pytest.mark.parametrize(
    "split",
    [
        "Có 2.118/4.902 ca ghi nhận trong cộng đồng.",
        "Trong đó có 2.118/4.902 ca mắc tại cộng đồng.",
        "Có 2.118/4.902 trường hợp phát hiện ở cộng đồng.",
    ],
)
def test_the_share_before_the_slash(split):
    stats = stats_by_province(_LEAD + split, _DAY, ["new_cases_24h", "community_cases"])
    assert stats[None] == {"new_cases_24h": 4910, "community_cases": 2118}


def test_a_plain_community_count():
    stats = stats_by_province(
        _LEAD + "Có 2.118 ca ghi nhận trong cộng đồng.", _DAY, ["community_cases"]
    )
    assert stats[None] == {"community_cases": 2118}
