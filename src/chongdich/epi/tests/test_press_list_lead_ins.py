"""A national bulletin's province list, whatever leads it in: "tại X ghi nhận nhiều nhất
với N ca, tiếp đến Y (M), …", "Dẫn đầu là X với N ca, tiếp theo là Y với M ca", "X dẫn đầu
với N ca", "gồm: X (N), Y (M)", "Nhiều nhất là X N ca, sau đó là Y M ca". Each item is the
province's count of the day. On sentences invented for the test (not taken from any corpus
file). docs/INTAKE.md, "test18, test19, test22 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_LEAD = "Trong ngày 6/9, cả nước ghi nhận 700 ca mắc mới. "
_EXPECTED = {
    None: {"new_cases_24h": 700},
    "Long An": {"new_cases_24h": 400},
    "Hà Nội": {"new_cases_24h": 200},
    "Cần Thơ": {"new_cases_24h": 70},
    "Sơn La": {"new_cases_24h": 30},
}


@pytest.mark.parametrize(
    "listing",
    [
        "Cụ thể, tại Long An ghi nhận nhiều nhất với 400 ca, tiếp đến Hà Nội (200), Cần Thơ "
        "(70), Sơn La (30).",
        "Dẫn đầu là Long An với 400 ca, tiếp theo là Hà Nội với 200 ca, Cần Thơ 70 ca, Sơn La "
        "30 ca.",
        "Long An dẫn đầu với 400 ca, tiếp đó là Hà Nội với 200 ca, Cần Thơ có 70 ca, Sơn La có "
        "30 ca.",
        "Các ca mắc mới ở 4 tỉnh, thành phố gồm: Long An (400), Hà Nội (200), Cần Thơ (70), "
        "Sơn La (30).",
        "Nhiều nhất là Long An 400 ca, sau đó là Hà Nội 200 ca, Cần Thơ 70 ca và Sơn La 30 ca.",
        "Long An cao nhất với 400 ca, kế đến là Hà Nội (200), Cần Thơ (70), Sơn La (30).",
    ],
)
def test_every_lead_in_gives_each_province_its_count(listing):
    stats = stats_by_province(_LEAD + listing, dt.date(2021, 9, 6), ("new_cases_24h",))
    assert stats == _EXPECTED


def test_a_single_province_with_its_rank_keeps_its_count():
    text = "Trong ngày 6/9, Long An với 400 ca mắc mới là tỉnh có số ca cao nhất khu vực."
    stats = stats_by_province(text, dt.date(2021, 9, 6), ("new_cases_24h",))
    assert stats == {"Long An": {"new_cases_24h": 400}}
