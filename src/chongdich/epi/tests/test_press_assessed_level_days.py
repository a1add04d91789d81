"""A level whose sentence opens with the assessment and then its day ("Theo đánh giá về cấp
độ dịch, ngày 20/1, tỉnh Lào Cai ở cấp độ 2", "Theo kết quả đánh giá, ngày 20/1, …") is as
of that day, as one whose sentence opens "Ngày 20/1, …" is; a day elsewhere in a longer
clause does not date it. On texts invented for the test (not taken from any corpus file).
docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _row(text: str) -> dict:
    rows = extract_facts(text, use_ner=False, published=dt.date(2022, 1, 21)).province_stats
    rows = [r for r in rows if r["province"] == "Lào Cai"]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize(
    "opening",
    [
        "Theo đánh giá về cấp độ dịch, ngày 20/1, ",
        "Theo kết quả đánh giá, ngày 20/1, ",
        "Theo đánh giá của Sở Y tế, ngày 20/1, ",
    ],
)
def test_the_assessed_level_is_as_of_its_day(opening):
    row = _row(f"{opening}tỉnh Lào Cai ở cấp độ 2 trong phòng, chống dịch COVID-19.")
    assert row["level"] == 2
    assert row["as_of"] == "2022-01-20"


def test_a_day_inside_a_longer_clause_does_not_date_it():
    row = _row(
        "Theo đánh giá của đoàn công tác đã họp với nhiều sở ngành địa phương trong tuần, ngày "
        "20/1, tỉnh Lào Cai ở cấp độ 2."
    )
    assert row["as_of"] != "2022-01-20"
