"""The outlet's province: named in the outlet's name, else the province of the provincial
city the outlet is named after (rules30, docs/INTAKE.md)."""

import pytest

from chongdich.intake.extraction import home_province


@pytest.mark.parametrize(
    ("outlet", "province"),
    [
        ("Báo Trà Vinh", "Trà Vinh"),  # a province's name, though it holds a city's
        ("Vinh 24h", "Nghệ An"),
        ("Cổng TTĐT thành phố Huế", "Thừa Thiên Huế"),
        ("Tuổi Trẻ", None),
        (None, None),
    ],
)
def test_the_outlets_province(outlet, province):
    assert home_province(outlet) == province
