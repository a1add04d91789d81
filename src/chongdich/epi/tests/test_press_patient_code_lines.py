"""The Ministry's bulletin gives each province a line with its patients' numbers: the count
first ("39 ca (BN51003-BN51012, BN51029) ghi nhận tại tỉnh Phú Yên: …") or the province
first with its count bracketed ("Phú Yên (16): (BN21573-BN21575) ghi nhận tại …", "Tại
TP.HCM (271): …"), with no bullet. Each is the province's day. On invented texts."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_HEAD = "Tối 6/7, Bộ Y tế công bố thêm 420 ca mắc COVID-19 mới, tất cả ghi nhận trong nước."


@pytest.mark.parametrize(
    "lines",
    [
        "41 ca (BN30001-BN30041) ghi nhận tại tỉnh Bắc Ninh: là các trường hợp F1.\n\n"
        "12 ca (BN30042-BN30050, BN30060-BN30062) ghi nhận tại TP. Cần Thơ: 2 ca F1.\n\n"
        "3 ca (BN30070) ghi nhận tại tỉnh Khánh Hòa: đang điều tra dịch tễ.",
        "Bắc Ninh (41): (BN30001-BN30041) ghi nhận tại tỉnh Bắc Ninh là các trường hợp F1.\n\n"
        "Tại TP. Cần Thơ (12): (BN30042-BN30050) ghi nhận tại TP. Cần Thơ: 2 ca F1.\n\n"
        "Khánh Hòa (3): BN30070-BN30072) ghi nhận tại tỉnh Khánh Hòa.",
        "41 ca ghi nhận tại tỉnh Bắc Ninh: là các trường hợp F1.\n"
        "12 ca ghi nhận tại TP. Cần Thơ: 2 ca F1.\n"
        "3 ca ghi nhận tại tỉnh Khánh Hòa: đang điều tra dịch tễ.",
    ],
)
def test_each_province_line_gives_its_day(lines):
    stats = stats_by_province(f"{_HEAD}\n\n{lines}", dt.date(2021, 7, 6), ["new_cases_24h"])
    assert stats == {
        None: {"new_cases_24h": 420},
        "Bắc Ninh": {"new_cases_24h": 41},
        "Cần Thơ": {"new_cases_24h": 12},
        "Khánh Hòa": {"new_cases_24h": 3},
    }
