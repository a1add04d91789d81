"""Provinces named together, then "lần lượt" and their day's counts in order ("Tiền Giang
và Bình Dương cũng phát hiện thêm nhiều ca bệnh với lần lượt 11 và 7 ca"); communes "có
nguy cơ" at a level ("42 xã, phường có nguy cơ cấp độ 1 (vùng xanh)"). On sentences invented
for the test (not taken from any corpus file). docs/INTAKE.md, "test42 to test45 as
development data (rules25)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 6, 17)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Sáng nay 17-6 ghi nhận thêm 120 ca Covid-19. Ngoài Bắc Ninh 60 ca, Long An và Đồng "
            "Tháp cũng phát hiện thêm nhiều ca bệnh với lần lượt 9 và 4 ca.",
            {"Long An": 9, "Đồng Tháp": 4},
        ),
        (
            "Trong ngày 17/6, Hà Nam, Nam Định và Ninh Bình ghi nhận thêm lần lượt 3, 2 và 1 ca "
            "mắc mới.",
            {"Hà Nam": 3, "Nam Định": 2, "Ninh Bình": 1},
        ),
    ],
)
def test_respective_day_counts(text, figures):
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert {p: f["new_cases_24h"] for p, f in got.items() if p in figures} == figures


def test_counts_fewer_than_places_are_nobodys():
    text = "Hà Nam, Nam Định và Ninh Bình ghi nhận thêm lần lượt 3 và 2 ca mắc mới."
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert "Hà Nam" not in got  # no count paired with it


def test_communes_at_risk_of_a_level():
    text = (
        "Chiều 20.10, Sở Y tế tỉnh Đồng Nai cho biết có 60 xã, phường có nguy cơ cấp độ 1 "
        "(vùng xanh), 40 xã, phường cấp độ 2 (vùng vàng) và 10 xã, phường cấp độ 3."
    )
    (record,) = extract_facts(text, _DAY, use_ner=False).province_stats
    assert (record["province"], record.get("communes_at_level_1")) == ("Đồng Nai", 60)
    assert (record.get("communes_at_level_2"), record.get("communes_at_level_3")) == (40, 10)
