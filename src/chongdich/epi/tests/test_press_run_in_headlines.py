"""A tag page's headline run into its teaser on one line, with the page's dateline between
them ("Sáng 6/5, thêm 5 ca mắc COVID-19 tại Hải Dương 06/05/2021 08:10 Báo X - Bản tin …
cho biết có 14 ca mắc …"): the headline's figure sums up, the teaser's stands. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test17 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts.shared import split_sentences
from chongdich.epi.tests.press_helpers import stats_by_province


@pytest.mark.parametrize("dateline", ["06/05/2021 08:10", "6/5/2021, 08:10"])
def test_the_teasers_count_replaces_the_headlines(dateline):
    text = (
        f"Sáng 6/5, thêm 5 ca mắc COVID-19 tại Hải Dương, Bắc Ninh {dateline} Báo Sức khỏe - "
        "Bản tin sáng ngày 6/5 của Bộ Y tế cho biết có 14 ca mắc COVID-19, trong đó 5 ca ghi "
        "nhận trong nước tại Hải Dương, Bắc Ninh; 9 ca nhập cảnh đã cách ly ngay."
    )
    got = stats_by_province(text, dt.date(2021, 5, 6), ("new_cases_24h", "imported_cases"))
    assert got == {None: {"new_cases_24h": 14, "imported_cases": 9}}


def test_the_dateline_ends_the_headlines_sentence():
    text = "Hà Giang thêm 3 ca mắc mới 12/07/2021 19:05 Báo Y - Sáng nay, tỉnh ghi nhận 3 ca."
    assert [s.text for s in split_sentences(text)] == [
        "Hà Giang thêm 3 ca mắc mới",
        "12/07/2021 19:05 Báo Y - Sáng nay, tỉnh ghi nhận 3 ca.",
    ]


def test_a_dateline_on_its_own_line_changes_nothing():
    text = "Hà Giang thêm 3 ca mắc mới\n12/07/2021 19:05\nSáng nay, tỉnh ghi nhận 3 ca."
    assert [s.text for s in split_sentences(text)] == [
        "Hà Giang thêm 3 ca mắc mới",
        "12/07/2021 19:05",
        "Sáng nay, tỉnh ghi nhận 3 ca.",
    ]
