"""Roundups of the country and its provinces: the Ministry's "thông tin" and its day's total
("nâng tổng số 41.200 F0 trong ngày"), a total that has passed a mark ("đã vượt quá 25.000
ca bệnh"), and a province's section heading whose rounded figure yields to the body's; on
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test11 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_FIELDS = ("new_cases_24h", "cumulative_cases", "cumulative_is_lower_bound", "recovered")


def _stats(text):
    facts = extract_facts(text, dt.date(2022, 3, 4), use_ner=False)
    return {
        s["province"]: {f: s[f] for f in _FIELDS if s[f] not in (None, False)}
        for s in facts.province_stats
        if any(s[f] not in (None, False) for f in _FIELDS)
    }


def test_the_ministrys_day_total_in_a_roundup_of_provinces():
    text = (
        "Bộ Y tế thông tin số ca mắc mới ngày 3/3 tăng mạnh, nâng tổng số 41.200 F0 trong "
        "ngày. Trong ngày có 9.000 bệnh nhân khỏi bệnh, nâng tổng số ca được điều trị khỏi "
        "lên 1.905.330 ca.\n"
        "Hà Giang: Thêm 700 F0 mới\n"
        "Tối 3/3, tỉnh Hà Giang ghi nhận 700 ca mắc mới.\n"
        "Điện Biên: Thêm 400 F0 mới\n"
        "Tối 3/3, tỉnh Điện Biên ghi nhận 400 ca mắc mới.\n"
    )
    assert _stats(text) == {
        None: {"new_cases_24h": 41200, "recovered": 1905330},
        "Hà Giang": {"new_cases_24h": 700},
        "Điện Biên": {"new_cases_24h": 400},
    }


@pytest.mark.parametrize(
    ("text", "province", "count"),
    [
        (
            "Như vậy, tổng số ca bệnh tích lũy của tỉnh Thái Bình đến nay đã vượt quá 25.000 "
            "ca bệnh.",
            "Thái Bình",
            25000,
        ),
        ("Tính đến nay, số ca cộng dồn tại Bắc Kạn đã vượt 1.200 ca.", "Bắc Kạn", 1200),
        (
            "Lũy kế từ đầu dịch, tỉnh Cao Bằng đã có hơn 3.400 ca bệnh đã được Bộ Y tế công bố.",
            "Cao Bằng",
            3400,
        ),
    ],
)
def test_a_total_past_a_mark_is_a_lower_bound(text, province, count):
    assert _stats(text) == {
        province: {"cumulative_cases": count, "cumulative_is_lower_bound": True}
    }


@pytest.mark.parametrize(
    ("text", "province", "count"),
    [
        (
            "Lạng Sơn: Gần 900 F0 mới\nTrong ngày 3/3, tỉnh Lạng Sơn ghi nhận 874 ca mắc mới.",
            "Lạng Sơn",
            874,
        ),
        (
            "Yên Bái: Hơn 1.000 ca mới\nNgày 3/3, Yên Bái phát hiện thêm 1.062 trường hợp "
            "dương tính với SARS-CoV-2.",
            "Yên Bái",
            1062,
        ),
        ("Sơn La: Khoảng 600 F0 mới\nSáng 3/3, Sơn La có thêm 588 ca mắc mới.", "Sơn La", 588),
    ],
)
def test_a_sections_rounded_heading_yields_to_the_bodys_figure(text, province, count):
    assert _stats(text) == {province: {"new_cases_24h": count}}


def test_a_periods_count_of_cases_made_public_is_no_total():
    text = (
        "Từ ngày 1/1/2022 đến nay, Bắc Kạn có 627 ca bệnh công bố cụ thể 29 ca bệnh cộng "
        "đồng và 40 ca nhập cảnh."
    )
    assert "cumulative_cases" not in _stats(text).get("Bắc Kạn", {})
