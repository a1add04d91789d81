"""A provincial bulletin's numbered labels, on texts invented for the test (not taken from
any corpus file)."""

import datetime as dt

from chongdich.epi.press_facts import extract_facts


def _stats(text):
    facts = extract_facts(text, dt.date(2022, 3, 2), use_ner=False)
    keys = ("new_cases_24h", "cumulative_cases", "deaths")
    return {
        s["province"]: {k: s[k] for k in keys if s.get(k) is not None} for s in facts.province_stats
    }


def test_numbered_labels_for_the_days_cases_and_the_total_deaths():
    text = (
        "Sở Y tế thông tin tình hình dịch COVID-19 tại Hà Giang tính đến 17h00 ngày 1/3/2022\n\n"
        "1. Ghi nhận trong ngày: 812 ca.\n\n2. Số tử vong trong ngày: 1 ca.\n\n"
        "3. Tổng số tử vong tích lũy: 23 ca.\n"
    )
    assert _stats(text) == {"Hà Giang": {"new_cases_24h": 812, "deaths": 23}}


def test_the_days_new_cases_called_a_total_are_not_the_cumulative_count():
    text = (
        "Tình hình dịch tại Hà Giang ngày 1/3/2022.\n\n"
        "* Tổng số ca mắc mới khẳng định: 412 ca. Trong đó có 12 ca đã cách ly.\n\n"
        "* Lũy tích ca F0: từ 2020 đến nay: 15.022; từ 2021 đến nay: 15.001.\n"
    )
    assert _stats(text)["Hà Giang"].get("cumulative_cases") == 15_022


def test_a_count_to_date_written_in_f0_ends_its_clause():
    text = "Tính đến nay, tỉnh Hà Giang có 3.412 ca F0. Hiện đang điều trị 930 ca."
    assert _stats(text)["Hà Giang"].get("cumulative_cases") == 3412
