"""A list of places where one part of a count was found ("… 9 ca ghi nhận trong nước tại Hà
Nội, Bắc Ninh; 4 ca nhập cảnh …") names no subject for a clause after it: the later part is
the whole count's (here the country's), not the last or first province listed. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test17 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province


def _imported(text):
    got = stats_by_province(text, dt.date(2021, 5, 6), ("imported_cases",))
    return {p: r["imported_cases"] for p, r in got.items()}


@pytest.mark.parametrize(
    "text",
    [
        "Bản tin sáng 6/5 của Bộ Y tế cho biết có 13 ca mắc COVID-19, trong đó 9 ca ghi nhận "
        "trong nước tại Hà Nội, Bắc Ninh; 4 ca nhập cảnh đã cách ly ngay.",
        "Bản tin sáng 6/5 của Bộ Y tế cho biết có 13 ca mắc COVID-19, trong đó 9 ca ghi nhận "
        "trong nước tại Hà Nội và Bắc Ninh; 4 ca nhập cảnh đã cách ly ngay.",
        "Bản tin sáng 6/5 của Bộ Y tế cho biết có 13 ca mắc COVID-19, trong đó 9 ca ghi nhận "
        "trong nước ở Hà Nội, Đà Nẵng, Bắc Ninh; 4 ca nhập cảnh đã cách ly ngay.",
    ],
)
def test_the_later_part_is_the_whole_counts(text):
    assert _imported(text) == {None: 4}


def test_a_single_place_before_stays_the_subject():
    text = "Sáng 6/5, tại Kiên Giang ghi nhận 6 ca mắc COVID-19; 4 ca nhập cảnh đã cách ly ngay."
    assert _imported(text) == {"Kiên Giang": 4}
