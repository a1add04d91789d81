"""A list of one line per province with no bullet ("Hải Dương: 17 ca", "Quảng Ninh: Có 4 ca
nhiễm.", "Tỉnh này có số ca nhiễm 9 người", "Bắc Kạn 7 ca."): the line above says which
count — the day's new cases, or each province's count to date when it names "số ca" with no
day or writes "tích lũy". On texts invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test20, test21, test23, test24 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "cumulative_cases", "deaths")


def _stats(text):
    return stats_by_province(text, dt.date(2021, 9, 3), _FIELDS)


@pytest.mark.parametrize(
    "lines",
    [
        "Hải Dương: 170 ca nhiễm.\nQuảng Ninh: 40 ca mắc.\nBắc Kạn: 7 ca.",
        "Hải Dương: Tỉnh này có số ca nhiễm 170 người.\nQuảng Ninh: Có 40 ca nhiễm.\nBắc Kạn 7 ca.",
        "- Hải Dương: 170 ca\n- Quảng Ninh: 40 ca\n- Bắc Kạn: 7 ca",
    ],
)
@pytest.mark.parametrize(
    "head",
    [
        "Cụ thể số ca mắc ở các tỉnh như sau:",
        "Số ca nhiễm của từng địa phương:",
        "Tổng số ca tích lũy theo địa phương:",
    ],
)
def test_a_list_of_counts_with_no_day_gives_totals(head, lines):
    assert _stats(f"Tình hình dịch ở các tỉnh phía Bắc.\n{head}\n{lines}") == {
        "Hải Dương": {"cumulative_cases": 170},
        "Quảng Ninh": {"cumulative_cases": 40},
        "Bắc Kạn": {"cumulative_cases": 7},
    }


@pytest.mark.parametrize(
    "head",
    ["Số ca mắc mới theo địa phương:", "Số ca nhiễm trong ngày ở các tỉnh:", "Danh sách:"],
)
def test_a_list_of_the_days_counts_gives_new_cases(head):
    text = f"Tình hình dịch hôm nay.\n{head}\nHải Dương: 17 ca\nQuảng Ninh: 4 ca"
    assert _stats(text) == {
        "Hải Dương": {"new_cases_24h": 17},
        "Quảng Ninh": {"new_cases_24h": 4},
    }


# Negatives: what must give no fact.


def test_a_single_line_or_prose_lines_are_no_list():
    assert _stats("Số ca mắc ở các tỉnh như sau:\nHải Dương: 170 ca nhiễm.") == {}
    prose = (
        "Hải Dương có 170 ca nhiễm, phần lớn ở khu công nghiệp.\n"
        "Quảng Ninh có 40 ca nhiễm, đều đã được cách ly."
    )
    assert _stats(prose) == {}


def test_a_list_of_deaths_gives_no_cases():
    text = "Số ca tử vong ở các tỉnh như sau:\nHải Dương: 17 ca\nQuảng Ninh: 4 ca"
    assert _stats(text) == {}
