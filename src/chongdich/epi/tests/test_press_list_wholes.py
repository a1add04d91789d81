"""A part written right after a list of bracketed counts ("…, Sơn La (30) trong đó có 320
ca trong cộng đồng") divides the whole the list divides, not the last province's count; a
province's own split in its own clause stays its own. On sentences invented for the test
(not taken from any corpus file). docs/INTAKE.md, "test18, test19, test22 as development
data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "community_cases")


def _stats(text):
    return stats_by_province(text, dt.date(2021, 9, 6), _FIELDS)


@pytest.mark.parametrize(
    "tail",
    [
        " trong đó có 320 ca trong cộng đồng.",
        ", trong đó 320 ca trong cộng đồng.",
        " trong đó 320 ca ghi nhận trong cộng đồng.",
    ],
)
def test_a_part_after_the_list_is_the_wholes(tail):
    text = (
        "Trong ngày 6/9, cả nước ghi nhận 700 ca mắc mới. Cụ thể, Long An (400), Hà Nội "
        "(200), Cần Thơ (70), Sơn La (30)" + tail
    )
    stats = _stats(text)
    assert stats[None] == {"new_cases_24h": 700, "community_cases": 320}
    assert stats["Sơn La"] == {"new_cases_24h": 30}


def test_a_provinces_own_split_stays_its_own():
    text = "Trong ngày 6/9, Long An có 400 ca, trong đó 120 ca trong cộng đồng; Hà Nội 300 ca."
    assert _stats(text) == {
        "Long An": {"new_cases_24h": 400, "community_cases": 120},
        "Hà Nội": {"new_cases_24h": 300},
    }
