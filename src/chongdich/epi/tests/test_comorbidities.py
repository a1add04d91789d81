"""The 20 comorbidities of QĐ 4038 App. 01 read from the free text of line lists."""

from __future__ import annotations

import pytest

from chongdich.epi.comorbidities import CODES, read_comorbidities


def test_there_are_twenty() -> None:
    assert len(CODES) == 20 == len(set(CODES))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Tiểu đường; cao huyết áp", ["diabetes", "hypertension"]),
        ("ĐÁI THÁO ĐƯỜNG type 2, suy thận mạn", ["diabetes", "kidney"]),
        ("Tăng huyết áp phổi", ["paediatric"]),  # the longest phrase decides
        ("Hen suyễn và béo phì", ["asthma", "obesity"]),
        ("HIV/AIDS", ["hiv"]),
        ("Không", []),
        ("", []),
    ],
)
def test_common_ways_of_writing_them(text: str, codes: list[str]) -> None:
    assert read_comorbidities(text)[0] == codes


def test_text_naming_none_of_them_is_returned_not_guessed() -> None:
    assert read_comorbidities("đau lưng; tiểu đường") == (["diabetes"], ["đau lưng"])
