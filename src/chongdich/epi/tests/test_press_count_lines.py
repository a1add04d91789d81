"""A bulletin's list of one line per province ("- 9 ca tại Bắc Ninh: …", "+ 12 trường hợp
ở TP. HCM", "• Hà Tĩnh: 10 ca", "1. 7 ca mắc mới tại Hải Dương"): each line is that
province's new cases of the day, its imported cases when the line says they came from
abroad; with or without a date. On texts invented for the test (not taken from any corpus
file). docs/INTAKE.md, "test14 and test15 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _stats(text, published=None):
    facts = extract_facts(text, published, use_ner=False)
    return {
        (s["province"], key): value
        for s in facts.province_stats
        for key, value in s.items()
        if key in {"new_cases_24h", "imported_cases", "cumulative_cases"} and value
    }


@pytest.mark.parametrize(
    "text",
    [
        "Chi tiết các ca bệnh mới:\n- 17 ca tại Hải Dương: 15 ca F1.\n- 4 ca tại Quảng Ninh.",
        "Các ca mắc mới trong ngày:\n+ 17 trường hợp ở tỉnh Hải Dương\n+ 4 trường hợp ở Quảng Ninh",
        "Danh sách theo địa phương:\n• Hải Dương: 17 ca (đều là F1)\n• Quảng Ninh: 4 ca",
        "Bộ Y tế cho biết:\n1. 17 ca mắc mới tại Hải Dương, liên quan ổ dịch công ty.\n\n"
        "2. 4 ca mắc mới tại Quảng Ninh, đang điều tra dịch tễ.",
    ],
)
def test_each_line_is_its_provinces_new_cases(text):
    assert _stats(text) == {
        ("Hải Dương", "new_cases_24h"): 17,
        ("Quảng Ninh", "new_cases_24h"): 4,
    }


def test_a_line_of_cases_from_abroad_is_imported():
    text = (
        "Thông tin các ca bệnh:\n- 6 ca tại Kiên Giang: liên quan chợ đầu mối.\n"
        "- 2 ca tại Quảng Nam: cách ly ngay sau khi nhập cảnh."
    )
    assert _stats(text) == {
        ("Kiên Giang", "new_cases_24h"): 6,
        ("Quảng Nam", "imported_cases"): 2,
    }


def test_a_dated_list_dates_its_lines():
    text = "Sáng 12/5, các ca mắc mới gồm:\n- 6 ca tại Kiên Giang.\n- 3 ca tại An Giang."
    facts = extract_facts(text, dt.date(2021, 5, 12), use_ner=False)
    dates = {s["province"]: s["as_of"] for s in facts.province_stats}
    assert dates == {"Kiên Giang": "2021-05-12", "An Giang": "2021-05-12"}


# Negatives: what must give no fact.


def test_a_single_line_is_no_list():
    assert _stats("Ghi nhận:\n- 6 ca tại Kiên Giang đã khỏi bệnh trong tuần trước") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Các ca tử vong:\n- 6 ca tại Kiên Giang.\n- 3 ca tại An Giang.",
        "Tổng số ca tích lũy theo địa phương:\n- Kiên Giang: 612 ca\n- An Giang: 340 ca",
    ],
)
def test_a_list_of_deaths_or_totals_gives_no_new_cases(text):
    assert not {key for key in _stats(text) if key[1] == "new_cases_24h"}


def test_a_list_in_a_window_of_hours_gives_no_days_count():
    text = "Từ 6h đến 12h ngày 12/5, ghi nhận:\n- 6 ca tại Kiên Giang.\n- 3 ca tại An Giang."
    assert _stats(text, dt.date(2021, 5, 12)) == {}


def test_a_district_line_is_no_province():
    text = "Các ca mới:\n- 6 ca tại huyện Phú Quốc.\n- 3 ca tại thị xã Tân Châu."
    assert _stats(text) == {}
