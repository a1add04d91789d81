"""Numbers written in ways a count cannot be read from never stop the reader: a count
grouped with English thousands commas is read as its thousands, a fraction where a count
was looked for (a rate, an average) gives no count, and no article fails because of one."""

import datetime as dt
import re
from pathlib import Path

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.tests.press_helpers import stats_by_province
from chongdich.epi.vn_numbers import parse_count

DAY = dt.date(2021, 10, 31)
DEV = Path(__file__).resolve().parents[2] / "data" / "press_corpus" / "dev"


@pytest.mark.parametrize(
    ("written", "count"),
    [("834,394", 834_394), ("2,828", 2_828), ("1,000", 1_000), ("1,234,567", 1_234_567)],
)
def test_a_count_grouped_with_commas_reads_as_its_thousands(written, count):
    assert parse_count(written) == count


@pytest.mark.parametrize("written", ["1,5", "46,5", "2,82", "12,3456"])
def test_a_fraction_is_still_no_count(written):
    with pytest.raises(ValueError):
        parse_count(written)


def test_a_bulletin_written_with_thousands_commas_reads_its_figures():
    text = (
        "Sáng 31/10, Sở Y tế Bạc Liêu cho biết trong 24 giờ qua tỉnh ghi nhận 1,414 ca "
        "dương tính, nâng tổng số ca nhiễm lên 12,828 ca."
    )
    stats = stats_by_province(text, DAY)
    assert stats["Bạc Liêu"]["new_cases_24h"] == 1414
    assert stats["Bạc Liêu"]["cumulative_cases"] == 12828


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỷ lệ mắc của Bạc Liêu là 46,5 ca/100.000 dân.",
        "Bình quân mỗi ngày Bạc Liêu ghi nhận 1,5 ca mắc mới.",
        "Tính đến nay Bạc Liêu có 2,5 trường hợp trên mỗi nghìn dân được xét nghiệm.",
    ],
)
def test_a_rate_where_a_count_was_looked_for_gives_no_count_and_no_error(sentence):
    assert extract_facts(sentence, DAY).province_stats == []


def test_the_day_count_beside_a_rate_still_reads():
    text = "Bạc Liêu ghi nhận 414 ca mắc mới. Tỷ lệ mắc của tỉnh là 46,5 ca/100.000 dân."
    assert stats_by_province(text, DAY)["Bạc Liêu"]["new_cases_24h"] == 414


def _commas_for_dots(text: str) -> str:
    return re.sub(r"(\d)\.(\d{3})\b", r"\1,\2", text)


def _half_counts(text: str) -> str:
    return re.sub(r"(?<![\d.,])(\d{1,3})(?= (?:ca|trường hợp|người|liều|máy|cases))", r"\1,5", text)


@pytest.mark.parametrize("rewrite", [_commas_for_dots, _half_counts])
def test_no_development_article_fails_when_its_numbers_are_written_otherwise(rewrite):
    for path in sorted(DEV.glob("*.txt")):
        extract_facts(rewrite(path.read_text(encoding="utf-8")), DAY)  # must not raise


def test_a_fraction_among_counts_given_in_order_gives_no_count_and_no_error():
    text = "Tiền Giang và Bình Dương cũng phát hiện thêm nhiều ca bệnh với lần lượt 7,5 và 3 ca."
    assert extract_facts(text, DAY).province_stats == []
