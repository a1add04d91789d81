"""Communes per level under a scale named by its units ("quy mô xã/phường/thị trấn"),
the level first and "gồm" before the count, on text invented for the test (not taken from
any corpus file). docs/INTAKE.md, "test10 as development data"."""

import datetime as dt

from chongdich.epi.press_facts import extract_facts


def _communes(text):
    facts = extract_facts(text, dt.date(2022, 2, 20), use_ner=False)
    return {
        s["province"]: {
            level: s[f"communes_at_level_{level}"]
            for level in (1, 2, 3, 4)
            if s.get(f"communes_at_level_{level}") is not None
        }
        for s in facts.province_stats
    }


def test_a_units_scale_with_level_first_lines_and_named_communes():
    text = (
        "Cấp độ dịch COVID-19 tỉnh Hưng Yên (18/02/2022)\n\n"
        "Cấp độ dịch theo quy mô xã/phường/thị trấn:\n\n"
        "  • Cấp độ 3 gồm 04 xã/phường: 02 phường thuộc TP Hưng Yên (An Tảo, Hiến Nam) và "
        "02 xã thuộc huyện Văn Lâm (Lạc Hồng, Chỉ Đạo).\n"
        + "  • Cấp độ 2 gồm 12 xã/phường/thị trấn: "
        + "; ".join(f"01 xã thuộc huyện Khoái Châu (Xã Số {n})" for n in range(1, 13))
        + ".\n  • Cấp độ 1 gồm 145 xã/phường/thị trấn.\n\n"
        "Cấp độ dịch theo quy mô cấp huyện:\n\n"
        "  • Cấp độ 2 gồm 02 huyện: huyện Văn Lâm và huyện Khoái Châu\n"
    )
    assert _communes(text)["Hưng Yên"] == {1: 145, 2: 12, 3: 4}


def test_the_district_scale_after_the_block_is_not_read_as_communes():
    text = (
        "Tỉnh Hưng Yên, cấp độ dịch theo quy mô xã/phường:\n"
        "  • Cấp độ 1 gồm 150 xã/phường.\n\n"
        "Cấp độ dịch theo quy mô cấp huyện:\n"
        "  • Cấp độ 2 gồm 02 huyện."
    )
    assert _communes(text)["Hưng Yên"] == {1: 150}
