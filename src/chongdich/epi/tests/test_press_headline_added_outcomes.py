"""A headline or sentence that opens "Thêm N ca tử vong …" / "Thêm N bệnh nhân khỏi bệnh …"
gives the day's deaths or recoveries, which have no field, as "… ghi nhận thêm N ca tử vong"
does; the total the body gives after it stands. On texts invented for the test (not taken
from any corpus file). docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _rows(text: str) -> list[dict]:
    return [s for s in extract_facts(text, use_ner=False).province_stats if s["province"]]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Thêm 3 ca tử vong do COVID-19 tại Long An", "deaths"),
        ("Thêm 3 bệnh nhân tử vong tại Long An, nâng cao cảnh giác", "deaths"),
        ("Thêm 12 bệnh nhân khỏi bệnh tại Long An", "recovered"),
    ],
)
def test_a_headlines_added_outcome_is_the_days(text, field):
    assert all(r.get(field) is None for r in _rows(text))


def test_the_bodys_total_after_it_stands():
    text = (
        "Thêm 1 ca tử vong do COVID-19 tại Long An. Long An vừa ghi nhận thêm 1 ca tử vong. "
        "Cùng với ca tử vong hôm 3/5, trên địa bàn tỉnh này đã có 4 bệnh nhân tử vong."
    )
    assert [r["deaths"] for r in _rows(text)] == [4]
