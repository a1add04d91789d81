"""A province list cut short by its dots ("…, Sóc Trăng 17 ca..., trong đó có 2.410 ca trong
cộng đồng") is followed by a part of the whole the list divides, the country's, not of the
last province's count; a province's own split written in its clause ("Hà Nội 300 ca, trong
đó 12 ca trong cộng đồng") stays its own. On texts invented for the test (not taken from
any corpus file). docs/INTAKE.md, "… as development data for articles read exactly
(intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 9, 12)


@pytest.mark.parametrize(
    "tail",
    [
        "Sóc Trăng 17 ca..., trong đó có 2.410 ca trong cộng đồng.",
        "Sóc Trăng 17 ca…, trong đó có 2.410 ca trong cộng đồng.",
        "Sóc Trăng 17 ca... trong đó 2.410 ca trong cộng đồng.",
        "Sóc Trăng (17)..., trong đó có 2.410 ca trong cộng đồng.",
        "Sóc Trăng 17 trường hợp …, trong đó có 2.410 ca trong cộng đồng.",
    ],
)
def test_a_split_after_a_cut_list_is_the_countrys(tail):
    text = (
        "Tính từ 18h ngày 11/9 đến 18h ngày 12/9, Việt Nam ghi nhận 6.021 ca mắc COVID-19 mới, "
        "trong đó 3 ca nhập cảnh và 6.018 ca trong nước. Đồng Nai ghi nhận 2.118 ca, Long An "
        f"904 ca, Cần Thơ 311 ca, Phú Yên 42 ca, {tail}"
    )
    stats = stats_by_province(text, _DAY, ["new_cases_24h", "community_cases"])
    assert stats[None]["community_cases"] == 2410
    assert stats["Sóc Trăng"] == {"new_cases_24h": 17}
    assert stats["Long An"] == {"new_cases_24h": 904}


def test_a_provinces_own_split_stays_its_own():
    text = (
        "Ngày 12/9, Hà Nội ghi nhận 300 ca, trong đó có 12 ca trong cộng đồng. Đồng Nai ghi "
        "nhận 118 ca, Long An 90 ca."
    )
    stats = stats_by_province(text, _DAY, ["new_cases_24h", "community_cases"])
    assert stats["Hà Nội"] == {"new_cases_24h": 300, "community_cases": 12}
    assert None not in stats or "community_cases" not in stats[None]
