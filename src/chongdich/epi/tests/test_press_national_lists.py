"""National bulletins' province lists and tables, on sentences invented for the test (not
taken from any corpus file)."""

import datetime as dt

from chongdich.epi.tests.press_helpers import stats_by_province


def _stats_by_province(text, published=dt.date(2022, 2, 10)):
    return stats_by_province(text, published)


def test_a_flattened_table_gives_the_plus_figure_after_each_name_as_the_days_new_cases():
    stats = _stats_by_province(
        "Ngày 10/2/2022: cả nước ghi nhận thêm 9.000 ca mắc.\n"
        "STT Tỉnh thành Ca nhiễm mới hôm nay Tổng ca nhiễm Tử vong TỔNG +9.000 2.500.000 "
        "39.000 1 Hà Nội +2.310 150.420 700 2 Đắk Lắk +1.105 30.200 210 3 Bà Rịa - Vũng Tàu "
        "+98 40.111 300 …"
    )
    assert {name: row["new_cases_24h"] for name, row in stats.items() if name} == {
        "Hà Nội": 2310,
        "Đắk Lắk": 1105,
        "Bà Rịa–Vũng Tàu": 98,
    }
    assert stats["Hà Nội"]["as_of"] == "2022-02-10"
    assert stats["Hà Nội"]["cumulative_cases"] is None  # the totals column is not read


def test_plus_figures_without_a_new_cases_column_are_not_read():
    stats = _stats_by_province("So với tuần trước: Hà Nội +2.310 ca, Đắk Lắk +1.105 ca.")
    assert all(row["new_cases_24h"] is None for row in stats.values())


def test_a_list_before_the_first_dated_sentence_is_not_dated_by_it():
    stats = _stats_by_province(
        "Các địa phương ghi nhận ca bệnh như sau: Hà Nội (3.100), Phú Thọ (2.050), Sơn La "
        "(900). Ngày 9/2/2022, Sở Y tế Hòa Bình bổ sung 1.500 ca sau khi rà soát."
    )
    assert stats["Phú Thọ"]["new_cases_24h"] == 2050
    assert stats["Phú Thọ"]["as_of"] is None
    stats = _stats_by_province(
        "Ngày 9/2/2022, Bộ Y tế cho biết các địa phương ghi nhận ca bệnh như sau: Hà Nội "
        "(3.100), Phú Thọ (2.050)."
    )
    assert stats["Phú Thọ"]["as_of"] == "2022-02-09"


def test_cases_caught_at_home_may_name_the_disease_before_trong_nuoc():
    stats = _stats_by_province("Tối 9/2, Bộ Y tế ghi nhận 3.456 ca mắc COVID-19 trong nước.")
    assert stats[None]["local_cases"] == 3456


def test_the_first_item_of_a_list_may_carry_the_verb_ghi_nhan():
    stats = _stats_by_province(
        "Từ 16h ngày 9/2 đến 16h ngày 10/2, cả nước ghi nhận 20.000 ca mắc mới.\n\n"
        "Quảng Ninh ghi nhận 2.345 ca, Lạng Sơn 1.200 ca, Cao Bằng 98 ca."
    )
    assert stats["Quảng Ninh"]["new_cases_24h"] == 2345
    assert stats["Cao Bằng"]["new_cases_24h"] == 98


def test_a_bare_death_count_in_a_bulletin_of_one_window_is_the_days_not_a_total():
    stats = _stats_by_province(
        "Tính từ 16h ngày 9/2 đến 16h ngày 10/2, Việt Nam ghi nhận 20.000 ca mắc mới.\n\n"
        "Có 5.000 ca trong cộng đồng. 41 ca tử vong do COVID-19.\n\n"
        "Tổng số ca tử vong do COVID-19 tại Việt Nam tính đến nay là 39.500 ca."
    )
    assert stats[None]["deaths"] == 39500
    stats = _stats_by_province("Đến nay, tỉnh Nghệ An có 41 ca tử vong do COVID-19.")
    assert stats["Nghệ An"]["deaths"] == 41  # a total, in an article of no window
