"""The disease's name however the press writes it ("COVID-19", "Covid-19", "covid",
"Covid – 19", "COVID19") leaves what is read unchanged. On sentences invented for the
test; docs/INTAKE.md, "Robustness to surface variation"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 9, 14)
_WRITTEN = ["COVID-19", "Covid-19", "covid-19", "covid", "Covid", "Covid – 19", "COVID19"]


@pytest.mark.parametrize("covid", _WRITTEN)
def test_a_days_count_and_totals_whatever_the_diseases_spelling(covid):
    text = (
        f"Ngày 14-9 trên địa bàn tỉnh Ninh Thuận có 5 ca mắc {covid} mới, nâng tổng số ca "
        f"mắc {covid} trên địa bàn tỉnh lên 2.350 ca. Số bệnh nhân mắc {covid} đang điều trị "
        "tại Ninh Thuận là 141 người."
    )
    fields = ("new_cases_24h", "under_treatment", "cumulative_cases")
    assert stats_by_province(text, _DAY, fields) == {
        "Ninh Thuận": {"new_cases_24h": 5, "under_treatment": 141, "cumulative_cases": 2350}
    }


@pytest.mark.parametrize("covid", _WRITTEN)
def test_a_provinces_level_whatever_the_diseases_spelling(covid):
    text = f"Tỉnh Ninh Thuận đang ở cấp độ dịch {covid} cấp 2 (vùng vàng)."
    assert stats_by_province(text, _DAY, ("level",)) == {"Ninh Thuận": {"level": 2}}


@pytest.mark.parametrize("covid", ["COVID-19", "covid", "Covid19"])
def test_english_totals_and_gifts_whatever_the_diseases_spelling(covid):
    text = (
        f"On the morning of September 14, Nghe An recorded 5 new cases of {covid} infection. "
        "Accumulated from the beginning of the epidemic, the province has recorded 1,905 "
        f"{covid} patients. Japan gave Vietnam 300,000 doses of the AstraZeneca {covid} vaccine."
    )
    facts = extract_facts(text, _DAY, use_ner=False)
    assert [(s["province"], s["cumulative_cases"]) for s in facts.province_stats] == [
        ("Nghệ An", 1905)
    ]
    (gift,) = [item for event in facts.support_events for item in event["items"]]
    assert (gift["quantity"], gift["detail"]) == (300000, "AstraZeneca")
