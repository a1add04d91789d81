"""A dispatch numbered the Party's way ("công điện hoả tốc số 24-CĐ/UBND") keeps its whole
number, and "Ngày 18/11/2021, UBND thành phố Hà Nội đã triển khai công điện …" dates it. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test46 to
test49 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _directives(text):
    facts = extract_facts(text, dt.date(2021, 11, 20), use_ner=False)
    return [(d["document"], d["province"], d["date"]) for d in facts.directives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 18/11/2021, UBND thành phố Hà Nội đã triển khai công điện hoả tốc số "
            "31-CĐ/UBND, điều chỉnh yêu cầu kiểm soát dịch với người về từ địa phương khác.",
            [("31-CĐ/UBND", "Hà Nội", "2021-11-18")],
        ),
        (
            "Ngày 18/11/2021, UBND tỉnh Nghệ An ban hành công điện số 31-CĐ/UBND về cách ly "
            "người về từ vùng dịch.",
            [("31-CĐ/UBND", "Nghệ An", "2021-11-18")],
        ),
    ],
)
def test_a_dispatch_numbered_with_a_dash(text, expected):
    assert _directives(text) == expected
