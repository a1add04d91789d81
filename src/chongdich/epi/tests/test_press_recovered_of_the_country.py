"""The recovered share of the country's cases written with "của nước ta" between ("đến nay đã
có 402/905 ca bệnh COVID-19 của nước ta được công bố khỏi bệnh") is `recovered`, the count
before the slash. On texts invented for the test (not taken from any corpus file).
docs/INTAKE.md, "… as development data for articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


@pytest.mark.parametrize(
    "text",
    [
        "Về công tác điều trị, đến nay đã có 402/905 ca bệnh COVID-19 của nước ta được công "
        "bố khỏi bệnh.",
        "Đến nay đã có 402 ca bệnh COVID-19 của Việt Nam được công bố khỏi bệnh.",
    ],
)
def test_the_countrys_recovered(text):
    stats = stats_by_province(text, dt.date(2020, 8, 9), ["recovered"])
    assert stats[None] == {"recovered": 402}
