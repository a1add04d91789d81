"""A count a run of provinces shares, written in brackets after the run ("Quảng Bình, Thanh
Hóa (mỗi địa phương 29 ca)", "Hải Phòng và Kon Tum (mỗi tỉnh 7 ca)"), is each province's
count; a bracketed count after one name stays that name's only. On texts invented for the
test (not taken from any corpus file). docs/INTAKE.md, "… as development data for articles
read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 11, 18)
_HEAD = "Ngày 18/11, cả nước ghi nhận 10.210 ca mắc mới tại 57 tỉnh, thành phố: Hà Nội (140 ca), "


@pytest.mark.parametrize(
    "run",
    [
        "Sơn La, Yên Bái (mỗi địa phương 23 ca)",
        "Sơn La và Yên Bái (mỗi tỉnh 23 ca)",
        "Sơn La, Yên Bái (mỗi tỉnh, thành có 23 ca)",
    ],
)
def test_a_shared_count_in_brackets(run):
    stats = stats_by_province(f"{_HEAD}{run}, Lào Cai (2 ca).", _DAY, ["new_cases_24h"])
    assert stats["Sơn La"] == {"new_cases_24h": 23}
    assert stats["Yên Bái"] == {"new_cases_24h": 23}
    assert stats["Lào Cai"] == {"new_cases_24h": 2}


def test_a_bracketed_count_of_one_name():
    stats = stats_by_province(f"{_HEAD}Sơn La (23 ca), Lào Cai (2 ca).", _DAY, ["new_cases_24h"])
    assert stats["Sơn La"] == {"new_cases_24h": 23}
    assert stats["Hà Nội"] == {"new_cases_24h": 140}
