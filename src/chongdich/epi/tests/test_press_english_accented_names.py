"""An English page that keeps the provinces' accents ("Bình Dương (4,223), Đồng Nai (686)")
is still English: the letters of capitalised names do not count against it. A Vietnamese
text stays Vietnamese. On invented texts."""

import pytest

from chongdich.epi.press_facts.english_text import reads_as_english

_NAMES = ", ".join(
    f"{name} ({n})"
    for name, n in [
        ("Bình Dương", 4100), ("TP. Hồ Chí Minh", 3200), ("Đồng Nai", 600), ("Long An", 400),
        ("Tiền Giang", 300), ("Đà Nẵng", 150), ("Đồng Tháp", 140), ("Cần Thơ", 130),
        ("Khánh Hòa", 120), ("Tây Ninh", 110), ("An Giang", 100), ("Hà Nội", 70),
        ("Nghệ An", 60), ("Thừa Thiên Huế", 50), ("Bến Tre", 40), ("Đắk Lắk", 30),
    ]
)  # fmt: skip


def test_an_english_page_with_accented_names_reads_as_english():
    text = f"The 9,960 new cases include 10 imported cases and local infections in {_NAMES}."
    assert reads_as_english(text)


@pytest.mark.parametrize(
    "text",
    [
        f"Trong ngày, cả nước ghi nhận thêm 9.960 ca mắc mới tại các tỉnh, thành: {_NAMES}.",
        "Bộ Y tế cho biết số ca mắc mới giảm so với hôm qua; Hà Nội và Bình Dương vẫn tăng.",
    ],
)
def test_a_vietnamese_text_does_not(text):
    assert not reads_as_english(text)
