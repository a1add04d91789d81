"""The day's deaths and recoveries have no field (docs/intake-annotation.md: totals to date
only): a bulletin's section heading ("217 ca tử vong:", "12.541 bệnh nhân khỏi bệnh:") and a
sentence of the day ("Trong ngày, … ghi nhận 35 ca tử vong") give none, while the total of
the same section ("Tổng số ca tử vong … tính đến nay là 15.018 ca") is `deaths`; "tổng hợp"
(compiled) is no total; a count of deaths right after the day's, with no total named
("Trong số 19 ca tử vong tại TP.HCM …"), is a part of the day's; a week's or a month's
("Tuần qua cả nước ghi nhận 10 ca tử vong") is a period's. On texts invented for the
test (not taken from any corpus file). docs/INTAKE.md, "test20, test21, test23, test24 as
development data" and "test25 and test26 as development data"."""

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("deaths", "recovered")


def _national(text):
    return stats_by_province(text, None, _FIELDS).get(None, {})


@pytest.mark.parametrize(
    "heading",
    ["35 bệnh nhân tử vong:", "Có 35 ca tử vong:", "35 trường hợp tử vong, cụ thể:"],
)
def test_a_section_heading_of_deaths_is_the_days(heading):
    text = (
        f"Tình hình dịch bệnh.\n{heading}\n- Tại Long An 20 ca, Tiền Giang 15 ca.\n"
        "- Tổng số ca tử vong tại Việt Nam tính đến nay là 9.200 ca."
    )
    assert _national(text) == {"deaths": 9200}


def test_a_section_heading_of_recoveries_is_the_days():
    text = (
        "Tình hình điều trị cả nước.\n4.210 bệnh nhân khỏi bệnh:\n"
        "- Số bệnh nhân được công bố khỏi bệnh."
    )
    assert _national(text) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong ngày, tổng hợp số liệu từ các Sở Y tế ghi nhận 35 ca tử vong.",
        "Cả nước ghi nhận 35 ca tử vong trong ngày.",
        "Trong 24 giờ qua, có 35 bệnh nhân tử vong.",
    ],
)
def test_the_days_deaths_are_no_total(sentence):
    text = f"Tin dịch bệnh.\n{sentence}\nTổng số ca tử vong cả nước tính đến nay là 9.200 ca."
    assert _national(text) == {"deaths": 9200}


def test_a_total_heading_is_still_a_total():
    text = "Tổng số ca tử vong cả nước tính đến nay là 9.200 ca:\n- Long An 20 ca."
    assert _national(text) == {"deaths": 9200}


@pytest.mark.parametrize(
    "line",
    [
        "- Bổ sung 56 ca tử vong tại Long An từ thời gian trước.",
        "Long An công bố bổ sung thêm 56 ca tử vong của các tuần trước.",
        "TP HCM bổ sung 1.200 bệnh nhân khỏi bệnh chưa được cập nhật.",
    ],
)
def test_deaths_or_recoveries_added_from_earlier_days_are_no_total(line):
    text = f"Tin dịch bệnh.\n{line}\n- Tổng số ca tử vong cả nước tính đến nay là 9.200 ca."
    assert stats_by_province(text, None, _FIELDS) == {None: {"deaths": 9200}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 5/12, Long An ghi nhận thêm 900 ca nhiễm, 250 ca khỏi bệnh, 4 ca tử vong.",
        "Long An có thêm 900 F0 mới, 250 bệnh nhân khỏi bệnh và 4 trường hợp tử vong.",
        "Hôm nay Long An thêm 900 ca mắc; 4 ca tử vong.",
    ],
)
def test_outcomes_in_a_run_of_the_days_additions_are_the_days(sentence):
    text = f"Tin dịch bệnh các tỉnh.\n{sentence}"
    assert stats_by_province(text, None, _FIELDS) == {}


def test_a_total_after_the_days_additions_stands():
    text = "Long An ghi nhận thêm 900 ca nhiễm, nâng tổng số ca tử vong lên 250 ca."
    assert stats_by_province(text, None, _FIELDS) == {"Long An": {"deaths": 250}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ Y tế thông báo Việt Nam có 2 ca tử vong thứ 56 và 57 vì COVID-19.",
        "Cả nước ghi nhận 3 bệnh nhân tử vong thứ 35, 36, 37.",
    ],
)
def test_deaths_numbered_in_the_total_are_the_days(sentence):
    assert _national(f"Tin dịch bệnh.\n{sentence}") == {}


@pytest.mark.parametrize(
    "after",
    [
        "Trong số 19 ca tử vong tại TP.HCM có 8 ca từ các tỉnh chuyển đến.",
        "Riêng Hà Nội có 12 ca tử vong, đều có bệnh nền.",
        "Trong đó 40 bệnh nhân tử vong tại Bình Dương.",
    ],
)
def test_a_count_of_deaths_after_the_days_deaths_is_a_part_of_them(after):
    text = (
        f"Tình hình dịch bệnh.\nTrong ngày, cả nước ghi nhận 256 ca tử vong. {after}\n"
        "Tổng số ca tử vong tại Việt Nam tính đến nay là 34.787 ca."
    )
    stats = stats_by_province(text, None, _FIELDS)
    assert stats == {None: {"deaths": 34787}}


@pytest.mark.parametrize(
    "after",
    [
        "Như vậy, Việt Nam có 35 ca tử vong.",
        "Tổng số ca tử vong tại Việt Nam là 35 ca.",
    ],
)
def test_a_total_after_the_days_deaths_stands(after):
    text = f"Tình hình dịch bệnh.\nHôm nay có 2 ca tử vong. {after}"
    assert _national(text) == {"deaths": 35}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tuần qua cả nước ghi nhận 12 ca tử vong do COVID-19.",
        "Trong 2 tuần, Việt Nam có 30 bệnh nhân tử vong.",
        "Tháng qua, cả nước có 4.000 ca khỏi bệnh.",
    ],
)
def test_a_weeks_or_a_months_deaths_and_recoveries_are_no_total(sentence):
    assert _national(f"Tình hình dịch bệnh.\n{sentence}") == {}
