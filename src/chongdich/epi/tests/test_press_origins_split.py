"""Where the day's cases came from is not those provinces' counts: "Các ca mắc mới này đều
là công dân từ các tỉnh phía Nam trở về. Trong đó, TP.HCM 8 ca, Bình Dương 3 ca" splits the
province's own cases by origin. A split of the country's count by province stays. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test42 to
test45 as development data (rules25)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 8, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Tối 5/8, CDC Hà Tĩnh cho biết, tỉnh ghi nhận thêm 9 ca dương tính với SARS-CoV-2. "
        "Các ca mắc mới này đều là công dân từ các tỉnh phía Nam trở về. Trong đó, TP.HCM 5 ca, "
        "Long An 3 ca, Đồng Nai 1 ca.",
        "Sáng 5/8, Quảng Bình ghi nhận thêm 6 ca mắc mới, đều là người về từ vùng dịch. Trong "
        "số này, Bình Dương 4 ca, TP.HCM 2 ca.",
    ],
)
def test_origins_are_no_counts(text):
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert set(got) <= {"Hà Tĩnh", "Quảng Bình"}


def test_a_split_of_the_countrys_count_stays():
    text = (
        "Sáng 5/8, cả nước ghi nhận thêm 120 ca mắc mới. Trong đó, TP.HCM 80 ca, Bình Dương 30 ca."
    )
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert got["TP HCM"] == {"new_cases_24h": 80} and got["Bình Dương"] == {"new_cases_24h": 30}
