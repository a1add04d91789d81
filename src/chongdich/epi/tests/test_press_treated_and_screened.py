"""Patients and cases by how they are held or found: those "đang được cách ly và điều trị"
are under treatment, cases "phát hiện qua lấy mẫu giám sát cộng đồng" are community cases
(found by screening, not suspects), communes "cấp độ dịch màu cam" are at a level, "địa
phương đang ở cấp độ 2" is the province's level, a cluster's recovered are not the
province's, and "trong ngày đã có 4 bệnh nhân khỏi bệnh" are the day's, no total. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test66
to test70 as development data (rules31)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_DAY = dt.date(2021, 11, 12)


def _stats(text: str, fields: tuple[str, ...]) -> dict:
    out = {}
    for s in extract_facts(text, _DAY, use_ner=False).province_stats:
        figures = {f: s[f] for f in fields if s.get(f) is not None}
        if figures:
            out[s["province"]] = figures
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiện Lai Châu có 208 bệnh nhân đang được cách ly và điều trị theo quy định.",
        "Tổng cộng Lai Châu có 208 ca đang cách ly và điều trị tại các cơ sở y tế.",
        "Tại Lai Châu, 208 trường hợp đang được điều trị.",
    ],
)
def test_patients_held_and_treated_are_under_treatment(sentence):
    assert _stats(sentence, ("under_treatment",)) == {"Lai Châu": {"under_treatment": 208}}


def test_people_held_apart_only_are_not_treated():
    text = "Hiện Lai Châu có 208 người đang được cách ly tập trung."
    assert _stats(text, ("under_treatment",)) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 11/11, Lai Châu có thêm 40 ca. Trong đó có 17 ca phát hiện qua lấy mẫu giám "
        "sát cộng đồng, 23 ca là F1.",
        "Ngày 11/11, Lai Châu có thêm 40 ca, trong đó 17 ca phát hiện qua giám sát cộng đồng.",
    ],
)
def test_cases_found_by_screening_are_community_cases(sentence):
    assert _stats(sentence, ("community_cases",)) == {"Lai Châu": {"community_cases": 17}}


def test_people_sampled_for_a_test_are_still_suspects():
    text = "Ngày 11/11, Lai Châu có 17 trường hợp nghi nhiễm trong cộng đồng đã được lấy mẫu."
    assert _stats(text, ("community_cases",)) == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lai Châu hiện có 4 xã, phường cấp độ dịch màu cam gồm: xã Bản Lang; 9 xã, phường "
            "cấp độ dịch màu vàng.",
            {"communes_at_level_3": 4, "communes_at_level_2": 9},
        ),
        ("Lai Châu có 12 xã màu đỏ.", {"communes_at_level_4": 12}),
    ],
)
def test_communes_at_a_level_by_its_colour(sentence, expected):
    fields = tuple(f"communes_at_level_{n}" for n in (1, 2, 3, 4))
    assert _stats(sentence, fields) == {"Lai Châu": expected}


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Ngành Y tế Lai Châu xác định, địa phương đang ở cấp độ 2 (tỷ lệ ca mắc thấp).", 2),
        ("Theo Sở Y tế Lai Châu, địa phương hiện ở cấp độ 3.", 3),
    ],
)
def test_the_place_by_its_kind_alone_at_a_level(sentence, level):
    assert _stats(sentence, ("level",)) == {"Lai Châu": {"level": level}}


def test_places_counted_at_a_level_are_not_the_province():
    text = "Lai Châu có 18 xã, các địa phương đang ở cấp độ 2 được nới lỏng."
    assert _stats(text, ("level",)) == {}


def test_a_clusters_recovered_are_not_the_provinces():
    text = (
        "Liên quan đến các chùm ca bệnh từ ngày 20/10 tại tỉnh Lai Châu có 310/402 bệnh nhân "
        "được ra viện."
    )
    assert _stats(text, ("recovered",)) == {}


def test_the_provinces_recovered_after_a_cluster_stay():
    text = (
        "Liên quan đến chùm ca bệnh ở xã Bản Lang có 40 ca; toàn tỉnh Lai Châu có 310 bệnh nhân "
        "đã khỏi bệnh."
    )
    assert _stats(text, ("recovered",)) == {"Lai Châu": {"recovered": 310}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 11/11, Lai Châu ghi nhận 6 ca mới; trong ngày đã có 04 bệnh nhân khỏi bệnh.",
        "Ngày 11/11, Lai Châu ghi nhận 6 ca mới, hôm nay cũng đã có 04 bệnh nhân khỏi bệnh.",
    ],
)
def test_the_days_recovered_after_da_co_are_no_total(sentence):
    assert _stats(sentence, ("recovered",)) == {}


def test_a_total_after_da_co_stays():
    text = "Đến nay, Lai Châu đã có 1.204 bệnh nhân khỏi bệnh."
    assert _stats(text, ("recovered",)) == {"Lai Châu": {"recovered": 1204}}
