"""Running totals of less than the province the sentence names are no province's total: one
cluster's cases, a district's (its province named after a comma), cases since a later case of
the province's own; and a change of level stated for communes is not the province's. The
province's own total and level stay. Suspects spelled "nghi nghiễm" are no day's count. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test50 to
test59 as development data (rules27)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 10, 13)
_TOTALS = ("cumulative_cases",)


@pytest.mark.parametrize(
    "text",
    [
        "Như vậy, liên quan đến ổ dịch xã Tân Phú, huyện Đông Hưng, hiện Thái Bình đã có 23 "
        "trường hợp dương tính với SARS-CoV-2.",
        "Tính đến nay, liên quan tới chùm ca bệnh ở chợ đầu mối, Bắc Ninh đã ghi nhận 41 ca.",
        "Liên quan đến ổ dịch tại công ty may, tỉnh Long An đến nay có tổng cộng 87 ca mắc.",
    ],
)
def test_a_clusters_total_is_no_provinces(text):
    assert stats_by_province(text, _DAY, _TOTALS) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Huyện Mường La, tỉnh Sơn La đến nay đã ghi nhận hơn 20 trường hợp mắc Covid-19.",
        "VOV.VN - Huyện Bảo Lâm, tỉnh Cao Bằng đến nay đã ghi nhận 35 ca mắc Covid-19.",
        "Thị xã Nghi Sơn, tỉnh Thanh Hóa tính đến nay có 120 ca mắc Covid-19.",
    ],
)
def test_a_districts_total_is_no_provinces(text):
    assert stats_by_province(text, _DAY, _TOTALS) == {}


def test_a_total_since_a_later_case_is_a_period():
    text = (
        "Như vậy, kể từ ca bệnh BN500.100 ở xã Liêm Chính có kết quả dương tính vào chiều ngày "
        "2/9/2021, tính đến 6 giờ ngày 13/10/2021, Hà Nam ghi nhận 512 ca bệnh."
    )
    assert stats_by_province(text, _DAY, _TOTALS) == {}


@pytest.mark.parametrize(
    ("text", "province", "total"),
    [
        (
            "Tính đến nay, Thái Bình đã có 230 ca mắc, trong đó 40 ca liên quan đến ổ dịch chợ.",
            "Thái Bình",
            230,
        ),
        ("Tính đến nay, tỉnh Sơn La đã ghi nhận 310 ca mắc Covid-19.", "Sơn La", 310),
        (
            "Kể từ ca bệnh đầu tiên ngày 27/4/2021, tính đến nay Hà Nam ghi nhận 700 ca bệnh.",
            "Hà Nam",
            700,
        ),
    ],
)
def test_the_provinces_own_total_stays(text, province, total):
    assert stats_by_province(text, _DAY, _TOTALS) == {province: {"cumulative_cases": total}}


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh Vĩnh Phúc đã điều chỉnh cấp độ dịch đối với 2 xã Tân Lập, Hợp Hòa từ cấp độ 2 lên "
        "cấp độ 4.",
        "Tỉnh Bắc Giang nâng cấp độ dịch cho các xã của huyện Lục Nam từ cấp độ 1 lên cấp độ 3.",
    ],
)
def test_a_communes_change_of_level_is_no_provinces(text):
    assert stats_by_province(text, _DAY, ("level", "previous_level")) == {}


def test_the_provinces_change_of_level_stays():
    text = "Tỉnh Vĩnh Phúc đã điều chỉnh cấp độ dịch từ cấp độ 2 lên cấp độ 3."
    got = stats_by_province(text, _DAY, ("level", "previous_level"))
    assert got == {"Vĩnh Phúc": {"level": 3, "previous_level": 2}}


@pytest.mark.parametrize("word", ["nghi nhiễm", "nghi nghiễm", "nghi mắc"])
def test_suspects_are_no_days_count(word):
    text = f"Ngày 13/10, tỉnh Phú Thọ có thêm 6 trường hợp {word} Covid-19 tại một khu công nghiệp."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {}


def test_the_provinces_total_raised_after_a_clusters_part_stays():
    text = (
        "Trong đó, có 10 ca liên quan tới chùm ca bệnh ở Công ty Hoya Lens, nâng tổng số ca "
        "nhiễm Covid-19 trên địa bàn tỉnh Quảng Ngãi lên 590 ca."
    )
    got = stats_by_province(text, _DAY, _TOTALS)
    assert got == {"Quảng Ngãi": {"cumulative_cases": 590}}


@pytest.mark.parametrize(
    "text",
    [
        "Đến ngày 3/8, thành phố Đà Nẵng đã tổ chức xét nghiệm Covid-19 hơn 45.000 trường hợp.",
        "Tính đến nay, tỉnh Hà Tĩnh đã xét nghiệm cho 12.000 người.",
    ],
)
def test_tests_are_no_total(text):
    assert stats_by_province(text, _DAY, _TOTALS) == {}


@pytest.mark.parametrize("where", ["trong cộng đồng", "ngoài cộng đồng", "tại cộng đồng"])
def test_a_community_only_total_is_no_total(where):
    text = f"Đến nay, trên địa bàn tỉnh Hà Tĩnh có 14 ca nhiễm COVID-19 {where}."
    assert stats_by_province(text, _DAY, _TOTALS) == {}


def test_cases_referred_to_are_no_days_count():
    text = (
        "Ngày 13/10, về xét nghiệm những người có liên quan đến 8 ca bệnh mới, TP.HCM phát hiện "
        "848 trường hợp F1, F2."
    )
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {}


def test_the_days_count_linked_to_earlier_cases_stays():
    text = "Ngày 13/10, Kiên Giang ghi nhận thêm 5 ca mắc mới liên quan đến 2 ca bệnh trước đó."
    got = stats_by_province(text, _DAY, ("new_cases_24h",))
    assert got == {"Kiên Giang": {"new_cases_24h": 5}}
