"""A provincial bulletin's totals written with their labels apart: a sentence broken over
lines by a portal's hard wrapping ("Đến 17h00 ngày 5/4/2023,\\ntỉnh Bắc Kạn ghi nhận …"); a
label and its count with nothing between ("Tổng số ca khỏi bệnh 40."); the day a total
stands at between its label and its count ("Tổng số tử vong lũy kế đến ngày 5/4/2023: 30
ca"); the hour and day opening a sentence of discharges ("Đến 17h00 ngày 5/4/2023, có 9.000
trường hợp được công bố khỏi bệnh"); a standing count split after "trong đó" ("Toàn tỉnh
hiện có 1.100 ca nhiễm COVID-19, trong đó …": the total, not the day's). On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Statistics of
test63 to test65 and thin pages as development data (rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts.hard_wraps import with_hard_wraps_joined
from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2023, 4, 5)
_TOTALS = ("cumulative_cases", "recovered", "deaths", "under_treatment", "new_cases_24h")

_WRAPPED = (
    "Từ 17h00 ngày 4/4/2023 đến 17h00 ngày 5/4/2023, tỉnh Bắc Kạn ghi nhận thêm 02 trường "
    "hợp mắc COVID-19 mới.\n"
    "Đến 17h00 ngày 5/4/2023,\n"
    "tỉnh Bắc Kạn ghi nhận 9.100 trường hợp dương tính với SARS-CoV-2,\n"
    "trong đó có 9.000 trường hợp mắc được ghi nhận tại các địa\n"
    "phương trong tỉnh.\n"
    "Trong ngày 5/4/2023, không có trường hợp đủ điều kiện công bố khỏi\n"
    "bệnh.\n"
    "Đến 17h00 ngày 5/4/2023, có 9.050 trường hợp được\n"
    "công bố khỏi bệnh. Tổng\n"
    "số tử vong lũy kế đến ngày 5/4/2023: 30 ca.\n"
)


def test_a_hard_wrapped_bulletin():
    got = stats_by_province(_WRAPPED, _DAY, _TOTALS)
    assert got == {
        "Bắc Kạn": {
            "new_cases_24h": 2,
            "cumulative_cases": 9100,
            "recovered": 9050,
            "deaths": 30,
        }
    }


def test_wraps_keep_the_texts_length():
    assert len(with_hard_wraps_joined(_WRAPPED)) == len(_WRAPPED)


@pytest.mark.parametrize(
    "text",
    [
        # a list of places, one to a line, lower-case after a word
        "Các ca mắc mới gồm\nhuyện Ba Bể 2 ca\nhuyện Na Rì 1 ca\nthành phố Bắc Kạn 3 ca\nxã Cư Lễ",
        # two breaks only: a page of short lines, not a wrapped one
        "Tỉnh Bắc Kạn\nghi nhận 2 ca\nmắc mới.",
    ],
)
def test_lines_that_are_no_wraps_stay(text):
    assert with_hard_wraps_joined(text) == text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tỉnh Bắc Kạn: tổng số ca khỏi bệnh 40.", {"recovered": 40}),
        ("Tỉnh Bắc Kạn: tổng số ca khỏi bệnh 40 ca; tổng số ca tử vong 2 ca.", {"recovered": 40}),
        ("Tại Bắc Kạn, số ca đang đang được điều trị, theo dõi là 900.", {"under_treatment": 900}),
        ("Tại Bắc Kạn, tổng số tử vong lũy kế đến ngày 5/4/2023: 30 ca.", {"deaths": 30}),
    ],
)
def test_labels_next_to_their_counts(sentence, expected):
    got = stats_by_province(sentence, _DAY, tuple(expected))
    assert got == {"Bắc Kạn": expected}


def test_a_bare_label_before_a_comma_is_not_read():
    # ("Tổng số người khỏi bệnh 40, số người tử vong … là 2": the sentence runs on, its
    # subject may be another's)
    text = "Tỉnh Bắc Kạn: tổng số người khỏi bệnh 40, số người tử vong là 2."
    assert stats_by_province(text, _DAY, ("recovered",)) == {}


def test_a_standing_count_split_is_the_total_not_the_days():
    text = (
        "Toàn tỉnh Bắc Kạn hiện có 1.100 ca nhiễm COVID-19, trong đó số ca trong khu cách ly "
        "là 700; số ca phát hiện trong cộng đồng là 400."
    )
    got = stats_by_province(text, _DAY, ("cumulative_cases", "new_cases_24h"))
    assert got == {"Bắc Kạn": {"cumulative_cases": 1100}}


def test_a_windows_discharges_stay_out():
    text = (
        "Từ 17h00 ngày 4/4/2023 đến 17h00 ngày 5/4/2023, tỉnh Bắc Kạn ghi nhận thêm 2 ca mắc "
        "mới. Trong ngày có 12 trường hợp được công bố khỏi bệnh."
    )
    assert stats_by_province(text, _DAY, ("recovered",)) == {}
