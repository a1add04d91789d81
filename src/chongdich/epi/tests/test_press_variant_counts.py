"""Counts of one variant's cases ("163 ca mắc COVID-19 do biến thể Omicron", "thêm 5 trường
hợp nhiễm biến chủng Omicron") are neither the day's new cases nor a total of all cases, and
neither are the bare counts that split them, in the sentence or in one detailing it ("Cụ
thể, …"); a count that names all cases again ("27.311 ca mắc Covid-19") stands. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test25 and test26 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "cumulative_cases", "imported_cases")


def _stats(text):
    return stats_by_province(text, dt.date(2022, 1, 20), _FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        "Tin dịch bệnh.\nĐến nay, Việt Nam đã ghi nhận 140 ca mắc COVID-19 do biến thể Omicron, "
        "trong đó Hà Nội là địa phương nhiều nhất với 60 ca.",
        "Tin dịch bệnh.\nHiện cả nước đã ghi nhận 140 ca nhiễm biến chủng Omicron.\nCụ thể, Hà "
        "Nội ghi nhận 60 ca, Quảng Nam 30 ca, Đà Nẵng (20 ca), Khánh Hòa (10 ca).",
        "Tin dịch bệnh.\nNgày 20/1, Cần Thơ ghi nhận thêm 7 trường hợp nhiễm biến chủng "
        "Omicron, nâng tổng số ca Omicron tại thành phố lên 19 ca.",
        "Tin dịch bệnh.\nSáng 20/1, Hải Phòng phát hiện 12 ca mắc mới biến thể Delta tại hai quận.",
    ],
)
def test_one_variants_counts_are_no_case_counts(text):
    assert _stats(text) == {}


def test_a_count_of_all_cases_after_a_variants_stands():
    text = (
        "Tin dịch bệnh.\n90 ca nhiễm Omicron Bộ Y tế cho biết, ngày 20/1 cả nước ghi nhận "
        "thêm 16.000 ca mắc COVID-19 mới."
    )
    assert _stats(text) == {None: {"new_cases_24h": 16000}}


def test_a_list_of_all_cases_after_a_variant_sentence_stands():
    text = (
        "Tin dịch bệnh.\nCả nước có 140 ca nhiễm biến chủng Omicron.\n"
        "Ngày 20/1, cả nước ghi nhận 300 ca mắc mới tại Hà Nội (200), Quảng Nam (100)."
    )
    stats = _stats(text)
    assert stats["Hà Nội"] == {"new_cases_24h": 200}
    assert stats["Quảng Nam"] == {"new_cases_24h": 100}


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam reports 12 more Omicron variant infections\n\nHANOI, Dec. 30 (Xinhua) —"
        " Vietnamese health authorities on Thursday confirmed 12 more COVID-19 cases who were"
        " infected with the Omicron variant, bringing the total infections of the type to 13.",
    ],
)
def test_an_english_variants_count_is_no_days_nor_total(text):
    assert _stats(text) == {}


def test_an_english_total_of_all_cases_after_a_variants_stands():
    text = (
        "Vietnamese health authorities on Thursday confirmed 12 more COVID-19 cases who were"
        " infected with the Omicron variant. By Wednesday, Vietnam had confirmed a total of"
        " 1,700,000 COVID-19 infections, according to the country's health ministry."
    )
    assert _stats(text) == {None: {"cumulative_cases": 1700000}}
