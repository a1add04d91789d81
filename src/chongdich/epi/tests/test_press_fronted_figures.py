"""A figure put before its province ("Vượt 9.000 ca nhiễm, Tây Ninh tiếp tục …", "Thêm 120 ca
mắc mới, tỉnh Long An …") is the province's named right after the comma, not the country's;
a figure after its province, and a country's figure before a province, keep their subjects.
On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test16
as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "cumulative_cases")


def _stats(text):
    return stats_by_province(text, dt.date(2021, 8, 10), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vượt 9.000 ca nhiễm nCoV, Tây Ninh tiếp tục giãn cách xã hội\n\nCác tỉnh Tây Ninh, "
            "Long An, Bến Tre kéo dài giãn cách.",
            {"Tây Ninh": {"cumulative_cases": 9000}},
        ),
        (
            "Thêm 120 ca mắc mới, tỉnh Long An siết chặt phòng dịch\n\nCác tỉnh Long An, Tiền "
            "Giang, Bến Tre họp trực tuyến.",
            {"Long An": {"new_cases_24h": 120}},
        ),
        (
            "Vượt mốc 2.500 ca mắc, TP.Cần Thơ phong tỏa thêm 3 phường\n\nCần Thơ, Vĩnh Long và "
            "Hậu Giang thống nhất kiểm soát chốt.",
            {"Cần Thơ": {"cumulative_cases": 2500}},
        ),
        (
            "Surpassing 3,000 cases, Binh Phuoc extends social distancing\n\nBinh Phuoc, Dong "
            "Nai and Binh Duong agreed to keep checkpoints.",
            {"Bình Phước": {"cumulative_cases": 3000}},
        ),
    ],
)
def test_a_fronted_figure_is_the_provinces_after_it(text, expected):
    assert _stats(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 10/8, cả nước ghi nhận thêm 8.600 ca mắc mới, Bình Dương nhiều nhất.",
            {None: {"new_cases_24h": 8600}},
        ),
        (
            "Sóc Trăng ghi nhận thêm 45 ca mắc mới, Bạc Liêu chưa có ca mắc.",
            {"Sóc Trăng": {"new_cases_24h": 45}},
        ),
    ],
)
def test_a_subject_before_stands(text, expected):
    assert _stats(text) == expected
