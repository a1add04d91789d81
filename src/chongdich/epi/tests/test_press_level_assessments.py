"""A province's level in its own assessment ("tỉnh Hà Nam đã đánh giá, xác định cấp độ dịch
trên địa bàn tỉnh thuộc cấp độ 2", "Hà Nam xác định cấp độ dịch của tỉnh là cấp độ 2"): the
province's `level`. On texts invented for the test (not taken from any corpus file).
docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Nghị quyết của Chính phủ, tỉnh Hà Nam đã đánh giá, xác định cấp độ dịch "
        "trên địa bàn tỉnh thuộc cấp độ 2 (nguy cơ trung bình).",
        "Hà Nam xác định cấp độ dịch của tỉnh là cấp độ 2.",
        "Hà Nam đã đánh giá và xác định cấp độ dịch toàn tỉnh ở cấp độ 2.",
    ],
)
def test_a_provinces_own_assessment(text):
    rows = [s for s in extract_facts(text, use_ner=False).province_stats if s["province"]]
    assert [(r["province"], r["level"]) for r in rows] == [("Hà Nam", 2)]


def test_a_level_the_province_does_not_name_as_its_own_stays_out():
    text = "Hà Nam đã đánh giá, xác định cấp độ dịch cho 5 xã thuộc cấp độ 3."
    rows = extract_facts(text, use_ner=False).province_stats
    assert all(r.get("level") != 3 for r in rows)
