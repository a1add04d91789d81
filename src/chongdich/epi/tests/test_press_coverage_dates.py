"""The day of a province's vaccination coverage its own sentence does not date: carried
from the dated sentence it goes on with ("Tính đến 17h ngày 5/11, A đã tiêm được N mũi.
Trong đó, … đạt 90,1% …"), or the page's when the rate stands "đến nay" in its sentence or
the one before in its paragraph. Not across a paragraph, not from a sentence it does not go
on with. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "Vaccination, lockdown and provincial bulletin pages of test74, test75 and
test77 as development data (rules33)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_PAGE = dt.date(2021, 11, 8)


def _coverage(text):
    return {
        s["province"]: (s["as_of"], s["vaccine_dose1_pct"], s["vaccine_dose2_pct"])
        for s in extract_facts(text, _PAGE, use_ner=False).province_stats
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tính đến 17h ngày 5/11, Hải Dương đã tiêm được 2.100.000 mũi vaccine. Trong đó, "
            "tiêm được 1.300.000 mũi 1 (đạt 90,1% dân số trên 18 tuổi), tiêm được 800.000 mũi 2 "
            "(đạt 61,5% dân số trên 18 tuổi).",
            {"Hải Dương": ("2021-11-05", 90.1, 61.5)},
        ),
        (
            "Tính đến ngày 4/11/2021, tỉnh Hưng Yên đã tiêm được 1.500.000 liều vắc xin. Trong "
            "đó, tỷ lệ bao phủ mũi 1 với người trên 18 tuổi đạt trên 95,2%.",
            {"Hưng Yên": ("2021-11-04", 95.2, None)},
        ),
        (
            "Hiện nay tỉnh Lào Cai mới tiêm được hơn 300 nghìn liều vắc xin. Tỷ lệ tiêm 2 mũi "
            "của Lào Cai mới đạt 12%.",
            {"Lào Cai": ("2021-11-08", None, 12.0)},
        ),
        (
            "Tới nay, tỉnh Lào Cai đã tiêm 2 mũi cho 40,5% người trên 18 tuổi.",
            {"Lào Cai": ("2021-11-08", None, 40.5)},
        ),
    ],
)
def test_a_coverage_dated_by_its_context(text, want):
    assert _coverage(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph between: the date is not carried
        "Tính đến 17h ngày 5/11, Hải Dương đã tiêm được 2.100.000 mũi vaccine.\n\nTrong đó, "
        "tiêm được 800.000 mũi 2 (đạt 61,5% dân số trên 18 tuổi).",
        # the rate does not go on with the dated sentence
        "Tính đến 17h ngày 5/11, Hải Dương đã tiêm được 2.100.000 mũi vaccine. Tỉnh tiêm 2 "
        "mũi cho 61,5% dân số trên 18 tuổi.",
    ],
)
def test_a_coverage_left_undated(text):
    assert {p: v[0] for p, v in _coverage(text).items()} == {"Hải Dương": None}
