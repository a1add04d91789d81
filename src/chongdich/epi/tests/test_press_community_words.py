"""Community cases by the words around them: the disease named among the count's words ("120
ca mắc COVID-19 mới đều tại cộng đồng") still gives the day's community cases; a total of
community cases with the spread named ("… 45 ca mắc Covid do lây nhiễm trong cộng đồng") is
no total of all cases; the cases that set off what a sentence tells ("Sau khi ghi nhận 3 ca
… trong cộng đồng, ngành chức năng …") are no day's count, nor are community cases standing
to date ("Toàn tỉnh hiện có 134 trường hợp mắc Covid-19 trong cộng đồng", "Tính từ đợt
dịch thứ 4, … 226 ca mắc COVID-19 trong cộng đồng") or the first ever ("phát hiện 8 ca nhiễm
Covid-19 đầu tiên trong cộng đồng"). On sentences invented for the
test (not taken from any corpus file). docs/INTAKE.md, "Statistics of test63 to test65 and
thin pages as development data (rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 12, 20)
_DAILY = ("new_cases_24h", "community_cases")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng 20/12, tỉnh Trà Vinh ghi nhận 120 ca mắc COVID-19 mới đều tại cộng đồng.",
        "Sáng 20/12, tỉnh Trà Vinh ghi nhận 120 ca mắc Covid-19 mới trong cộng đồng.",
        "Sáng 20/12, tỉnh Trà Vinh ghi nhận 120 ca nhiễm SARS-CoV-2 mới tại cộng đồng.",
        "Sáng 20/12, tỉnh Trà Vinh ghi nhận 120 ca mới tại cộng đồng.",
    ],
)
def test_the_days_cases_all_in_the_community(sentence):
    got = stats_by_province(sentence, _DAY, _DAILY)
    assert got == {"Trà Vinh": {"new_cases_24h": 120, "community_cases": 120}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tính đến ngày 17/6, Trà Vinh đã có 4 ổ dịch với 45 ca mắc Covid do lây nhiễm trong "
        "cộng đồng.",
        "Đến nay, Trà Vinh đã có 45 ca mắc COVID-19 lây nhiễm trong cộng đồng.",
        "Tính đến ngày 17/6, Trà Vinh có tổng cộng 45 ca lây lan trong cộng đồng.",
    ],
)
def test_a_community_only_total_is_no_cases_total(sentence):
    assert stats_by_province(sentence, _DAY, ("cumulative_cases",)) == {}


def test_a_total_of_all_cases_stays():
    got = stats_by_province(
        "Tính đến ngày 17/6, Trà Vinh đã có 45 ca mắc Covid-19.", _DAY, ("cumulative_cases",)
    )
    assert got == {"Trà Vinh": {"cumulative_cases": 45}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sau khi ghi nhận 3 ca mắc COVID-19 trong cộng đồng là nhân viên một nhà hàng, ngành "
        "y tế Trà Vinh đã lấy 400 mẫu xét nghiệm.",
        "Sau khi phát hiện 3 ca mắc mới tại cộng đồng, huyện Càng Long (Trà Vinh) đã phong tỏa "
        "một ấp.",
        "Trà Vinh họp khẩn sau khi phát hiện 50 ca Covid-19 ngoài cộng đồng",
    ],
)
def test_cases_that_set_off_an_action_are_no_days_count(sentence):
    assert stats_by_province(sentence, _DAY, _DAILY) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Toàn tỉnh Trà Vinh hiện có 134 trường hợp mắc Covid-19 trong cộng đồng.",
        "Đến nay, trên địa bàn tỉnh Trà Vinh có 14 ca nhiễm COVID-19 trong cộng đồng.",
        "Tính từ đợt dịch thứ 4, Trà Vinh ghi nhận 226 ca mắc COVID-19 trong cộng đồng.",
        "Trà Vinh phát hiện 8 ca nhiễm Covid-19 đầu tiên trong cộng đồng",
        "Hiện trên địa bàn tỉnh Trà Vinh đã phát hiện 8 trường hợp mắc Covid-19 trong cộng đồng.",
    ],
)
def test_community_cases_standing_or_first_are_no_days_count(sentence):
    assert "community_cases" not in stats_by_province(sentence, _DAY, _DAILY).get("Trà Vinh", {})


def test_the_days_community_cases_after_a_standing_word():
    sentence = "Hiện tỉnh Trà Vinh ghi nhận thêm 12 ca mắc Covid-19 mới trong cộng đồng."
    got = stats_by_province(sentence, _DAY, ("community_cases",))
    assert got == {"Trà Vinh": {"community_cases": 12}}


def test_a_case_added_after_sau_khi_is_the_days():
    sentence = (
        "Chiều 4/2, sau khi có thông tin phát hiện thêm một ca mắc Covid-19, lực lượng chức "
        "năng đã phong tỏa một chung cư ở Trà Vinh."
    )
    assert stats_by_province(sentence, _DAY, ("new_cases_24h",)) == {
        "Trà Vinh": {"new_cases_24h": 1}
    }


def test_a_headline_that_found_cases_is_no_standing_count():
    got = stats_by_province(
        "Trà Vinh: Phát hiện 41 ca nhiễm Covid-19 ngoài cộng đồng", _DAY, ("community_cases",)
    )
    assert got == {"Trà Vinh": {"community_cases": 41}}
