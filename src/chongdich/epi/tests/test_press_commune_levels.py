"""Communes per level, on texts invented for the test (not taken from any corpus file)."""

import datetime as dt

from chongdich.epi.press_facts import extract_facts

_FIELDS = ("communes_at_level_1", "communes_at_level_2", "communes_at_level_3")
_MORE = ("communes_at_level_4", "communes_total")


def _communes(text, home=None):
    facts = extract_facts(text, dt.date(2022, 1, 10), home_province=home, use_ner=False)
    return {
        s["province"]: {k: s[k] for k in (*_FIELDS, *_MORE) if s.get(k) is not None}
        for s in facts.province_stats
        if any(s.get(k) is not None for k in (*_FIELDS, *_MORE))
    }


def test_a_bulletins_commune_block_one_line_per_level_stops_at_the_districts():
    text = (
        "Sở Y tế cập nhật tình hình dịch tại Hà Tĩnh đến 17h ngày 9/1/2022\n\n"
        "1. CẤP ĐỘ DỊCH\n\n– CẤP XÃ:\n\n + Cấp 1: 150/216\n\n + Cấp 2: 60/216 (Kỳ Anh: 12)\n\n"
        " + Cấp 3: 6/216\n\n– CẤP HUYỆN:\n\n + Cấp 1: 9/13\n\n + Cấp 2: 4/13\n"
    )
    assert _communes(text) == {
        "Hà Tĩnh": {
            "communes_at_level_1": 150,
            "communes_at_level_2": 60,
            "communes_at_level_3": 6,
            "communes_total": 216,
        }
    }


def test_a_decisions_commune_clause_level_first_then_count():
    text = (
        "Ngày 5/1/2022, UBND tỉnh Hà Tĩnh ban hành quyết định phân loại cấp độ dịch như sau:\n"
        "1. Đối với cấp xã: Cấp 1 - Nguy cơ thấp (vùng xanh): 200 đơn vị; "
        "Cấp 2 - Nguy cơ trung bình (vùng vàng): 16 đơn vị.\n"
        "2. Đối với cấp huyện: Cấp 1: 13 đơn vị.\n"
    )
    assert _communes(text) == {"Hà Tĩnh": {"communes_at_level_1": 200, "communes_at_level_2": 16}}


def test_a_table_gives_the_count_before_the_level():
    text = (
        "Phân loại cấp độ dịch trên địa bàn tỉnh Hà Tĩnh\n\n"
        "Quy mô cấp xã, phường, thị trấn\n\n180 đơn vị\n\nCấp 1\n\n30 đơn vị\n\nCấp 2\n\n"
        "06 đơn vị (Kỳ Lạc, Kỳ Tây)\n\nCấp 3\n"
    )
    assert _communes(text) == {
        "Hà Tĩnh": {"communes_at_level_1": 180, "communes_at_level_2": 30, "communes_at_level_3": 6}
    }


def test_a_provincial_outlets_block_without_a_province_goes_to_the_outlets():
    text = "Cấp độ dịch mới nhất.\n\nCấp xã:\n+ Cấp 1: 80/90\n+ Cấp 2: 10/90\n"
    assert _communes(text, home="Hà Tĩnh") == {
        "Hà Tĩnh": {"communes_at_level_1": 80, "communes_at_level_2": 10, "communes_total": 90}
    }


def test_all_communes_and_districts_back_at_one_level():
    text = (
        "Trong tuần, toàn tỉnh Hà Tĩnh có 216/216 xã, phường, thị trấn; 13/13 huyện, thị xã "
        "đều ở cấp độ 1."
    )
    assert _communes(text) == {"Hà Tĩnh": {"communes_at_level_1": 216, "communes_total": 216}}


def _level(text, home=None):
    facts = extract_facts(text, dt.date(2022, 1, 10), home_province=home, use_ner=False)
    return {s["province"]: (s.get("level"), s.get("as_of")) for s in facts.province_stats}


def test_the_provinces_own_scale_line_states_its_level_and_the_decision_dates_it():
    text = (
        "Ngày 3/1/2022, UBND tỉnh Hà Tĩnh ban hành quyết định phân loại cấp độ dịch:\n\n"
        "1. Đối với cấp xã: Cấp 1 - Nguy cơ thấp (vùng xanh): 200 đơn vị\n\n"
        "2. Đối với cấp tỉnh: Cấp 1 - Nguy cơ thấp (vùng xanh)\n\n"
        "Điều 2. Thời gian áp dụng các nội dung tại Điều 1 từ 18h00 ngày 4/1/2022.\n"
    )
    assert _level(text)["Hà Tĩnh"] == (1, "2022-01-04")
    bulletin = "Tình hình dịch tại Hà Tĩnh.\n\n– CẤP HUYỆN:\n + Cấp 1: 13/13\n\n– CẤP TỈNH: Cấp 2\n"
    assert _level(bulletin)["Hà Tĩnh"][0] == 2


def test_a_commune_count_with_a_thousands_dot_is_read_whole():
    text = (
        "Tính đến ngày 8/1, tỉnh Nghệ An có 1.012 xã, phường là vùng xanh và 3/1.460 "
        "xã ở cấp độ 4; Hà Tĩnh có 2.005 đơn vị cấp 2."
    )
    assert _communes(text)["Nghệ An"]["communes_at_level_1"] == 1012
    assert _communes(text)["Nghệ An"]["communes_total"] == 1460


def test_the_countrys_communes_per_level_are_not_a_provinces():
    text = "Cả nước hiện có 8.120 xã, phường là vùng xanh và 35 xã, phường ở cấp độ 4."
    assert _communes(text) == {}
