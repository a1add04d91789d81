"""Document numbers written with dashes: a code joined by dashes alone ("Thông báo số
45-TB-SYT") and a dash with its space after it ("Quyết định số 12/QĐ- UBND") are whole
numbers, not cut at the dash. On sentences invented for the test (not taken from any corpus
file). docs/INTAKE.md, "test66 to test70 as development data (rules31)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_DAY = dt.date(2021, 10, 21)


def _documents(text: str) -> list[str]:
    return [d["document"] for d in extract_facts(text, _DAY, use_ner=False).directives]


@pytest.mark.parametrize(
    ("text", "document"),
    [
        (
            "Ngày 20/10, Sở Y tế Lâm Đồng ban hành Thông báo số 45-TB-SYT về cấp độ dịch.",
            "45-TB-SYT",
        ),
        (
            "Ngày 4.1, UBND tỉnh Lâm Đồng ban hành văn bản số 12/QĐ- UBND về việc phân loại "
            "cấp độ dịch.",
            "12/QĐ-UBND",
        ),
        ("UBND tỉnh Lâm Đồng ban hành Quyết định số 12/QĐ-UBND ngày 4/1/2022.", "12/QĐ-UBND"),
        ("Tỉnh ủy Lâm Đồng ban hành Chỉ thị số 12-CT/TU về phòng dịch.", "12-CT/TU"),
    ],
)
def test_a_number_written_with_dashes_is_whole(text, document):
    assert _documents(text) == [document]
