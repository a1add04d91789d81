"""A day's count said after it to be all imported ("ghi nhận 6 ca mắc mới COVID-19 là người
nhập cảnh", "thêm 6 ca mắc mới (BN2001-2006) - là người nhập cảnh từ Nhật Bản", "06 ca mắc
mới: đều là các ca nhập cảnh") is its own `imported_cases` too, one all found in the
community ("…; đều qua sàng lọc trong cộng đồng") its `community_cases`; a part of it
("trong đó 2 ca là người nhập cảnh") stays the part. On texts invented for the test (not
taken from any corpus file). docs/INTAKE.md, "The dated bulletins of test71 to test79 as
development data (rules32)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _national(text: str) -> dict:
    rows = [s for s in extract_facts(text, use_ner=False).province_stats if s["province"] is None]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Y tế cho biết cả nước đã ghi nhận 6 ca mắc mới COVID-19 là người nhập cảnh được "
        "cách ly ngay.",
        "Trong ngày cả nước ghi nhận thêm 6 ca mắc mới Covid-19 (BN2001-2006) - là người nhập "
        "cảnh từ Nhật Bản.",
        "Thông tin ca mới: Việt Nam có 06 ca mắc mới (BN2001-2006): đều là các ca nhập cảnh, "
        "được cách ly ngay.",
        "Cả nước có thêm 6 ca mắc COVID-19, tất cả đều là người nhập cảnh.",
    ],
)
def test_a_day_all_imported_is_its_imported_count(text):
    national = _national(text)
    assert national["new_cases_24h"] == 6
    assert national["imported_cases"] == 6


@pytest.mark.parametrize(
    "text",
    [
        "Cả nước ghi nhận 6 ca mắc mới, trong đó 2 ca là người nhập cảnh.",
        "Cả nước ghi nhận 6 ca mắc mới, bao gồm 2 ca là người nhập cảnh.",
    ],
)
def test_a_part_stays_the_part(text):
    assert _national(text)["imported_cases"] == 2


@pytest.mark.parametrize(
    "tail",
    [
        "; đều qua sàng lọc trong cộng đồng",
        ", đều là các ca cộng đồng",
        ", tất cả đều được phát hiện tại cộng đồng",
        ", đều ghi nhận trong cộng đồng",
    ],
)
def test_a_day_all_in_the_community_is_its_community_count(tail):
    rows = extract_facts(
        f"Sáng 9/10, Hà Nam ghi nhận 6 ca dương tính mới với SARS-CoV-2{tail}.", use_ner=False
    ).province_stats
    assert rows[0]["new_cases_24h"] == 6
    assert rows[0]["community_cases"] == 6


def test_a_part_in_the_community_stays_the_part():
    rows = extract_facts(
        "Sáng 9/10, Hà Nam ghi nhận 6 ca mắc mới, trong đó 2 ca đều phát hiện tại cộng đồng.",
        use_ner=False,
    ).province_stats
    assert rows[0]["community_cases"] == 2
