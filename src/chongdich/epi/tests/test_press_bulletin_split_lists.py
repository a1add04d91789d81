"""A national bulletin's province list split into imported cases and cases caught at home,
on sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"test10 as development data"."""

import datetime as dt

from chongdich.epi.press_facts import extract_facts


def _stats(text):
    facts = extract_facts(text, dt.date(2021, 6, 12), use_ner=False)
    fields = ("new_cases_24h", "imported_cases", "local_cases")
    return {
        s["province"]: {f: s[f] for f in fields if s[f] is not None}
        for s in facts.province_stats
        if s["province"] and any(s[f] is not None for f in fields)
    }


def test_counts_in_brackets_with_their_noun_split_by_where_they_were_caught():
    text = (
        "Trong số 40 ca mới, có 6 ca nhập cảnh được cách ly ngay tại Khánh Hòa (2 ca), "
        "Tây Ninh (4 ca) và 34 ca ghi nhận trong nước tại Bắc Giang (20 ca), Khánh Hòa "
        "(5 ca), Lạng Sơn (9 ca)."
    )
    assert _stats(text) == {
        "Khánh Hòa": {"imported_cases": 2, "local_cases": 5},
        "Tây Ninh": {"imported_cases": 4},
        "Bắc Giang": {"new_cases_24h": 20},
        "Lạng Sơn": {"new_cases_24h": 9},
    }


def test_a_bracketed_count_with_another_noun_is_no_listed_count():
    text = "Đoàn công tác đã đến Khánh Hòa (2 ngày), Tây Ninh (4 ngày) để kiểm tra."
    assert _stats(text) == {}


def test_a_new_case_count_broken_down_by_province_after_trong_do():
    text = (
        "Tối 12-6, Bộ Y tế công bố 9 ca mắc mới, trong đó 5 ca ở Bắc Giang, ba ở Lạng Sơn "
        "và một ở Điện Biên. Các ca bệnh đã được cách ly."
    )
    assert _stats(text) == {
        "Bắc Giang": {"new_cases_24h": 5},
        "Lạng Sơn": {"new_cases_24h": 3},
        "Điện Biên": {"new_cases_24h": 1},
    }


def test_a_breakdown_of_recoveries_gives_no_new_cases():
    text = (
        "Ngày 12-6 có 9 bệnh nhân khỏi bệnh, trong đó 5 ca ở Bắc Giang, ba ở Lạng Sơn và "
        "một ở Điện Biên."
    )
    assert all("new_cases_24h" not in fields for fields in _stats(text).values())
