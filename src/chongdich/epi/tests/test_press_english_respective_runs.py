"""English "respectively" runs of the day's counts written other ways: a participle after
"with" ("…, with Hanoi and Hai Phong registering 1,204, and 873, respectively"), the ranking
verb before "with" ("Hanoi and the northern province of Bac Ninh continue to report the most
cases with 1,204 and 873 respectively"), the day named by its date ("On March 2 alone an
additional 5,100 infections were recorded"); a run of totals ("… have so far recorded 1,204
and 873 cases respectively") stays unread. On texts invented for the test (not taken from
any corpus file). docs/INTAKE.md, "… as development data for articles read exactly
(intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2022, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "On March 2 alone an additional 5,100 infections were recorded, with Hanoi and Hai "
        "Phong registering 1,204, and 873, respectively.",
        "Vietnam logged 5,100 new infections on Wednesday. Hanoi and the northern province of "
        "Hai Phong continue to report the most cases with 1,204 and 873 respectively.",
        "Hanoi and Hai Phong reported the most new cases with 1,204 and 873, respectively.",
    ],
)
def test_the_days_counts_paired_in_order(text):
    stats = stats_by_province(text, _DAY, ["new_cases_24h"])
    assert stats["Hà Nội"] == {"new_cases_24h": 1204}
    assert stats["Hải Phòng"] == {"new_cases_24h": 873}


def test_a_run_of_totals_is_not_the_days():
    text = "Hanoi and Hai Phong have so far recorded 12,040 and 8,730 cases respectively."
    stats = stats_by_province(text, _DAY, ["new_cases_24h"])
    assert "Hà Nội" not in stats and "Hải Phòng" not in stats
