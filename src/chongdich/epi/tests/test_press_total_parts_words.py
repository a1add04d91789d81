"""A total to a time split by origin after "bao gồm" or told with "ghi nhận" ("tính đến sáng
nay Việt Nam đã ghi nhận 905 ca nhiễm, trong đó có 402 ca nhập cảnh được cách ly ngay",
"…, Việt Nam có 230.120 ca nhiễm COVID-19, bao gồm 2.401 ca nhập cảnh và 227.719 ca nhiễm
trong nước") gives the total's parts, no day's `imported_cases` or `local_cases`
(docs/intake-annotation.md, "A total split next to a day's split"); the day's split stays.
On texts invented for the test (not taken from any corpus file). docs/INTAKE.md, "… as
development data for articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 8, 12)
_FIELDS = ["cumulative_cases", "imported_cases", "local_cases"]


@pytest.mark.parametrize(
    "text, total",
    [
        (
            "Như vậy, tính đến sáng nay Việt Nam đã ghi nhận 905 ca nhiễm, trong đó có 402 ca "
            "nhập cảnh được cách ly ngay.",
            905,
        ),
        (
            "Như vậy, tính đến sáng ngày 12/8, Việt Nam có 230.120 ca nhiễm COVID-19, bao gồm "
            "2.401 ca nhập cảnh và 227.719 ca nhiễm trong nước.",
            230120,
        ),
        (
            "Tính đến chiều 12/8, Việt Nam có 230.120 ca mắc, gồm 2.401 ca nhập cảnh và 227.719 "
            "ca ghi nhận trong nước.",
            230120,
        ),
    ],
)
def test_a_totals_parts_are_no_days_split(text, total):
    stats = stats_by_province(text, _DAY, _FIELDS)
    assert stats[None] == {"cumulative_cases": total}


def test_the_days_split_stays():
    text = "Trong ngày 12/8, Việt Nam ghi nhận 9.100 ca mắc mới, bao gồm 12 ca nhập cảnh."
    stats = stats_by_province(text, _DAY, _FIELDS)
    assert stats[None] == {"imported_cases": 12}
