"""A total's deaths written with "đã" before the verb ("…, trong đó 7 trường hợp đã tử vong")
and a total of recovered whose label stands before a bracketed day and a rounded count
("tổng số ca điều trị khỏi tính đến sáng hôm qua (9/5) là hơn 21.300 người"): the province's
`deaths` and `recovered`; the day's deaths ("trong ngày …", "thêm …") stay out. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Thin pages …
(intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _row(text: str) -> dict:
    rows = [s for s in extract_facts(text, use_ner=False).province_stats if s["province"]]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize(
    "text",
    [
        "Hiện nay, Sóc Trăng ghi nhận hơn 2.140 ca mắc, trong đó 7 trường hợp đã tử vong.",
        "Đến nay Sóc Trăng có 2.140 ca mắc, trong đó 7 bệnh nhân đã tử vong.",
        "Đến nay Sóc Trăng có 2.140 ca mắc COVID-19, trong đó 7 người đã tử vong.",
    ],
)
def test_a_totals_deaths_with_da(text):
    assert _row(text)["deaths"] == 7


@pytest.mark.parametrize(
    "text",
    [
        "Trong ngày, Sóc Trăng có 7 người đã tử vong.",
        "Sóc Trăng ghi nhận thêm 7 ca đã tử vong.",
    ],
)
def test_the_days_deaths_stay_out(text):
    rows = extract_facts(text, use_ner=False).province_stats
    assert all(r.get("deaths") is None for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Tin vui từ Cần Thơ, tổng số ca điều trị khỏi tính đến sáng hôm qua (9/5) là hơn "
        "21.300 người.",
        "Tại Cần Thơ, tổng số người khỏi bệnh tính đến nay là gần 21.300 người.",
        "Ở Cần Thơ, tổng số bệnh nhân đã khỏi bệnh đến sáng (9.5) là 21.300 ca.",
    ],
)
def test_a_recovered_total_with_a_bracketed_day_or_a_rounded_count(text):
    assert _row(text)["recovered"] == 21300


@pytest.mark.parametrize(
    "text",
    [
        # a period opened by a day with its month in words
        "Từ ngày 12 tháng 8 đến nay, tổng cộng 75 trường hợp đã được ghi nhận tại Sóc Trăng, "
        "trong đó 4 người đã hồi phục và 7 người đã tử vong.",
        "Từ 12 tháng 8 đến nay, Sóc Trăng có 75 ca mắc, trong đó 7 người tử vong.",
    ],
)
def test_a_periods_deaths_are_no_total(text):
    rows = extract_facts(text, use_ner=False).province_stats
    assert all(r.get("deaths") is None for r in rows)


def test_a_recovered_total_in_millions_is_not_read_as_its_digits():
    text = "Cả nước nâng tổng số ca được điều trị khỏi lên trên 10 triệu người."
    rows = extract_facts(text, use_ner=False).province_stats
    assert all(r.get("recovered") != 10 for r in rows)


def test_a_labelled_recovered_total_closing_the_sentence_is_read():
    text = "Tại Cần Thơ, số ca khỏi bệnh trong ngày: 41, tổng số ca được điều trị khỏi: 21.300."
    assert _row(text)["recovered"] == 21300
