"""A wave's total ("trong đợt dịch thứ 4", "từ 27/4 đến nay", under a heading "Đợt dịch
thứ 4 (…):") and a rounded one ("hơn 2,24 triệu") are the total only when the article
gives no other: a total of the whole epidemic later in it ("Từ đầu dịch đến nay, có N ca
được điều trị khỏi", "Tổng số ca được điều trị khỏi: N ca", "Việt Nam chữa khỏi cho N ca
bệnh") replaces them. On texts invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test14 and test15 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _national(text):
    facts = extract_facts(text, dt.date(2021, 9, 30), use_ner=False)
    (record,) = [s for s in facts.province_stats if s["province"] is None]
    return record


@pytest.mark.parametrize(
    ("text", "recovered"),
    [
        (
            "Trong đợt dịch thứ 4, cả nước ghi nhận 760.112 ca, trong đó 650.287 bệnh nhân đã "
            "khỏi bệnh. Từ đầu dịch đến nay, có 653.904 ca được điều trị khỏi.",
            653904,
        ),
        (
            "Đợt dịch thứ 4 (từ ngày 27/4/2021 đến nay):\n"
            "Số ca nhiễm mới ghi nhận trong nước là 760.112 ca, trong đó có 650.287 bệnh nhân "
            "đã được công bố khỏi bệnh.\nTổng số ca được điều trị khỏi: 653.904 ca",
            653904,
        ),
        (
            "Bộ Y tế cho biết đã có hơn 6,5 triệu bệnh nhân khỏi bệnh. "
            "Tổng số bệnh nhân được điều trị khỏi là 6.512.345 người.",
            6512345,
        ),
        (
            "Số ca mắc trong nước kể từ 27/4 đến nay là 760.112 ca, trong đó có 650.287 bệnh "
            "nhân đã được công bố khỏi bệnh. Theo Tiểu ban Điều trị, Việt Nam chữa khỏi cho "
            "653.904 ca bệnh.",
            653904,
        ),
    ],
)
def test_a_total_of_the_whole_epidemic_replaces_a_waves(text, recovered):
    assert _national(text)["recovered"] == recovered


# Negatives: a later figure that is no total of the whole epidemic replaces nothing.


def test_a_waves_total_stands_when_the_article_gives_no_other():
    text = (
        "Trong đợt dịch thứ 4, cả nước ghi nhận 760.112 ca, trong đó 650.287 bệnh nhân đã "
        "khỏi bệnh. Trong ngày có 12.000 ca khỏi bệnh."
    )
    assert _national(text)["recovered"] == 650287


def test_a_whole_total_does_not_replace_a_figure_that_was_no_waves():
    text = (
        "Tính đến ngày 29/9, Việt Nam có 653.904 bệnh nhân đã khỏi bệnh. "
        "Từ đầu dịch đến nay, có 12.000 ca khỏi bệnh tại các bệnh viện dã chiến."
    )
    assert _national(text)["recovered"] == 653904
