"""A "Trong đó, …" sentence splits the sentence before it, which names the province even when
no figure of it was read ("Thống kê đến hết ngày 2/12, toàn tỉnh Nam Định đã tiêm được gần
1,5 triệu mũi vaccine. Trong đó có … 65% …"), also in an article that names other provinces
and the country. On sentences invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test17 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_NATIONAL_CONTEXT = (
    " Ca bệnh về từ Hà Nội và từ Bắc Ninh. Nam Định là một trong những địa phương tiêm "
    "nhanh của cả nước."
)


@pytest.mark.parametrize(
    "first",
    [
        "Thống kê đến hết ngày 2/12, toàn tỉnh Nam Định đã tiêm được gần 1,5 triệu mũi vaccine.",
        "Đến nay, Sở Y tế Nam Định đã triển khai tiêm vaccine cho người dân.",
    ],
)
def test_the_part_is_the_named_provinces(first):
    text = (
        f"{first} Trong đó có gần 900.000 người trên 18 tuổi đã tiêm đủ 2 mũi vaccine, chiếm "
        f"gần 65% số người trên 18 tuổi trong toàn tỉnh.{_NATIONAL_CONTEXT}"
    )
    got = stats_by_province(text, dt.date(2021, 12, 2), ("vaccine_dose2_pct",))
    assert got == {"Nam Định": {"vaccine_dose2_pct": 65.0}}


def test_a_sentence_naming_two_provinces_gives_no_subject():
    text = (
        "Hà Nội và Bắc Ninh đã tiêm được nhiều mũi vaccine. Trong đó có 1 triệu người đã tiêm đủ "
        "2 mũi vaccine, chiếm 70% số người trên 18 tuổi của cả nước."
    )
    got = stats_by_province(text, dt.date(2021, 12, 2), ("vaccine_dose2_pct",))
    assert "Hà Nội" not in got and "Bắc Ninh" not in got
