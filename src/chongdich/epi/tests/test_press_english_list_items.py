"""English province lists of a day's cases: a count in words, a verb before the first
item's count, "Province" after a name, and a count several provinces share ("with five
each"). Invented sentences, phrased as VnExpress, Vietnam News or VietnamPlus write them."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import stats_by_province

_DAY = dt.date(2021, 8, 5)


@pytest.mark.parametrize(
    "text",
    [
        "The health ministry confirmed 2,310 new cases on Thursday. Ho Chi Minh City"
        " documented 1,204 of the new cases, Dong Nai Province 310, Long An Province 96,"
        " Hanoi four, and Hue two.",
        "Vietnam reported 2,310 new infections on Thursday. HCMC recorded 1,204 new cases,"
        " Dong Nai 310, Long An 96, Hanoi four and Hue two.",
    ],
)
def test_items_in_words_and_a_verb_before_the_first(text: str) -> None:
    stats = stats_by_province(text, _DAY, ["new_cases_24h"])
    assert stats["TP HCM"] == {"new_cases_24h": 1204}
    assert stats["Đồng Nai"] == {"new_cases_24h": 310}
    assert stats["Long An"] == {"new_cases_24h": 96}
    assert stats["Hà Nội"] == {"new_cases_24h": 4}
    assert stats["Thừa Thiên Huế"] == {"new_cases_24h": 2}


@pytest.mark.parametrize(
    ("shared", "value"),
    [
        ("with six each", 6),
        ("with 6 cases each", 6),
        ("reported 12 cases each", 12),
    ],
)
def test_a_count_a_run_of_provinces_shares(shared: str, value: int) -> None:
    text = (
        "The Ministry of Health announced 850 new infections on Thursday. Of the new cases,"
        f" Binh Duong had 400, Tay Ninh (82), Nam Dinh, Thai Binh and Ha Nam {shared},"
        " and Lao Cai one."
    )
    stats = stats_by_province(text, _DAY, ["new_cases_24h"])
    for province in ("Nam Định", "Thái Bình", "Hà Nam"):
        assert stats[province] == {"new_cases_24h": value}
    assert stats["Tây Ninh"] == {"new_cases_24h": 82}
    assert stats["Lào Cai"] == {"new_cases_24h": 1}


def test_a_name_with_its_own_count_is_not_in_the_run() -> None:
    text = (
        "Vietnam logged 500 new cases on Thursday. Hanoi recorded 30 cases, Hai Phong 9,"
        " and Quang Ninh and Bac Ninh with two each."
    )
    stats = stats_by_province(text, _DAY, ["new_cases_24h"])
    assert stats["Hải Phòng"] == {"new_cases_24h": 9}
    assert stats["Quảng Ninh"] == stats["Bắc Ninh"] == {"new_cases_24h": 2}
    assert stats["Hà Nội"] == {"new_cases_24h": 30}
