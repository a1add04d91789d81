"""A district, town or city of a province at a level, and its wards by level ("TP Thủ Đức
đang ở cấp độ 2, trong đó, có 12/34 phường cấp độ 1"): the district's, no province's; and
the day's count with "mới" before the verb ("thông tin về một trường hợp mới mắc Covid-19").
On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test42
to test45 as development data (rules25)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 12, 13)
_LEVELS = ("level", "communes_at_level_1", "communes_at_level_2", "communes_total")


def _levels(text):
    out = {}
    for record in extract_facts(text, _DAY, use_ner=False).province_stats:
        figures = {f: record[f] for f in _LEVELS if record.get(f) is not None}
        if figures:
            out[record["province"]] = figures
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Tại TP HCM, ông Lê Văn Nam cho biết TP Thủ Đức đang ở cấp độ 2, trong đó có 10/34 "
        "phường cấp độ 1 và 24 phường cấp độ 2.",
        "Ở Hà Nội, huyện Sóc Sơn hiện ở cấp độ 2, có 15/26 xã cấp độ 1.",
        "Đà Nẵng cho biết quận Sơn Trà đang ở cấp độ 2, trong đó 4/7 phường cấp độ 1.",
    ],
)
def test_a_districts_level_and_wards_are_no_provinces(text):
    assert _levels(text) == {}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "TP HCM đang ở cấp độ 2, trong đó có 120/312 phường cấp độ 1.",
            {"TP HCM": {"level": 2, "communes_at_level_1": 120, "communes_total": 312}},
        ),
        (
            "Thành phố Cần Thơ đang ở cấp độ 2, có 50/83 phường cấp độ 1.",
            {"Cần Thơ": {"level": 2, "communes_at_level_1": 50, "communes_total": 83}},
        ),
    ],
)
def test_a_province_by_its_city_name_keeps_them(text, figures):
    assert _levels(text) == figures


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Chiều 12/12, Sở Y tế Hà Nội thông tin về một trường hợp mới mắc Covid-19 ở Cầu Giấy.", 1),
        ("Sáng 13/12, Hải Dương công bố 3 ca mới nhiễm COVID-19.", 3),
    ],
)
def test_new_before_the_verb(text, n):
    (figures,) = stats_by_province(text, _DAY, ("new_cases_24h",)).values()
    assert figures == {"new_cases_24h": n}


def test_none_new_is_no_count():
    text = "Hải Dương chưa ghi nhận trường hợp mới mắc Covid-19."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Báo cáo của TP Cần Thơ cho biết, số ca mắc đang gia tăng; TP đang ở cấp độ dịch 3.",
            {"Cần Thơ": {"level": 3}},
        ),
        ("Tại Long An, số ca giảm; tỉnh hiện ở cấp độ 2.", {"Long An": {"level": 2}}),
    ],
)
def test_the_province_by_its_kind_alone(text, figures):
    assert _levels(text) == figures


def test_a_count_of_provinces_at_a_level_is_no_provinces_level():
    text = "Cả nước có 18 tỉnh, thành phố ở cấp độ 2."
    assert _levels(text) == {}


def test_a_districts_wards_of_the_city_are_not_its_level():
    text = "Tại Cần Thơ, các phường của thành phố ở cấp độ 2 đã mở lại chợ."
    assert _levels(text) == {}
