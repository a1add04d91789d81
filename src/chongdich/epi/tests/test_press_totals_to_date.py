"""The country's totals to date as bulletins word them: a total written as a bound ("Số ca
mắc từ đầu vụ dịch vượt 600.000 ca") gives way to the exact total of the whole epidemic later;
"Số ca tử vong liên quan đến COVID-19 ở nước ta đến nay là 35 ca, …, bao gồm tại Đà Nẵng (31
trường hợp), Quảng Nam (03)" gives the country's and the provinces' deaths; "nước ta đã chữa
khỏi 1.461 bệnh nhân" the recovered. On sentences invented for the test (not taken from any
corpus file). docs/INTAKE.md, "test46 to test49 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_LEAD = "Ngày 3/2, Bộ Y tế ghi nhận 12 ca mắc mới. "


def _read(text, fields):
    return stats_by_province(text, dt.date(2021, 2, 3), fields)


@pytest.mark.parametrize(
    "bound",
    [
        "Số ca mắc từ đầu vụ dịch vượt 700.000 ca.",
        "Tổng số ca mắc đến nay là hơn 700.000 ca.",
    ],
)
def test_a_bound_gives_way_to_the_exact_total(bound):
    text = _LEAD + bound + " Kể từ đầu dịch đến nay Việt Nam có 701.222 ca nhiễm."
    assert _read(text, ("cumulative_cases", "cumulative_is_lower_bound"))[None] == {
        "cumulative_cases": 701222
    }


def test_a_bound_alone_stands():
    text = _LEAD + "Số ca mắc từ đầu vụ dịch vượt 700.000 ca."
    assert _read(text, ("cumulative_cases", "cumulative_is_lower_bound"))[None] == {
        "cumulative_cases": 700000,
        "cumulative_is_lower_bound": True,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Số ca tử vong liên quan đến COVID-19 ở nước ta đến nay là 42 ca, bao gồm tại Đà Nẵng "
        "(38 trường hợp), Quảng Nam (03) và Quảng Trị (01).",
        "Số ca tử vong do COVID-19 tại Việt Nam tính đến nay là 42 ca, gồm Đà Nẵng (38), "
        "Quảng Nam (3), Quảng Trị (1).",
    ],
)
def test_deaths_to_date_and_by_province(sentence):
    read = _read(_LEAD + sentence, ("deaths",))
    assert read == {
        None: {"deaths": 42},
        "Đà Nẵng": {"deaths": 38},
        "Quảng Nam": {"deaths": 3},
        "Quảng Trị": {"deaths": 1},
    }


def test_the_days_deaths_by_province_stay_out():
    text = _LEAD + "Trong ngày ghi nhận 5 ca tử vong tại Đà Nẵng (3), Quảng Nam (2)."
    assert _read(text, ("deaths",)) == {}


@pytest.mark.parametrize(
    ("sentence", "recovered"),
    [
        ("Đến thời điểm này nước ta đã chữa khỏi 1.520 bệnh nhân COVID-19.", 1520),
        ("Việt Nam đã điều trị khỏi 1.520 bệnh nhân.", 1520),
    ],
)
def test_recovered_cured(sentence, recovered):
    assert _read(_LEAD + sentence, ("recovered",)) == {None: {"recovered": recovered}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tổng số ca tử vong do COVID-19 tại Việt Nam tính đến nay là 39.000 ca.",
        "Số ca tử vong liên quan đến COVID-19 ở nước ta tính đến nay là 39.000 ca.",
    ],
)
def test_deaths_to_date_are_no_cases_total(sentence):
    read = _read(_LEAD + sentence, ("deaths", "cumulative_cases"))
    assert read[None] == {"deaths": 39000}


@pytest.mark.parametrize(
    "text",
    [
        "Theo CDC Hải Dương, đến 15h ngày 4/2, tỉnh này ghi nhận 300 ca mắc Covid-19.",
        "Đến 15h ngày 4/2, tỉnh Hải Dương ghi nhận 300 ca mắc Covid-19.",
    ],
)
def test_a_total_at_an_hour_of_a_day(text):
    read = stats_by_province(text, dt.date(2021, 2, 4), ("cumulative_cases", "new_cases_24h"))
    assert read["Hải Dương"] == {"cumulative_cases": 300}


def test_a_windows_end_is_no_total():
    text = "Từ 18h ngày 3/2 đến 6h ngày 4/2, tỉnh Hải Dương ghi nhận 27 ca mắc Covid-19."
    read = stats_by_province(text, dt.date(2021, 2, 4), ("cumulative_cases",))
    assert read == {}


def test_the_worlds_total_at_an_hour_is_not_the_countrys():
    text = (
        "Bộ Y tế cho biết, đến 6h ngày 11/5, thế giới đã ghi nhận 4.100.000 ca mắc COVID-19 "
        "còn tại Việt Nam số ca mắc vẫn là 288."
    )
    read = stats_by_province(text, dt.date(2020, 5, 11), ("cumulative_cases",))
    assert read[None] == {"cumulative_cases": 288}
