"""A company's trade words joined by "và" stay one name ("Công ty TNHH Cơ khí Xây dựng và
Thương mại Tiên Tiến"), the giver not cut at "và"; a gift joined by "và" stays two things.
On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test60
to test62 as development data (rules28)"."""

import pytest

from chongdich.epi.gazetteer import find_organisations


def _companies(text: str) -> list[str]:
    return [m.name for m in find_organisations(text) if m.kind == "company"]


@pytest.mark.parametrize(
    "name",
    [
        "Công ty TNHH Cơ khí Xây dựng và Thương mại Minh Long",
        "Công ty Cổ phần Đầu tư và Thương mại Hòa Bình",
        "Công ty TNHH Thương mại và Dịch vụ Ánh Dương",
        "Công ty CP Sản xuất và Thương mại Phú Gia",
    ],
)
def test_trade_words_joined_by_va_stay_one_name(name):
    text = f"Huyện Hòa Vang tiếp nhận 1 xe cứu thương do {name} (TP Đà Nẵng) tài trợ."
    assert name in _companies(text)


@pytest.mark.parametrize("after", ["tặng khẩu trang", "các nhà hảo tâm ủng hộ"])
def test_va_before_no_trade_word_ends_the_name(after):
    text = f"Công ty TNHH Thương mại Minh Long và {after} cho tỉnh Quảng Nam."
    assert "Công ty TNHH Thương mại Minh Long" in _companies(text)
    assert not any(" và " in name for name in _companies(text))
