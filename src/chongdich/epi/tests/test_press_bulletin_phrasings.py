"""Provincial bulletins' phrasings of the day's positives, community cases and labelled
totals, on sentences invented for the test (not taken from any corpus file)."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


def _stats_by_province(text, published=dt.date(2022, 2, 20)):
    return stats_by_province(text, published)


@pytest.mark.parametrize(
    ("text", "province", "count"),
    [
        ("Hôm nay Long An phát hiện 64 ca nhiễm SARS-CoV-2.", "Long An", 64),
        ("Kon Tum ghi nhận 1.020 trường hợp dương tính với SARS-CoV-2.", "Kon Tum", 1020),
        ("Trong ngày, Lào Cai ghi nhận 77 dương tính với Covid-19.", "Lào Cai", 77),
        ("Nam Định có thêm 15 ca mắc dương tính mới với COVID-19.", "Nam Định", 15),
        ("Bình Phước ghi nhận số ca nhiễm cao kỷ lục trong ngày với 510 ca.", "Bình Phước", 510),
    ],
)
def test_the_days_positives_by_their_verb_and_the_virus(text, province, count):
    assert _stats_by_province(text)[province]["new_cases_24h"] == count


@pytest.mark.parametrize(
    "text",
    [
        "Từ đầu dịch, Kon Tum ghi nhận 9.800 ca nhiễm SARS-CoV-2.",
        "Từ ngày 1/2 đến nay, người về từ vùng dịch, qua sàng lọc, Kon Tum phát hiện 300 "
        "trường hợp dương tính Covid-19.",
        "Đến ngày 19/2, Kon Tum ghi nhận 9.800 ca dương tính Covid-19.",
    ],
)
def test_positives_after_a_totals_or_a_periods_cue_are_not_the_days(text):
    assert _stats_by_province(text).get("Kon Tum", {}).get("new_cases_24h") is None


def test_positives_of_a_window_ending_on_a_day_are_the_days():
    stats = _stats_by_province(
        "Từ ngày 18/2 đến ngày 19/2, Kon Tum ghi nhận 320 ca nhiễm SARS-CoV-2."
    )
    assert stats["Kon Tum"]["new_cases_24h"] == 320


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Hà Nam có thêm 60 ca mắc mới, trong đó có 21 F0 cộng đồng.", 21),
        ("Hà Nam thêm 60 ca mắc mới, trong đó 12 cộng đồng.", 12),
        ("Hà Nam thêm 60 ca mắc mới, trong đó có 9 trường hợp cộng đồng.", 9),
    ],
)
def test_community_cases_written_without_trong(text, count):
    assert _stats_by_province(text)["Hà Nam"]["community_cases"] == count


def test_labelled_lines_of_a_provincial_bulletin_give_the_totals():
    row = _stats_by_province(
        "Tình hình dịch tại Thái Bình ngày 20/2:\n. Số ca nhiễm mới: 300 ca.\n"
        ". Công bố khỏi trong ngày báo cáo: 120 ca.\n. Hồi phục xuất viện: 9.870 ca\n"
        ". Đang điều trị: 4.321 ca\n. Tử vong trong ngày: 01 ca.\n. Tích lũy tử vong: 12 ca."
    )["Thái Bình"]
    assert (row["new_cases_24h"], row["recovered"]) == (300, 9870)
    assert (row["under_treatment"], row["deaths"]) == (4321, 12)


def test_running_totals_after_the_days_figures_and_a_summing_up_total_line():
    row = _stats_by_province(
        "Theo báo cáo Sóc Trăng có 80 ca mắc mới. Trong đó:\n"
        "- Liên quan các khu công nghiệp: 12 ca. Cộng dồn: 230 ca.\n"
        "* Tổng số ca cộng dồn: 25.100 ca.\n"
        "Số ca khỏi bệnh trong ngày: 70 ca, cộng dồn: 24.000 ca.\n"
        "- Số ca tử vong trong ngày: 02 ca, cộng dồn: 310 ca."
    )["Sóc Trăng"]
    assert (row["cumulative_cases"], row["recovered"], row["deaths"]) == (25100, 24000, 310)


def test_positives_called_new_and_patients_of_the_disease_under_treatment():
    row = _stats_by_province(
        "Thông tin về 95 trường hợp dương tính mới với SARS-CoV-2 trên địa bàn tỉnh Kon Tum. "
        "Hiện tỉnh có 1.200 trường hợp nhiễm Covid-19 đang điều trị."
    )["Kon Tum"]
    assert (row["new_cases_24h"], row["under_treatment"]) == (95, 1200)


def test_a_total_of_recoveries_is_not_a_total_of_cases():
    row = _stats_by_province(
        "Trong ngày 19/2, Kon Tum ghi nhận 320 ca nhiễm SARS-CoV-2. Lũy kế số ca chữa khỏi từ "
        "ngày 1/1/2022 đến ngày 19/2/2022 là 5.400 ca."
    )["Kon Tum"]
    assert (row["new_cases_24h"], row["cumulative_cases"]) == (320, None)


def test_outcomes_counted_since_a_date_that_did_not_begin_the_wave_are_a_periods():
    row = _stats_by_province(
        "Sáng 19/2, Ban Chỉ đạo tỉnh Kon Tum thông tin về 40 trường hợp dương tính với "
        "SARS-CoV-2. Như vậy, tính từ ngày 1.7.2021 đến nay, trên địa bàn tỉnh đã ghi nhận "
        "5.000 trường hợp mắc Covid-19; trong đó có 4.100 trường hợp đã khỏi bệnh, 12 trường "
        "hợp tử vong."
    )["Kon Tum"]
    assert row["new_cases_24h"] == 40
    assert (row["cumulative_cases"], row["recovered"], row["deaths"]) == (None, None, None)


def test_the_increment_before_the_total_it_raises_is_the_days():
    row = _stats_by_province(
        "Tỉnh Phú Yên tiếp tục ghi nhận 21 ca Covid – 19, nâng tổng số ca mắc trên địa bàn tỉnh "
        "lên 1.402 ca. Tỉnh cũng ghi nhận thêm 2 trường hợp tử vong, nâng tổng số ca tử vong "
        "lên 15 người."
    )["Phú Yên"]
    assert (row["new_cases_24h"], row["cumulative_cases"], row["deaths"]) == (21, 1402, 15)


def test_a_later_total_cue_of_a_period_sentence_counts_the_period_too():
    row = _stats_by_province(
        "Phú Yên ghi nhận thêm 8 ca mắc mới. Như vậy tính từ ngày 20/6 đến nay tỉnh Phú Yên "
        "có tổng cộng 900 ca mắc Covid – 19."
    )["Phú Yên"]
    assert (row["new_cases_24h"], row["cumulative_cases"]) == (8, None)


# A total as of a time of day and a date (docs/INTAKE.md, "test9 as development data").
@pytest.mark.parametrize(
    "text",
    [
        "Như vậy, đến sáng ngày 12/2/2022 Hậu Giang ghi nhận 9.876 ca nhiễm COVID-19, trong đó "
        "5.432 bệnh nhân được điều trị khỏi.",
        "Đến chiều ngày 12/2, tỉnh Hậu Giang đã ghi nhận 9.876 ca mắc COVID-19.",
        "Tính đến hết ngày 12/2, Hậu Giang ghi nhận 9.876 ca mắc COVID-19.",
    ],
)
def test_a_count_up_to_a_time_of_day_is_the_total(text):
    record = _stats_by_province(text)["Hậu Giang"]
    assert record["cumulative_cases"] == 9876
    assert record["new_cases_24h"] is None
