"""Running totals raised with their place and no "lên" ("nâng tổng số ca mắc trong toàn tỉnh
1.788 ca") and counted "đến thời điểm này / hiện nay"; not a period opened before the cue,
nor F1 contacts or new cases after it. On sentences invented for the test (not taken from
any corpus file). docs/INTAKE.md, "test50 to test59 as development data (rules27)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 9, 5)
_TOTALS = ("cumulative_cases",)


@pytest.mark.parametrize(
    ("raised", "value"),
    [
        ("nâng tổng số ca mắc trong toàn tỉnh 1.788 ca", 1788),
        ("nâng tổng số bệnh nhân mắc COVID-19 trên địa bàn toàn tỉnh là 26 người", 26),
        ("nâng tổng số ca nhiễm trên địa bàn tỉnh Vĩnh Long lên 640 ca", 640),
    ],
)
def test_a_total_raised_with_its_place(raised, value):
    text = f"Ngày 5/9, tỉnh Vĩnh Long có thêm 3 ca mắc Covid-19, {raised}."
    got = stats_by_province(text, _DAY, (*_TOTALS, "new_cases_24h"))
    assert got == {"Vĩnh Long": {"cumulative_cases": value, "new_cases_24h": 3}}


@pytest.mark.parametrize(
    "text",
    [
        "Như vậy đến thời điểm này Quảng Bình đã ghi nhận 945 ca COVID-19, trong đó 266 ca khỏi.",
        "Như vậy, đến thời điểm hiện nay, trên địa bàn Quảng Bình có 945 ca mắc COVID-19.",
        "Tính đến thời điểm hiện tại, Quảng Bình ghi nhận tổng cộng 945 ca mắc.",
    ],
)
def test_a_total_at_this_point(text):
    assert stats_by_province(text, _DAY, _TOTALS) == {"Quảng Bình": {"cumulative_cases": 945}}


@pytest.mark.parametrize(
    "text",
    [
        "Từ ngày 1/9 đến thời điểm này, Quảng Bình đã ghi nhận 300 ca mắc COVID-19.",
        "Như vậy đến thời điểm này Quảng Bình có 30 ca khỏi bệnh.",
        "Đến thời điểm này, Quảng Bình có 12 ca mắc mới.",
        "Ngày 5/9, tỉnh Vĩnh Long có thêm 3 ca, nâng tổng số ca mắc trong ngày lên 40 ca.",
    ],
)
def test_no_total(text):
    assert stats_by_province(text, _DAY, _TOTALS) == {}


@pytest.mark.parametrize(
    "clause",
    [
        "khi tại nước ta đã có hơn 60 người nhiễm bệnh",
        "khi ở nước ta đã ghi nhận hơn 60 ca nhiễm COVID-19",
    ],
)
def test_the_countrys_count_as_a_clause(clause):
    text = f"Cuộc chiến với dịch Covid-19 đang đến hồi cao trào {clause}."
    got = stats_by_province(text, _DAY, (*_TOTALS, "cumulative_is_lower_bound"))
    assert got == {None: {"cumulative_cases": 60, "cumulative_is_lower_bound": True}}


def test_the_countrys_new_cases_are_no_total():
    text = "Hôm nay, tại nước ta đã có 60 người nhiễm COVID-19 mới."
    assert stats_by_province(text, _DAY, _TOTALS) == {}
