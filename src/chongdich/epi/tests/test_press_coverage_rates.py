"""Vaccine coverage rates, on sentences invented for the test (not taken from any corpus
file): a booster named in another clause, children's rates, a bulletin's M1/M2 shorthand."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _rates(text):
    facts = extract_facts(text, dt.date(2022, 3, 1), use_ner=False)
    return {
        s["province"]: (s["vaccine_dose1_pct"], s["vaccine_dose2_pct"])
        for s in facts.province_stats
        if s.get("vaccine_dose1_pct") is not None or s.get("vaccine_dose2_pct") is not None
    }


def test_a_booster_in_its_own_clause_leaves_the_first_doses_rates():
    assert _rates(
        "Đến nay, tỉnh Hà Giang đã tiêm 900.000 liều vắc xin; trong đó, người từ 18 tuổi trở "
        "lên, tỷ lệ tiêm mũi 1 đạt 98,5%; mũi 2 đạt 96,1%; mũi nhắc lại 80,2%."
    ) == {"Hà Giang": (98.5, 96.1)}
    # the booster's own rate is never a dose's
    assert _rates("Tại tỉnh Hà Giang, tỷ lệ tiêm mũi nhắc lại đạt 81,3%.") == {}


def test_childrens_rates_are_not_the_provinces_coverage():
    assert (
        _rates(
            "Tại tỉnh Hà Giang, người từ 12 - 17 tuổi, tỷ lệ tiêm mũi 1 đạt 97,5%; mũi 2 đạt 94%."
        )
        == {}
    )
    assert _rates("Tại tỉnh Hà Giang, Trẻ em từ 12-17 tuổi: M1 = 99,1%; M2 = 97%.") == {}


def test_a_bulletins_shorthand_with_counts_and_a_rate_above_100():
    rates = _rates(
        "Tình hình tiêm vắc xin tại tỉnh Hà Giang: người lớn: M1: 702.311 = 101,42%; "
        "M2: 690.004 = 99,64%; M3: 500.000 = 72%."
    )
    assert rates == {"Hà Giang": (pytest.approx(101.42), pytest.approx(99.64))}


def test_an_impossible_rate_is_skipped_not_an_error():
    assert _rates("Tại tỉnh Hà Giang, tỷ lệ tiêm mũi 1 đạt 1.250%.") == {}
