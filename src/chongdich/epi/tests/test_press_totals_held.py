"""The country's running total as the news snippets of 2020 write it: a total kept
("giữ nguyên tổng số 290 ca mắc", "số ca mắc vẫn là 301"), a total "ca bệnh COVID-19" after
"đến nay", and its recoveries "chữa khỏi" or written as a share ("15/20 ca bệnh được chữa
khỏi"). On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test42 to test45 as development data (rules25)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2020, 5, 20)
_FIELDS = ("cumulative_cases", "recovered")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Từ 6 giờ đến 18 giờ ngày 20/5, Việt Nam tiếp tục không có ca mắc mới, giữ nguyên "
            "tổng số 290 ca mắc.",
            {"cumulative_cases": 290},
        ),
        (
            "Sáng nay, nước ta vẫn giữ tổng số 312 ca nhiễm COVID-19.",
            {"cumulative_cases": 312},
        ),
        (
            "Theo Bộ Y tế, đến 6h ngày 20/5, tại Việt Nam số ca mắc vẫn là 301.",
            {"cumulative_cases": 301},
        ),
        (
            "Như vậy, đến nay Việt Nam ghi nhận 245 ca bệnh COVID-19, trong đó 150 ca đã được "
            "công bố khỏi bệnh.",
            {"cumulative_cases": 245, "recovered": 150},
        ),
        (
            "Đến nay Việt Nam đã có 20 ca nhiễm COVID-19, trong đó 15/20 ca bệnh được chữa "
            "khỏi hoàn toàn.",
            {"cumulative_cases": 20, "recovered": 15},
        ),
        (
            "Cả nước đã có 903 bệnh nhân được chữa khỏi bệnh.",
            {"recovered": 903},
        ),
    ],
)
def test_the_countrys_total_kept(text, figures):
    assert stats_by_province(text, _DAY, _FIELDS) == {None: figures}


@pytest.mark.parametrize(
    "text",
    [
        # a day's count, not a total kept
        "Sáng 20/5, Việt Nam ghi nhận thêm 3 ca mắc mới.",
        # deaths unchanged are no case total
        "Số ca tử vong vẫn là 35.",
        # a test that gives no total
        "Số ca xét nghiệm vẫn là 1.200 mẫu mỗi ngày.",
    ],
)
def test_no_total_read(text):
    assert stats_by_province(text, _DAY, ("cumulative_cases",)) == {}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Cả nước có 1.120 bệnh nhân mắc bệnh, trong đó có tổng cộng 700 ca mắc COVID-19 do "
            "lây nhiễm trong nước.",
            {None: {"cumulative_cases": 1120}},
        ),
        (
            "Toàn tỉnh Nghệ An đã có 2.310 ca mắc COVID-19, trong đó 1.200 ca đã khỏi bệnh.",
            {"Nghệ An": {"cumulative_cases": 2310, "recovered": 1200}},
        ),
    ],
)
def test_a_standing_count_split_after_it_is_the_total(text, figures):
    assert stats_by_province(text, _DAY, _FIELDS) == figures


def test_a_new_count_split_after_it_stays_the_days():
    text = "Hôm nay cả nước có 50 ca mắc mới, trong đó 20 ca cộng đồng."
    got = stats_by_province(text, _DAY, ("cumulative_cases", "new_cases_24h"))
    assert got == {None: {"new_cases_24h": 50}}
