"""A correction of an earlier day's report ("Sở Y tế tỉnh A báo cáo đính chính 3 ca nhập
cảnh được thông báo vào ngày 9/9 điều chỉnh lại thành 3 ca nhiễm ghi nhận trong nước") gives
the province no figure of the day, neither the kind corrected nor the new one; a day's
count that says nothing of a correction keeps its parts. On texts invented for the test (not
taken from any corpus file). docs/INTAKE.md, "… as development data for articles read
exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 9, 14)
_BULLETIN = (
    "Tính từ 17h ngày 13/9 đến 17h ngày 14/9, cả nước ghi nhận 9.210 ca nhiễm mới, trong đó "
    "4 ca nhập cảnh và 9.206 ca trong nước tại Bình Dương (4.002), Long An (611), Cần Thơ (90)."
)
_FIELDS = ["new_cases_24h", "imported_cases", "local_cases"]


@pytest.mark.parametrize(
    "note",
    [
        "Ngoài ra, Sở Y tế tỉnh Quảng Trị báo cáo đính chính 3 ca nhập cảnh được thông báo vào "
        "ngày 9/9 điều chỉnh lại thành 3 ca nhiễm ghi nhận trong nước.",
        "- Sở Y tế Quảng Trị báo cáo đính chính: 03 ca nhập cảnh đã được thông báo vào ngày "
        "09/9/2021 điều chỉnh lại thành 03 ca ghi nhận trong nước.",
        "Sở Y tế Quảng Trị đề nghị điều chỉnh 3 ca nhập cảnh đã công bố ngày 9/9 thành 3 ca "
        "ghi nhận trong nước.",
    ],
)
def test_a_correction_gives_no_figure_of_the_day(note):
    stats = stats_by_province(f"{_BULLETIN} {note}", _DAY, _FIELDS)
    assert "Quảng Trị" not in stats
    assert stats[None] == {"new_cases_24h": 9210, "imported_cases": 4, "local_cases": 9206}


def test_a_days_count_without_a_correction_is_read():
    note = "Trong ngày, Quảng Trị ghi nhận 3 ca nhập cảnh được cách ly ngay."
    stats = stats_by_province(f"{_BULLETIN} {note}", _DAY, _FIELDS)
    assert stats["Quảng Trị"]["imported_cases"] == 3
