"""A national bulletin's day split by place: the national steering committee's count is the
country's ("Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19 công bố thêm 3 ca mắc mới"); a
split after "trong đó" gives each place its count, the last item held on arrival its
imported cases ("…, trong đó có 2 bệnh nhân tại Hải Dương, 1 bệnh nhân tại Bình Thuận được
cách ly ngay sau khi nhập cảnh"); an imported case with the disease named ("1 ca mắc COVID-19
được cách ly ngay sau khi nhập cảnh tại Cần Thơ") is the place's and the country's; the
most of a list's places ("…, nhiều nhất vẫn là Long An 58 ca") its new cases. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test66 to test70 as
development data (rules31)"."""

import datetime as dt

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 7, 2)
_DAILY = ("new_cases_24h", "imported_cases")


def test_the_national_committees_split_by_place():
    text = (
        "Chiều 2/7, Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19 công bố thêm 3 ca mắc mới "
        "Covid-19, trong đó có 2 bệnh nhân tại Hải Dương, 1 bệnh nhân tại Bình Thuận được "
        "cách ly ngay sau khi nhập cảnh."
    )
    assert stats_by_province(text, _DAY, _DAILY) == {
        None: {"new_cases_24h": 3},
        "Hải Dương": {"new_cases_24h": 2},
        "Bình Thuận": {"imported_cases": 1},
    }


def test_a_totals_split_by_place_is_no_days():
    text = (
        "Đến nay Việt Nam có tổng cộng 1.200 ca mắc, trong đó có 300 bệnh nhân tại Hải Dương, "
        "200 bệnh nhân tại Bình Thuận."
    )
    assert stats_by_province(text, _DAY, _DAILY) == {}


def test_an_imported_case_with_the_disease_named_and_the_most_of_a_list():
    text = (
        "Sáng 2/7, Bộ Y tế cho biết có thêm 1 ca mắc COVID-19 được cách ly ngay sau khi nhập "
        "cảnh tại thành phố Cần Thơ và 74 ca mắc tại 3 tỉnh, thành phố, nhiều nhất vẫn là Long "
        "An 58 ca."
    )
    assert stats_by_province(text, _DAY, _DAILY) == {
        None: {"imported_cases": 1},
        "Cần Thơ": {"imported_cases": 1},
        "Long An": {"new_cases_24h": 58},
    }


def test_the_most_of_a_list_of_totals_is_no_days():
    text = "Đến nay cả nước có 9.800 ca mắc tại 40 tỉnh, thành phố, nhiều nhất là Long An 2.100 ca."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {}
