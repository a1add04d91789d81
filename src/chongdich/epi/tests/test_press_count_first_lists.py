"""The day's count split by place with each count first, after "gồm": "Bộ Y tế công bố 9 ca
mắc mới …, gồm 8 ca ở Đà Nẵng, 1 ca ở Hà Nội", "gồm một trường hợp ở Hải Dương và 2 ca được
cách ly ngay sau khi nhập cảnh"; "Là các ca lây nhiễm trong cộng đồng, gồm …" makes them
community cases too. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test46 to test49 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_LEAD = "Ngày 26/7, Bộ Y tế công bố 11 ca mắc mới COVID-19. "


def _read(text):
    return stats_by_province(text, dt.date(2021, 7, 26), ("new_cases_24h", "community_cases"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Các ca bệnh gồm 7 ca ở Quảng Nam, 4 ca ở Quảng Ngãi.",
        "Các ca bệnh bao gồm 7 trường hợp tại tỉnh Quảng Nam và 4 trường hợp tại Quảng Ngãi.",
    ],
)
def test_each_places_count_first(sentence):
    read = _read(_LEAD + sentence)
    assert read["Quảng Nam"] == {"new_cases_24h": 7}
    assert read["Quảng Ngãi"] == {"new_cases_24h": 4}


def test_all_in_the_community():
    read = _read(_LEAD + "Là các ca lây nhiễm trong cộng đồng, gồm 7 ca ở Quảng Nam, 4 ca ở Huế.")
    assert read["Quảng Nam"] == {"new_cases_24h": 7, "community_cases": 7}
    assert read["Thừa Thiên Huế"] == {"new_cases_24h": 4, "community_cases": 4}


def test_one_place_and_the_imported():
    text = (
        "Tối 26/7, Bộ Y tế công bố 3 ca mắc mới, gồm một trường hợp ở Quảng Nam và 2 ca được "
        "cách ly ngay sau khi nhập cảnh."
    )
    assert _read(text)["Quảng Nam"] == {"new_cases_24h": 1}


@pytest.mark.parametrize(
    "sentence",
    [
        "Bệnh nhân gồm 7 người, sống ở Quảng Nam.",  # no count of cases
        "Đoàn công tác gồm 7 bác sĩ ở Quảng Nam và 4 bác sĩ ở Quảng Ngãi.",
        "Quảng Nam có 7 ca ở Tam Kỳ.",  # no "gồm"
    ],
)
def test_other_sentences_give_no_split(sentence):
    read = _read(_LEAD + sentence)
    assert "Quảng Nam" not in read and "Quảng Ngãi" not in read
