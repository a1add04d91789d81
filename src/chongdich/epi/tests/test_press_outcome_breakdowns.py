"""A total's breakdown, windows that are not a day, and counts that are not a province's,
on sentences invented for the test (not taken from any corpus file): the families of
docs/INTAKE.md, "test8 as development data"."""

import datetime as dt

from chongdich.epi.tests.press_helpers import stats_by_province


def _stats(text, published=dt.date(2022, 1, 12)):
    return stats_by_province(text, published)


def test_a_totals_breakdown_names_each_outcome_before_its_count():
    stats = _stats(
        "Đến nay, Yên Bái có tổng số 5.432 ca Covid-19; trong đó, đang cách ly điều trị 1.200 "
        "ca, ra viện 4.200 ca, tử vong 32 ca."
    )["Yên Bái"]
    assert (stats["cumulative_cases"], stats["under_treatment"]) == (5432, 1200)
    assert (stats["recovered"], stats["deaths"]) == (4200, 32)
    stats = _stats(
        "Sóc Trăng có tổng số 900 ca mắc, trong đó đã điều trị khỏi và xuất viện 300 ca."
    )
    assert stats["Sóc Trăng"]["recovered"] == 300


def test_a_window_of_twelve_hours_has_no_days_count_but_its_totals_stand():
    stats = _stats(
        "Từ 18 giờ ngày 10-1 đến 6 giờ ngày 11-1-2022, tỉnh Vĩnh Long có 90 ca mắc Covid-19, "
        "nâng tổng số ca mắc toàn tỉnh là 4.000 ca. Trong đó, có 3.000 ca được điều trị khỏi "
        "bệnh và 40 ca tử vong."
    )["Vĩnh Long"]
    assert stats["new_cases_24h"] is None
    assert (stats["cumulative_cases"], stats["deaths"]) == (4000, 40)


def test_a_window_of_one_day_still_counts_the_day():
    stats = _stats("Từ 6 giờ ngày 10-1 đến 6 giờ ngày 11-1, tỉnh Vĩnh Long có thêm 90 ca mắc mới.")
    assert stats["Vĩnh Long"]["new_cases_24h"] == 90


def test_a_period_opened_by_a_date_has_no_days_count():
    stats = _stats("Trong đợt này (từ ngày 5/1), Cà Mau có thêm 300 ca mắc mới.")
    assert "Cà Mau" not in stats or stats["Cà Mau"]["new_cases_24h"] is None
    stats = _stats("Từ ngày 10/1 đến 9h ngày 11/1, tỉnh Cà Mau ghi nhận 30 ca dương tính mới.")
    assert stats["Cà Mau"]["new_cases_24h"] == 30


def test_a_clusters_count_is_not_the_provinces_total():
    stats = _stats(
        "Lâm Đồng ghi nhận thêm 12 ca, liên quan công ty A; chùm lây nhiễm này hiện có 41 ca. "
        "Đến thời điểm này, tổng số ca mắc Covid-19 của tỉnh Lâm Đồng là 300 ca."
    )
    assert stats["Lâm Đồng"]["cumulative_cases"] == 300


def test_a_part_after_trong_do_without_a_comma_is_the_provinces():
    stats = _stats(
        "Phú Yên phát hiện thêm 80 trường hợp dương tính với SARS-CoV-2. Trong đó 30 ca "
        "COVID-19 trong cộng đồng."
    )
    assert stats["Phú Yên"]["community_cases"] == 30


def test_a_rate_bounding_a_count_of_provinces_is_a_range():
    # (a guard: "dưới 90%" was already refused; "trên 90%" of 50/63 provinces is new)
    stats = _stats(
        "Hiện 50/63 tỉnh, thành phố có tỷ lệ bao phủ mũi 2 trên 90%; 13 tỉnh có tỷ lệ bao phủ "
        "mũi 2 dưới 90%."
    )
    assert all(s["vaccine_dose2_pct"] is None for s in stats.values())


def test_a_list_of_totals_after_a_cue_and_a_clause_naming_the_deaths():
    stats = _stats(
        "Trong 24 giờ qua, Quảng Bình ghi nhận 300 ca mắc mới. Lũy kế từ đầu dịch đến nay, tỉnh "
        "có 20.000 ca, 150 người tử vong."
    )["Quảng Bình"]
    assert (stats["cumulative_cases"], stats["deaths"]) == (20_000, 150)
    stats = _stats(
        "Sáng 11/1, Phú Thọ ghi nhận thêm 1.020 ca mắc. Tổng số ca mắc từ đầu dịch là 40.123 ca; "
        "số ca tử vong là 80."
    )["Phú Thọ"]
    assert (stats["cumulative_cases"], stats["deaths"]) == (40_123, 80)


def test_the_days_count_after_trong_ngay_and_its_date():
    stats = _stats(
        "Trong ngày 11/1, tỉnh Hưng Yên ghi nhận 700 ca mắc COVID-19, trong đó 250 ca trong cộng "
        "đồng."
    )["Hưng Yên"]
    assert (stats["new_cases_24h"], stats["community_cases"], stats["as_of"]) == (
        700,
        250,
        "2022-01-11",
    )


def test_recoveries_named_with_la():
    stats = _stats(
        "Tính đến 17h ngày 11/1, Hà Nam đã ghi nhận tổng cộng 9.000 ca mắc; số ca khỏi bệnh là "
        "8.100."
    )["Hà Nam"]
    assert (stats["cumulative_cases"], stats["recovered"]) == (9_000, 8_100)


def test_those_still_treated_and_where_the_days_cases_were_found():
    stats = _stats(
        "Tối 11/1, Phú Yên ghi nhận thêm 80 ca COVID-19. Trong 80 ca bệnh này, phát hiện tại "
        "khu cách ly 30 ca, tại cộng đồng 50 ca. Từ đầu dịch đến nay, Phú Yên có 1.890 bệnh "
        "nhân và hiện chỉ còn điều trị cho 90 người."
    )["Phú Yên"]
    assert (stats["new_cases_24h"], stats["community_cases"]) == (80, 50)
    assert stats["under_treatment"] == 90


def test_a_period_from_a_dashed_date_and_cases_found_within_the_province():
    stats = _stats(
        "Ngày 11-1, toàn tỉnh Cà Mau ghi nhận thêm 9 ca mắc COVID-19. Theo đó, 5 ca phát hiện "
        "trong tỉnh. Từ ngày 15-4 đến nay, tỉnh Cà Mau ghi nhận 300 ca mắc COVID-19."
    )["Cà Mau"]
    assert (stats["new_cases_24h"], stats["local_cases"]) == (9, 5)
    assert stats["cumulative_cases"] is None  # a period, not a total


def test_a_bulletin_typed_without_diacritics_is_read_like_any_other():
    stats = _stats(
        "Tình hình dịch tại Thái Bình tính đến 17h ngày 11/1/2022.\n\n"
        "- Luy tich ca F0: 5.100 So ca khoi benh: 3.900; So tu vong: 04; So ca hien dang dieu "
        "tri: 1.196."
    )["Thái Bình"]
    assert (stats["recovered"], stats["deaths"], stats["under_treatment"]) == (3_900, 4, 1_196)
    assert stats["cumulative_cases"] == 5_100
