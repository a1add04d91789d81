"""The country's bulletin with no new case: the day's zero when the clause's subject is the
country or its bulletin ("Bản tin 18h của Ban Chỉ đạo Quốc gia cho biết không có ca mắc mới
được ghi nhận", "Bộ Y tế không ghi nhận thêm ca dương tính"), a total restated as staying
("Việt Nam hiện vẫn có 1.100 bệnh nhân"), and the recovered of a total ("đã chữa khỏi cho
900/1.100 ca mắc"); a zero of a window of hours on the page, the country's or a province's,
is no day's. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "Statistics of test63 to test65 and thin pages as development data
(rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2020, 9, 12)
_FIELDS = ("new_cases_24h", "cumulative_cases", "recovered")


@pytest.mark.parametrize(
    "sentence",
    [
        "Bản tin 18h ngày 12/9 của Ban Chỉ đạo Quốc gia cho biết không có ca mắc mới COVID-19 "
        "được ghi nhận.",
        "Sáng 12/9, Bộ Y tế không ghi nhận thêm ca dương tính nCoV, đánh dấu 30 ngày không có "
        "ca lây nhiễm trong cộng đồng.",
        "Theo thông báo của Bộ Y tế, không có ca mắc mới COVID-19.",
        "Cả nước không ghi nhận ca mắc mới.",
    ],
)
def test_the_countrys_day_with_no_new_case(sentence):
    assert stats_by_province(sentence, _DAY, ("new_cases_24h",)) == {None: {"new_cases_24h": 0}}


@pytest.mark.parametrize(
    "sentence",
    [
        # a province in the clause: its own day, not the country's
        "Bộ Y tế cho biết không có ca mắc mới tại Đà Nẵng.",
        # a streak: no day's count
        "Việt Nam đã 30 ngày không ghi nhận ca mắc mới trong cộng đồng.",
        # no subject at all
        "Không có ca mắc mới được ghi nhận.",
        # twelve hours past: no day's zero
        "Bản tin 18 giờ ngày 12/9 của Ban Chỉ đạo Quốc gia cho biết không có ca mắc COVID-19. "
        "Như vậy, đã 12 giờ qua, Việt Nam chưa ghi nhận ca mắc mới.",
        # a window of hours on the page: no day's zero
        "Bản tin của Ban Chỉ đạo Quốc gia sáng 12/9 cho biết Việt Nam không có thêm ca mắc mới. "
        "Như vậy, tính từ 18h ngày 11/9 đến 6h ngày 12/9, Việt Nam không ghi nhận ca mắc mới.",
    ],
)
def test_no_countrys_zero(sentence):
    assert None not in stats_by_province(sentence, _DAY, ("new_cases_24h",))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Việt Nam hiện vẫn có 1.100 bệnh nhân.", {"cumulative_cases": 1100}),
        ("Tổng số ca mắc tại Việt Nam vẫn là 1.100 ca.", {"cumulative_cases": 1100}),
        (
            "Như vậy, đến thời điểm này, nước ta đã chữa khỏi cho 900/1.100 ca mắc.",
            {"cumulative_cases": 1100, "recovered": 900},
        ),
    ],
)
def test_totals_restated(sentence, expected):
    assert stats_by_province(sentence, _DAY, _FIELDS) == {None: expected}


def test_patients_by_state_are_no_total():
    got = stats_by_province("Việt Nam hiện vẫn có 40 bệnh nhân đang điều trị.", _DAY, _FIELDS)
    assert None not in got or "cumulative_cases" not in got[None]


def test_a_provinces_zero_of_a_windows_bulletin_is_no_days():
    text = (
        "Đến 6 giờ ngày 01/10/2021, Trà Vinh không ghi nhận thêm ca mắc Covid-19 mới\n\n"
        "Từ 18 giờ ngày 30/9/2021 đến 6 giờ ngày 01/10/2021, tỉnh không ghi nhận thêm ca mắc "
        "Covid-19 mới."
    )
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {}


def test_a_provinces_zero_of_its_day_stays():
    text = "Ngày 12/9, Trà Vinh không ghi nhận thêm ca mắc Covid-19 mới."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {"Trà Vinh": {"new_cases_24h": 0}}
