"""An average per day ("bình quân mỗi ngày ghi nhận hơn 90 ca mắc mới") and people suspected
or awaiting a test ("9 trường hợp nhập cảnh nghi nhiễm", "thêm 2 trường hợp … đã được lấy
mẫu xét nghiệm") are not the day's cases; positives with the same words near them are. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test17 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAILY = ("new_cases_24h", "imported_cases", "community_cases", "local_cases")


def _daily(text):
    return stats_by_province(text, dt.date(2021, 8, 20), _DAILY)


@pytest.mark.parametrize(
    "text",
    [
        "Theo Sở Y tế tỉnh Long An, hiện bình quân mỗi ngày ghi nhận hơn 90 ca mắc mới; "
        "trong đó có nhiều ca chuyển nặng.",
        "Tại Đồng Nai, trung bình mỗi ngày có 300 ca mắc mới trong tuần qua.",
        "Tây Ninh mỗi ngày thêm khoảng 150 ca mắc mới.",
        "Liên quan đến 9 trường hợp nhập cảnh nghi nhiễm, Sở Y tế Quảng Nam đã cách ly.",
        "Đến tối 20/8, tỉnh Thái Bình thêm 2 trường hợp về từ Hàn Quốc vào cách ly và đã được "
        "lấy mẫu gửi đi xét nghiệm.",
        "Hôm nay, Phú Thọ ghi nhận 4 ca nghi mắc COVID-19 đang chờ kết quả.",
    ],
)
def test_no_days_count(text):
    assert _daily(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hôm nay, Phú Thọ ghi nhận thêm 4 ca dương tính với SARS-CoV-2, đã lấy mẫu cho F1.",
            {"Phú Thọ": {"new_cases_24h": 4}},
        ),
        (
            "Trong ngày 20/8, tỉnh Gia Lai có thêm 12 ca mắc mới, nâng số ca trung bình lên cao.",
            {"Gia Lai": {"new_cases_24h": 12}},
        ),
        (
            "Quảng Nam ghi nhận 3 ca là người nhập cảnh, 5 người khác nghi nhiễm đang chờ kết quả.",
            {"Quảng Nam": {"imported_cases": 3}},
        ),
    ],
)
def test_positives_near_such_words_stand(text, expected):
    assert _daily(text) == expected
