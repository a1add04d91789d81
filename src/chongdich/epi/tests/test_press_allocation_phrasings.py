"""The Ministry of Health's allocation to one province in a coverage page's own words: the
decision named first ("Theo phân bổ của Bộ Y tế, tỉnh A được nhận N liều"), the allocator
between the province and its doses ("A được Bộ Y tế phân bổ N liều"), and the doses before
the allocator with the province named before them ("… cho A … trong tổng số N liều Bộ Y tế
phân bổ cho tỉnh này", the sentence's brand theirs). Doses given, bought or used are not.
On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"Vaccination, lockdown and provincial bulletin pages of test74, test75 and test77 as
development data (rules33)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _gifts(text):
    return sorted(
        (e["donor"], e["recipient"], i["item"], i["quantity"], i["detail"])
        for e in extract_facts(text, dt.date(2021, 9, 1), use_ner=False).support_events
        for i in e["items"]
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Theo phân bổ của Bộ Y tế, tỉnh Hà Tĩnh được nhận 52.400 liều vắc xin AstraZeneca. "
            "Đến nay tỉnh Hà Tĩnh đã tiêm được 30.000 liều.",
            [("Bộ Y tế", "Hà Tĩnh", "vaccine_dose", 52400, "AstraZeneca")],
        ),
        (
            "Theo phân bổ của Bộ Y tế, Hà Tĩnh nhận 52.400 liều vắc xin.",
            [("Bộ Y tế", "Hà Tĩnh", "vaccine_dose", 52400, "")],
        ),
        (
            "Trong đợt này, thành phố Cần Thơ được Bộ Y tế phân bổ 64.000 liều vaccine.",
            [("Bộ Y tế", "Cần Thơ", "vaccine_dose", 64000, "")],
        ),
        (
            "Tỉnh Bình Định sẽ được Bộ Y tế phân bổ 70.000 liều vaccine Pfizer.",
            [("Bộ Y tế", "Bình Định", "vaccine_dose", 70000, "Pfizer")],
        ),
        (
            "Ngày 20.10, đơn vị vận tải mới chuyển cho Thanh Hóa số vaccine Pfizer còn lại trong "
            "tổng số 300.000 liều Bộ Y tế phân bổ cho tỉnh này.",
            [("Bộ Y tế", "Thanh Hóa", "vaccine_dose", 300000, "Pfizer")],
        ),
        (
            "Đợt này Phú Yên nhận đủ 45.000 liều vắc xin mà Bộ Y tế đã phân bổ cho tỉnh này.",
            [("Bộ Y tế", "Phú Yên", "vaccine_dose", 45000, "")],
        ),
    ],
)
def test_an_allocation_in_a_coverage_pages_words(text, want):
    assert _gifts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # doses used, not allocated
        "Theo phân bổ của Bộ Y tế, đến nay tỉnh Hà Tĩnh đã tiêm được 30.000 liều vắc xin.",
        # the allocator not the Ministry
        "Tỉnh Cần Thơ phân bổ 64.000 liều vaccine cho các quận, huyện.",
        # no Ministry named at all
        "Trong tổng số 300.000 liều của tỉnh Thanh Hóa, 100.000 liều dành cho tỉnh này.",
    ],
)
def test_doses_not_allocated_by_the_ministry(text):
    assert _gifts(text) == []
