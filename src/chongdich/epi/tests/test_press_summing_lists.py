"""A list of provinces' counts whose sum is the country's count of the day (or its domestic
part) gives each province its day's count, whatever words the outlet puts between them; a
list that does not add up gives nothing by this check. On sentences invented for the test.
docs/INTAKE.md, "Lists checked by their sum"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

DAY = dt.date(2021, 9, 3)
FIELDS = ("new_cases_24h", "local_cases", "imported_cases", "cumulative_cases")
FOUR = {"Thái Bình": 500, "Sơn La": 400, "Hòa Bình": 200, "Yên Bái": 100}


def _day_counts(text):
    return {
        province: figures["new_cases_24h"]
        for province, figures in stats_by_province(text, DAY, FIELDS).items()
        if province and "new_cases_24h" in figures
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 3/9, Việt Nam ghi nhận 1.200 ca mắc mới. Phân bổ theo địa phương như sau – "
        "Thái Bình: 500; Sơn La: 400; Hòa Bình: 200; Yên Bái: 100.",
        "Ngày 3/9, cả nước ghi nhận 1.200 ca mắc mới.\nThái Bình 500\nSơn La 400\n"
        "Hòa Bình 200\nYên Bái 100",
        "Ngày 3/9 cả nước thêm 1.200 ca. Thái Bình dẫn đầu (500), theo sau là Sơn La (400), "
        "Hòa Bình (200), Yên Bái (100).",
        "Tối 3/9, cả nước có thêm 1.200 F0. Đứng đầu là Thái Bình 500 F0, xếp sau là Sơn La "
        "400 F0, Hòa Bình 200 F0 và Yên Bái 100 F0.",
    ],
)
def test_a_list_that_adds_up_to_the_day_gives_each_province_its_count(text):
    assert _day_counts(text) == FOUR


def test_a_list_of_the_domestic_part_gives_local_cases_where_imported_are_named_too():
    text = (
        "Ngày 3/9, cả nước ghi nhận 1.203 ca mắc mới, trong đó 3 ca nhập cảnh và 1.200 ca "
        "trong nước. 3 ca nhập cảnh được cách ly ngay tại Thái Bình. Các ca trong nước: "
        "Thái Bình: 500; Sơn La: 400; Hòa Bình: 200; Yên Bái: 100."
    )
    stats = stats_by_province(text, DAY, FIELDS)
    assert stats["Thái Bình"] == {"imported_cases": 3, "local_cases": 500}
    assert stats["Sơn La"] == {"new_cases_24h": 400}


@pytest.mark.parametrize(
    "text",
    [
        # the provinces' totals: they add up to no count of the day
        "Ngày 3/9, cả nước ghi nhận 1.200 ca mắc mới. Tổng số ca từ đầu dịch: Thái Bình: "
        "5.000; Sơn La: 4.000; Hòa Bình: 2.000; Yên Bái: 1.000.",
        # the day's deaths by province
        "Ngày 3/9, cả nước ghi nhận 1.200 ca mắc mới và 40 ca tử vong. Ca tử vong: Thái "
        "Bình: 20; Sơn La: 10; Hòa Bình: 6; Yên Bái: 4.",
    ],
)
def test_a_list_that_does_not_add_up_gives_no_day_counts_by_the_check(text):
    assert _day_counts(text) == {}


def test_a_count_the_rules_read_is_kept():
    # "Sơn La 410": the list adds up to 1.210, not the day's 1.200, so nothing is filled
    # or changed; the rules' own reading of "có thêm" stands.
    text = (
        "Ngày 3/9, cả nước ghi nhận 1.200 ca mắc mới. Sơn La có thêm 410 ca mắc mới. "
        "Thái Bình: 500; Sơn La: 410; Hòa Bình: 200; Yên Bái: 100."
    )
    assert _day_counts(text) == {"Sơn La": 410}


def test_counts_with_english_thousands_commas_are_read_and_nothing_breaks():
    text = (
        "On September 3, Vietnam recorded 1,200 new cases, including 0 imported cases and "
        "1,200 local infections detected in Thái Bình (500), Sơn La (400), Hòa Bình (200) "
        "and Yên Bái (100). Hà Nội logged 2,5 per cent more tests."
    )
    stats_by_province(text, DAY, FIELDS)  # no error on "2,5" or "1,200"
    big = (
        "On September 3, Vietnam recorded 10,650 new cases, including 0 imported cases and "
        "10,650 local infections detected in Thái Bình (4,223), Sơn La (3,375), Hòa Bình "
        "(2,952) and Yên Bái (100)."
    )
    assert _day_counts(big) == {"Thái Bình": 4223, "Sơn La": 3375, "Hòa Bình": 2952, "Yên Bái": 100}


def test_a_round_thousand_with_an_english_comma_is_a_thousand_not_ten():
    big = (
        "On September 3, Vietnam recorded 13,500 new cases, including 0 imported cases and "
        "13,500 local infections detected in Thái Bình (10,000), Sơn La (3,000), Hòa Bình "
        "(400) and Yên Bái (100)."
    )
    assert _day_counts(big)["Thái Bình"] == 10000
