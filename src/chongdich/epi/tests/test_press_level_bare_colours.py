"""A level named by a bare colour after the group's noun ("8 tỉnh xanh là A, B", "15 tỉnh,
thành xanh gồm: A, B", "các địa phương cam: A, B"): the colour opens the list as "vùng xanh"
does; a colour in prose ("thành phố xanh, sạch, đẹp") is no level. On sentences invented for
the test (not taken from any corpus file). docs/INTAKE.md, "test20, test21, test23, test24 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _levels(text):
    stats = extract_facts(text, dt.date(2022, 3, 8), use_ner=False).province_stats
    return {s["province"]: s["level"] for s in stats if s["level"] is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Miền Tây có 3 tỉnh xanh là Long An, Tiền Giang và Bến Tre.",
            {"Long An": 1, "Tiền Giang": 1, "Bến Tre": 1},
        ),
        (
            "Phía Bắc có 2 tỉnh, thành xanh gồm: Lào Cai, Yên Bái.",
            {"Lào Cai": 1, "Yên Bái": 1},
        ),
        (
            "Hiện cả nước còn các địa phương cam: Gia Lai, Kon Tum và Đắk Nông.",
            {"Gia Lai": 3, "Kon Tum": 3, "Đắk Nông": 3},
        ),
        (
            "Tuần này có 2 tỉnh, thành phố vàng là Hà Nam và Nam Định.",
            {"Hà Nam": 2, "Nam Định": 2},
        ),
    ],
)
def test_a_bare_colour_after_the_noun_opens_a_level_list(text, expected):
    assert _levels(text) == expected


def test_a_colour_in_prose_is_no_level():
    text = (
        "Phong trào xây dựng thành phố xanh, sạch, đẹp được Long An, Tiền Giang và Bến Tre "
        "hưởng ứng; các tỉnh xanh hóa đường phố gồm Hà Nam, Nam Định có nhiều cây mới."
    )
    assert _levels(text) == {}
