"""A list of provinces under a level's heading goes on past a name's bracketed note ("… màu
vàng … như: Bến Tre (do tỷ lệ … đạt 60%), Cà Mau, Gia Lai"); a list with no heading still
stops at a note, and a note's own province ends the run. On texts invented for the test (not
taken from any corpus file). docs/INTAKE.md, "The dated bulletins of test71 to test79 as
development data (rules32)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _levels(text: str) -> dict:
    rows = extract_facts(text, use_ner=False).province_stats
    return {s["province"]: s.get("level") for s in rows if s.get("level") is not None}


@pytest.mark.parametrize(
    "note",
    ["(do tỷ lệ người cao tuổi tiêm đủ 2 mũi thấp)", "(mới chuyển màu)", "(toàn tỉnh)"],
)
def test_the_list_goes_on_past_a_note(note):
    text = (
        "Có những địa phương toàn tỉnh màu vàng - không có xã, phường nào màu đỏ như: "
        f"Bến Tre {note}, Cà Mau, Gia Lai, Nam Định."
    )
    levels = _levels(text)
    assert {name: levels.get(name) for name in ("Bến Tre", "Cà Mau", "Gia Lai", "Nam Định")} == {
        "Bến Tre": 2,
        "Cà Mau": 2,
        "Gia Lai": 2,
        "Nam Định": 2,
    }


def test_a_list_without_heading_still_stops_at_a_note():
    text = "Các tỉnh Bến Tre (đã họp), Cà Mau và Gia Lai cũng báo cáo tình hình dịch."
    assert _levels(text) == {}
