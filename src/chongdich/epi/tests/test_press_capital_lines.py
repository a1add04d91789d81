"""A notice's line written all in capitals ("THÔNG BÁO VỀ 8 CA MẮC MỚI COVID-19 TẠI ĐÀ NẴNG
(BN439 - BN446)", "TỪ 18H00 NGÀY 26/1 ĐẾN 18H00 NGÀY 27/1, TỈNH PHÚ THỌ GHI NHẬN 347 CA DƯƠNG
TÍNH MỚI") is read as the same line in ordinary case. On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "test46 to test49 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts.capital_lines import with_capital_lines_recased
from chongdich.epi.tests.press_helpers import stats_by_province


@pytest.mark.parametrize(
    ("line", "province", "count"),
    [
        ("THÔNG BÁO VỀ 6 CA MẮC MỚI COVID-19 TẠI QUẢNG NGÃI (BN501 - BN506)", "Quảng Ngãi", 6),
        (
            "TỪ 18H00 NGÀY 3/2 ĐẾN 18H00 NGÀY 4/2, TỈNH BẮC NINH GHI NHẬN 120 CA DƯƠNG TÍNH MỚI",
            "Bắc Ninh",
            120,
        ),
    ],
)
def test_a_line_in_capitals_is_read(line, province, count):
    text = line + "\nCác bệnh nhân đang được cách ly, điều trị."
    read = stats_by_province(text, dt.date(2021, 2, 4), ("new_cases_24h",))
    assert read[province] == {"new_cases_24h": count}


def test_the_line_keeps_its_length_and_its_codes():
    line = "THÔNG BÁO VỀ 6 CA MẮC MỚI COVID-19 TẠI TP. HCM (BN501 - BN506)"
    recased = with_capital_lines_recased(line)
    assert len(recased) == len(line)
    assert recased == "Thông báo về 6 ca mắc mới COVID-19 tại TP. HCM (BN501 - BN506)"


@pytest.mark.parametrize(
    "text",
    [
        "THÔNG BÁO KHẨN CỦA BỘ Y TẾ",  # no count of cases
        "# outlet: 8 CA MẮC",  # a header line
        "Hà Nội có 8 CA mắc mới",  # not all in capitals
    ],
)
def test_other_lines_stay(text):
    assert with_capital_lines_recased(text) == text
