"""A headline's day gives way to the day the body's bulletin window ends on: under
"Ngày 9/5, thêm 4.120 ca mắc Covid-19", a body "Tối 9/5, Bộ Y tế cho biết, tính từ 16h ngày
7/5 đến 16h ngày 8/5, … ghi nhận 4.120 ca" dates the country and its province list 8/5
(`as_of` is the end of a window, docs/intake-annotation.md); a headline whose day is the
window's end, or a body with no dated window, keeps the headline's day. On texts invented
for the test (not taken from any corpus file). docs/INTAKE.md, "… as development data for
articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_PAGE = dt.date(2022, 5, 9)
_LIST = "Các địa phương ghi nhận ca bệnh như sau: Hà Nội (1.204), Phú Thọ (611), Yên Bái (97)."


@pytest.mark.parametrize(
    "headline, body",
    [
        (
            "Ngày 9/5, thêm 4.120 ca mắc Covid-19",
            "Tối 9/5, Bộ Y tế cho biết, tính từ 16h ngày 7/5 đến 16h ngày 8/5, trên Hệ thống "
            "ghi nhận 4.120 ca nhiễm mới, trong đó có 2 ca nhập cảnh.",
        ),
        (
            "Tối 9/5: Cả nước có 4.120 ca mắc mới COVID-19",
            "Theo Bộ Y tế, từ 16 giờ ngày 7/5 tới 16 giờ ngày 8/5 cả nước ghi nhận 4.120 ca "
            "nhiễm mới, trong đó có 2 ca nhập cảnh.",
        ),
        (
            "Ngày 9-5, ghi nhận thêm 4.120 ca Covid-19",
            "Bộ Y tế thông báo, tính từ 16h ngày 7-5 đến 16h ngày 8-5-2022, cả nước ghi nhận "
            "4.120 ca nhiễm mới, trong đó có 2 ca nhập cảnh.",
        ),
    ],
)
def test_the_window_end_dates_the_bulletin(headline, body):
    stats = stats_by_province(f"{headline}\n{body}\n{_LIST}", _PAGE, ["new_cases_24h", "as_of"])
    assert stats[None] == {"new_cases_24h": 4120, "as_of": "2022-05-08"}
    assert stats["Hà Nội"] == {"new_cases_24h": 1204, "as_of": "2022-05-08"}
    assert stats["Yên Bái"]["as_of"] == "2022-05-08"


@pytest.mark.parametrize(
    "body",
    [
        # the window ends on the headline's day
        "Tối 9/5, Bộ Y tế cho biết, tính từ 16h ngày 8/5 đến 16h ngày 9/5, trên Hệ thống ghi "
        "nhận 4.120 ca nhiễm mới, trong đó có 2 ca nhập cảnh.",
        # no dated window: the headline's day stands
        "Tối 9/5, Bộ Y tế cho biết trên Hệ thống ghi nhận 4.120 ca nhiễm mới, trong đó có 2 "
        "ca nhập cảnh.",
    ],
)
def test_the_headlines_day_stands_otherwise(body):
    stats = stats_by_province(
        f"Ngày 9/5, thêm 4.120 ca mắc Covid-19\n{body}\n{_LIST}", _PAGE, ["new_cases_24h", "as_of"]
    )
    assert stats[None] == {"new_cases_24h": 4120, "as_of": "2022-05-09"}
    assert stats["Hà Nội"] == {"new_cases_24h": 1204, "as_of": "2022-05-09"}
