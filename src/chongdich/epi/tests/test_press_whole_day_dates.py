"""A day's count stated for "hôm nay" with the day's date in brackets after it ("Trong ngày
hôm nay (12/10), Huế ghi nhận 4 ca mắc COVID-19", "Hôm nay (12.10), …") or in a sentence
that opens "Hôm nay, …" is the day's count, as "Ngày hôm nay, … chỉ ghi nhận 9 ca" was; a
recovery or a count "hôm nay" names in the middle of a sentence is not. On texts invented for
the test (not taken from any corpus file). docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _row(text: str, province: str) -> dict:
    rows = [s for s in extract_facts(text, use_ner=False).province_stats if s["province"]]
    assert [r["province"] for r in rows] == [province]
    return rows[0]


@pytest.mark.parametrize(
    "head",
    [
        "Trong ngày hôm nay (12/10), ",
        "Ngày hôm nay (ngày 12.10), ",
        "Hôm nay (12-10), ",
        "Hôm nay, ",
    ],
)
def test_the_days_count_after_hom_nay_and_its_bracketed_date(head):
    text = f"{head}Thừa Thiên Huế ghi nhận 4 ca mắc COVID-19, chấm dứt 3 ngày không có ca mới."
    assert _row(text, "Thừa Thiên Huế")["new_cases_24h"] == 4


@pytest.mark.parametrize(
    "text",
    [
        # recoveries, not cases
        "Hôm nay (12/10), Thừa Thiên Huế ghi nhận 4 ca khỏi bệnh.",
        # "hôm nay" in the middle of the sentence, not its head
        "Theo báo cáo đến hôm nay (12/10), Thừa Thiên Huế chưa tiêm cho 4 ca F1.",
    ],
)
def test_no_days_count_otherwise(text):
    rows = extract_facts(text, use_ner=False).province_stats
    assert all(r.get("new_cases_24h") is None for r in rows)
