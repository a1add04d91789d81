"""A flattened table of new cases by province whose header is broken over lines before its
rows, on tables invented for the test (not taken from any corpus file). docs/INTAKE.md,
"test11 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _new_cases(text):
    facts = extract_facts(text, dt.date(2022, 4, 9), use_ner=False)
    return {
        s["province"]: s["new_cases_24h"]
        for s in facts.province_stats
        if s["province"] and s["new_cases_24h"] is not None
    }


@pytest.mark.parametrize(
    "text",
    [
        # the header cut after each word pair, a total row before the provinces
        "Bộ Y tế cập nhật số ca mắc ngày 9/4.\nTỉnh Ca nhiễm mới\nhôm nay Tổng\nsố ca\n"
        "TỔNG +20.115 9.870.000 1 Quảng Ninh +2.310 250.400 2 Thái Bình +1.975 180.212",
        # a rank column first, a death column after
        "STT Địa phương Ca mắc mới\ntrong ngày Tổng\nca mắc Tử\nvong\n"
        "1 Quảng Ninh +2.310 250.400 120 2 Thái Bình +1.975 180.212 45",
        # the header on one line of its own, the rows on the next
        "Số liệu theo địa phương (Ca nhiễm mới, Tổng ca nhiễm, Tử vong):\n"
        "Quảng Ninh +2.310 250.400 120 Thái Bình +1.975 180.212 45",
    ],
)
def test_a_table_header_broken_over_lines_still_heads_its_rows(text):
    assert _new_cases(text) == {"Quảng Ninh": 2310, "Thái Bình": 1975}


def test_rows_far_below_an_unrelated_new_case_phrase_are_no_table():
    text = (
        "Hôm qua Quảng Ninh có ca nhiễm mới ở một trường học, được cách ly ngay trong đêm để "
        "truy vết các học sinh cùng lớp và giáo viên chủ nhiệm của lớp.\n"
        "Điểm thi đua: Quảng Ninh +12 điểm 30 lượt, Thái Bình +9 điểm 20 lượt."
    )
    assert "Thái Bình" not in _new_cases(text)
