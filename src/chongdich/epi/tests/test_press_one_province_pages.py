"""A page whose figures say "toàn tỉnh" before naming any province, and that names one province
only, later ("… toàn tỉnh đã phát hiện 89 ca … Chiêm Hóa là điểm du lịch của tỉnh Tuyên
Quang"), gives them to that province; a page naming two provinces gives them to none. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"Statistics of test63 to test65 and thin pages as development data (rules29)"."""

import datetime as dt

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2022, 1, 19)
_COUNT = (
    "Theo Sở Y tế, tính đến 19h ngày 19-1, toàn tỉnh đã phát hiện 40 ca mắc Covid-19 mới là F1 "
    "trong các khu cách ly tập trung.\n"
)


def test_the_pages_one_province_named_later():
    text = _COUNT + "Na Hang là một điểm du lịch hấp dẫn của tỉnh Tuyên Quang."
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert got == {"Tuyên Quang": {"new_cases_24h": 40}}


def test_two_provinces_named_later_give_no_subject():
    text = _COUNT + "Du khách từ tỉnh Hà Giang sang tỉnh Tuyên Quang ngày càng đông."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {}
