"""Counts of teasers and short bulletins: a thousands' dot with a stray space ("tổng số 2. 306
trường hợp"), patients by their state after "Hiện có" ("12 ca bệnh nặng") are no total, the
country's recovered with the disease and the country between ("783.200 bệnh nhân COVID-19 ở
nước ta đã khỏi bệnh"), and a gift still on its way ("… do Hàn Quốc hỗ trợ dự kiến về Việt Nam
hôm nay") is no event. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test50 to test59 as development data (rules27)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows, stats_by_province

_DAY = dt.date(2021, 10, 13)


@pytest.mark.parametrize(
    ("written", "value"), [("2. 306", 2306), ("2.306", 2306), ("12. 450", 12450)]
)
def test_a_thousands_dot_with_a_space(written, value):
    text = (
        f"Với 25 ca mắc mới, hiện tỉnh Quảng Trị đã ghi nhận tổng số {written} trường hợp mắc "
        "COVID-19."
    )
    got = stats_by_province(text, _DAY, ("cumulative_cases",))
    assert got == {"Quảng Trị": {"cumulative_cases": value}}


def test_a_sentences_end_before_a_number_stays_apart():
    text = "Tỉnh Quảng Trị đang cách ly 2. 306 người được xét nghiệm âm tính."
    got = stats_by_province(text, _DAY, ("cumulative_cases",))
    assert got.get("Quảng Trị", {}).get("cumulative_cases") != 2306


@pytest.mark.parametrize(
    "state", ["ca bệnh nặng", "ca nặng", "trường hợp nguy kịch", "ca không triệu chứng"]
)
def test_patients_by_state_are_no_total(state):
    text = f"Cả nước ghi nhận 500 ca mắc mới. Hiện có 12 {state} đang được điều trị."
    assert stats_by_province(text, _DAY, ("cumulative_cases",)) == {}


def test_the_standing_total_stays():
    text = "Tính đến nay, tỉnh Quảng Ngãi có 1.200 ca mắc, hiện có 12 ca bệnh nặng."
    got = stats_by_province(text, _DAY, ("cumulative_cases",))
    assert got == {"Quảng Ngãi": {"cumulative_cases": 1200}}


@pytest.mark.parametrize("where", ["ở nước ta", "tại Việt Nam"])
def test_the_countrys_recovered_with_the_disease_between(where):
    text = f"Đến nay hơn 650.000 bệnh nhân COVID-19 {where} đã khỏi bệnh."
    got = stats_by_province(text, _DAY, ("cumulative_cases", "recovered"))
    assert got == {None: {"recovered": 650000}}


@pytest.mark.parametrize(
    "tail", ["dự kiến về Việt Nam hôm nay", "dự kiến sẽ đến Hà Nội vào tuần sau"]
)
def test_a_gift_on_its_way_is_no_event(tail):
    text = f"Sáng 13/10, 800.000 liều vaccine AstraZeneca do Nhật Bản hỗ trợ {tail}."
    assert gift_rows(text, _DAY) == []


def test_a_gift_delivered_stays():
    text = "Sáng 13/10, 800.000 liều vaccine AstraZeneca do Nhật Bản hỗ trợ đã về đến Việt Nam."
    assert [row[2:] for row in gift_rows(text, _DAY)] == [("vaccine_dose", 800000)]


def test_a_gift_stated_then_its_arrival_after_a_comma_stays():
    text = "Nhật Bản hỗ trợ Việt Nam 800.000 liều vaccine AstraZeneca, dự kiến về Hà Nội tuần tới."
    assert [row[2:] for row in gift_rows(text, _DAY)] == [("vaccine_dose", 800000)]
