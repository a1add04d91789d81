"""A Vietnamese page that copies a figure grouped by commas twice or more ("1,234,567 ca
nhiễm") reads the whole number, never its tail ("234,567"); one comma stays what it was. On
texts invented for the test (not taken from any corpus file). docs/INTAKE.md, "The dated
bulletins of test71 to test79 as development data (rules32)"."""

import re

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.vn_numbers import NUMBER_PATTERN, parse_count


@pytest.mark.parametrize(
    ("written", "value"),
    [("1,234,567", 1234567), ("12,345,678", 12345678), ("1.234.567", 1234567), ("2,5", None)],
)
def test_the_whole_number_is_matched(written, value):
    match = re.search(NUMBER_PATTERN, f"có {written} ca")
    assert match and match.group() == written
    if value is not None:
        assert parse_count(written) == value


def test_a_list_of_small_numbers_is_not_one_number():
    assert re.search(NUMBER_PATTERN, "1,2,3").group() == "1,2"


@pytest.mark.parametrize("written", ["1,234,567", "1.234.567"])
def test_the_countrys_total_is_read_whole(written):
    text = f"Như vậy, kể từ đầu dịch đến nay, Việt Nam có {written} ca nhiễm."
    rows = extract_facts(text, use_ner=False).province_stats
    assert rows and rows[0]["cumulative_cases"] == 1234567
