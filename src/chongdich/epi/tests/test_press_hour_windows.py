"""A window of hours shorter than a day ("từ 6 giờ sáng đến 19 giờ 30 tối nay", "Tính từ 12h
đến 18h ngày 24/5", "from 6 am to 6 pm") gives no day's counts: not its own, not those of
the province lists and parts after it, nor the headline's that repeats it; the day's count
that follows ("Trong ngày 24/5, … ghi nhận thêm 187 ca") ends it. A window named after its
count ("527 ca mắc mới ghi nhận từ 12 giờ đến 19 giờ tối nay") takes the sentences from the
one that gave the count. On sentences invented for the test (not taken from any corpus
file). docs/INTAKE.md, "test12 and test13 as development data" and "test25 and test26 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts.hour_windows import opens_an_hour_window
from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "community_cases", "local_cases", "imported_cases")


def _stats(text):
    return stats_by_province(text, dt.date(2021, 8, 3), _FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        "Từ 5 giờ sáng đến 18 giờ 15 chiều nay, 3.8, cả nước có thêm 1.204 ca mắc mới.\n\n"
        "1.190 ca lây nhiễm trong nước, tại Bình Dương có 700 ca; Long An 210 ca; Tây Ninh 90 ca.",
        "Bộ Y tế cho biết, tính từ 12h đến 18h ngày 3/8 ghi nhận 57 ca mắc mới tại Sơn La (30), "
        "Hòa Bình (20), Lai Châu (7).",
        "Cụ thể, từ 6h ngày 3/8 đến 18h ngày 3/8, Việt Nam có thêm 640 ca COVID-19 mới. Tất cả "
        "đều ghi nhận trong nước tại Cà Mau (400), Bạc Liêu (240).",
        "Tối 3/8 có thêm 88 ca mắc COVID-19 mới\nTính từ 12 giờ đến 18 giờ 30 ngày 3/8, cả nước "
        "có 88 ca mắc mới, đều ghi nhận trong nước tại Quảng Trị (50), Quảng Bình (38).",
        "The Ministry of Health reported 1,020 new infections between 6 am and 6 pm on "
        "Tuesday.\n\nLocalities with the most new cases were Binh Duong (700), Long An (200) "
        "and Tay Ninh (120).",
    ],
)
def test_a_window_of_hours_gives_no_days_counts(text):
    assert _stats(text) == {}


def test_the_days_count_after_the_window_stands():
    text = (
        "Tính từ 12h đến 18h ngày 3/8 có 40 ca mắc mới, đều ghi nhận trong nước tại Yên Bái "
        "(25), Phú Thọ (15).\n\n– Trong ngày 3/8, Việt Nam ghi nhận thêm 90 ca mắc mới, ghi "
        "nhận trong nước tại Yên Bái (60), Phú Thọ (30)."
    )
    stats = _stats(text)
    assert stats[None]["new_cases_24h"] == 90
    assert stats["Yên Bái"] == {"new_cases_24h": 60}
    assert stats["Phú Thọ"] == {"new_cases_24h": 30}


@pytest.mark.parametrize(
    "sentence",
    [
        "Từ 18h ngày 2/8 đến 18h ngày 3/8, Hà Nam ghi nhận 12 ca mắc mới.",
        "Tính từ 0 giờ đến 24 giờ ngày 3/8, tỉnh ghi nhận 12 ca mắc mới.",
        "Từ 18 giờ hôm qua đến 18 giờ hôm nay, tỉnh ghi nhận 12 ca.",
        "The vaccination site is open from 7 am to 5 pm on weekdays only.",
    ],
)
def test_a_day_long_window_and_other_hours(sentence):
    # a day's window is a day; opening hours of a site are a window but count nothing
    expected = "open" in sentence
    assert opens_an_hour_window(sentence) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong 24 giờ qua, Hà Nam ghi nhận 12 ca mắc mới.",
        "Từ ngày 1 đến ngày 5/8, tỉnh phân bổ 5.000 liều vắc xin.",
        "The campaign runs from 1 to 5 August.",
    ],
)
def test_no_window_of_hours(sentence):
    assert not opens_an_hour_window(sentence)


def test_a_24_hour_bulletin_keeps_its_counts():
    text = "Từ 18h ngày 2/8 đến 18h ngày 3/8, Hà Nam ghi nhận 12 ca mắc mới, 5 ca cộng đồng."
    assert _stats(text) == {"Hà Nam": {"new_cases_24h": 12, "community_cases": 5}}


@pytest.mark.parametrize(
    "text",
    [
        "Tối nay, theo Bộ Y tế, có 300 ca mắc mới.\nTrong đó, 10 ca nhập cảnh được cách ly tại "
        "Khánh Hòa (6 ca) và Cần Thơ (4 ca). 290 ca lây nhiễm trong nước tại Hà Nội 200 ca; "
        "Bắc Ninh 90 ca.\n300 ca mắc mới ghi nhận từ 12 giờ đến 18 giờ tối nay là các bệnh nhân "
        "BN1001 - BN1300.",
        "Trưa 3/8, cả nước có 150 ca COVID-19 mới, đều ghi nhận trong nước tại Bình Dương "
        "(100), Long An (50). 150 ca này được ghi nhận trong 6 giờ qua.",
        "Chiều nay thêm 75 ca mắc mới tại Đồng Nai (45), Tây Ninh (30).\nCác bệnh nhân được "
        "công bố từ 6h đến 13h là 75 ca, mã số BN501 - BN575.",
    ],
)
def test_a_window_named_after_its_count_takes_the_count_and_its_lists(text):
    assert _stats(text) == {}


def test_a_window_of_another_count_leaves_the_lead_as_it_was():
    text = (
        "Tối 3/8 cả nước có 88 ca mắc mới tại Quảng Trị (50), Quảng Bình (38).\n"
        "Riêng từ 12 giờ đến 18 giờ có 20 ca mắc mới."
    )
    stats = _stats(text)
    assert stats["Quảng Trị"] == {"new_cases_24h": 50}
    assert stats["Quảng Bình"] == {"new_cases_24h": 38}


@pytest.mark.parametrize(
    "window",
    ["from 6pm on Wednesday to 6am on Thursday", "between 6 pm August 9 to 6 am August 10"],
)
def test_an_english_window_with_each_ends_day(window):
    text = (
        f"Vietnam recorded an additional 120 coronavirus cases {window}, according to the"
        " Ministry of Health. Bac Giang province took the lead with 87 cases. It was followed by"
        " Ho Chi Minh City (25), Tien Giang (8)."
    )
    assert _stats(text) == {}


def test_an_english_day_with_each_ends_day_is_the_day():
    text = (
        "Vietnam recorded an additional 120 coronavirus cases, the Ministry of Health said of"
        " the window from 6am on Monday to 6am on Tuesday."
    )
    assert _stats(text) == {None: {"new_cases_24h": 120}}
