"""A Vietnamese bulletin's provinces by rank, or one set apart from the country's count, with
the day's count in the same clause: "TP Hà Nội dẫn đầu về số ca mắc mới với 2.981 trường
hợp", "Nam Định đứng thứ hai với 1.842 bệnh nhân", "Hà Nội vẫn đứng đầu cả nước dù số mắc
mới trong ngày giảm còn 1.253 ca", "…, riêng Hà Nội 1.244 ca". On sentences invented for the
test (not taken from any corpus file). docs/INTAKE.md, "test46 to test49 as development
data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_LEAD = "Ngày 5/3, Bộ Y tế ghi nhận 9.120 ca mắc mới tại 55 tỉnh, thành phố. "


def _day(text, fields=("new_cases_24h", "as_of")):
    return stats_by_province(text, dt.date(2022, 3, 5), fields)


@pytest.mark.parametrize(
    ("sentence", "province", "count"),
    [
        (
            "Thái Nguyên dẫn đầu về số ca mắc mới COVID-19 với 1.402 trường hợp.",
            "Thái Nguyên",
            1402,
        ),
        ("Thái Nguyên tiếp tục dẫn đầu cả nước với 1.402 ca.", "Thái Nguyên", 1402),
        ("Phú Thọ đứng thứ hai với 980 bệnh nhân, tăng 55 ca so với ngày 4/3.", "Phú Thọ", 980),
        ("Tỉnh Yên Bái xếp thứ tư cả nước với 640 bệnh nhân.", "Yên Bái", 640),
        ("Lào Cai đứng thứ 3 với 700 ca.", "Lào Cai", 700),
        (
            "Hà Nội vẫn đứng đầu cả nước dù số mắc mới trong ngày giảm còn 1.100 ca.",
            "Hà Nội",
            1100,
        ),
        ("Hải Phòng ghi nhận 512 bệnh nhân, xếp thứ 5 toàn quốc.", "Hải Phòng", 512),
        (
            "Bộ Y tế cho biết có 9.120 ca mắc COVID-19 tại 55 tỉnh, thành phố, riêng Hà Nội "
            "1.100 ca; trong ngày có 2.000 bệnh nhân khỏi.",
            "Hà Nội",
            1100,
        ),
    ],
)
def test_a_ranked_province_has_the_days_count(sentence, province, count):
    read = _day(_LEAD + sentence)
    assert read[province] == {"new_cases_24h": count, "as_of": "2022-03-05"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a rank of totals, deaths or doses is no day's count
        "Tính đến nay, Thái Nguyên dẫn đầu với 40.000 ca mắc tích lũy.",
        "Thái Nguyên đứng thứ hai với 120 ca tử vong.",
        "Thái Nguyên xếp thứ ba với 1.200.000 liều vaccine đã tiêm.",
        "Thái Nguyên đứng đầu cả nước về tỷ lệ tiêm chủng.",
    ],
)
def test_ranks_of_other_figures_give_no_day_count(sentence):
    assert "Thái Nguyên" not in _day(_LEAD + sentence, ("new_cases_24h",))


def test_a_morning_bulletin_dates_its_figures_by_the_day_counted():
    # the headline's morning (13/2) reports the day before: the count's own day dates the
    # country and the ranks, and the total "đến nay" dated by the headline gives way
    text = (
        "Sáng 13/2: Số ca mắc trung bình tuần qua là 22.000 ca/ngày\n"
        "Bộ Y tế cho biết, đến nay đã có hơn 2,2 triệu ca COVID-19 ở nước ta khỏi bệnh.\n"
        "Ngày 12/2, Hệ thống Quốc gia quản lý ca bệnh COVID-19 ghi nhận 27.311 trường hợp mới "
        "tại 60 tỉnh, thành phố.\n"
        "TP Hà Nội dẫn đầu về số ca mắc mới COVID-19 với 2.981 trường hợp."
    )
    read = stats_by_province(text, dt.date(2022, 2, 13), ("new_cases_24h", "as_of"))
    assert read[None] == {"new_cases_24h": 27311, "as_of": "2022-02-12"}
    assert read["Hà Nội"] == {"new_cases_24h": 2981, "as_of": "2022-02-12"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tính đến thời điểm hiện tại, nước ta đã ghi nhận 16 ca dương tính, trong đó riêng tỉnh "
        "Vĩnh Phúc có 11 ca.",
        "Đến nay, cả nước có tổng cộng 16 ca mắc, riêng Vĩnh Phúc 11 ca.",
    ],
)
def test_one_province_set_apart_from_the_countrys_total(sentence):
    read = stats_by_province(sentence, dt.date(2020, 2, 10), ("new_cases_24h", "cumulative_cases"))
    assert read["Vĩnh Phúc"] == {"cumulative_cases": 11}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ngày 5/3, Đà Nẵng tiếp tục ghi nhận số F0 ở mức cao với 176 ca.", {"new_cases_24h": 176}),
        ("Ngày 5/3, Đà Nẵng ghi nhận số ca mắc mới cao nhất với 176 ca.", {"new_cases_24h": 176}),
        ("Ngày 5/3, Đà Nẵng ghi nhận số ca tích lũy cao với 17.600 ca.", None),
    ],
)
def test_the_days_cases_as_a_level_reached(sentence, expected):
    assert _day(sentence, ("new_cases_24h",)).get("Đà Nẵng") == expected
