"""Rates that are no province's coverage: a range's bound for a group of provinces ("Các tỉnh
có tỷ lệ … đạt trên 95% là A, B"), a share of the doses allotted ("cộng dồn 37.429, đạt
92,2%"), enough vaccine for a share ("đủ vaccine để tiêm mũi 1 cho 100% người từ 18 tuổi",
"được phân bổ lượng vaccine đảm bảo bao phủ 100% mũi 1"). On sentences invented for the test
(not taken from any corpus file). docs/INTAKE.md, "test12 and test13 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _rates(text):
    facts = extract_facts(text, dt.date(2021, 10, 28), use_ner=False)
    return {
        s["province"]: (s["vaccine_dose1_pct"], s["vaccine_dose2_pct"])
        for s in facts.province_stats
        if s["vaccine_dose1_pct"] is not None or s["vaccine_dose2_pct"] is not None
    }


@pytest.mark.parametrize(
    "text",
    [
        "Các tỉnh, thành phố có tỷ lệ tiêm ít nhất 1 liều vắc xin cho người từ 18 tuổi trở lên "
        "đạt trên 90% là Hải Phòng, Nam Định, Thái Bình.",
        "Những địa phương có tỷ lệ tiêm mũi 2 dưới 20% gồm Sơn La, Lai Châu.",
        "Kết quả tiêm vắc xin phòng COVID-19 tại Bạc Liêu trong ngày 27/10: 1.200 mũi, cộng dồn "
        "54.300, đạt 88,5%.",
        "Hà Nam đã đủ vắc xin để tiêm mũi 1 cho 100% người từ 18 tuổi trở lên.",
        "Tính đến ngày 28/10, Ninh Bình đã được phân bổ lượng vaccine đảm bảo bao phủ 100% mũi 1 "
        "cho người từ 18 tuổi.",
    ],
)
def test_no_provinces_coverage(text):
    assert _rates(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tỷ lệ người từ 18 tuổi trở lên ở Hải Dương được tiêm ít nhất 1 mũi vắc xin đạt 96,5%.",
            {"Hải Dương": (96.5, None)},
        ),
        (
            "Đến ngày 28/10, Bắc Ninh tiêm mũi 2 cho 1.050.000 người, đạt 75,3% dân số từ 18 "
            "tuổi trở lên.",
            {"Bắc Ninh": (None, 75.3)},
        ),
    ],
)
def test_a_provinces_coverage_stands(text, expected):
    assert _rates(text) == expected
