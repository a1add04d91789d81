"""A lockdown a province orders itself is not the Prime Minister's directive's measure:
named in a sentence that cites no document ("Chiều nay huyện A đã phong tỏa 5 khu vực.";
"Trong ngày thực hiện phong tỏa thêm 2 khu vực"), in a clause before another measure's that
the directive follows ("phong tỏa xã B …, thực hiện giãn cách xã hội huyện C theo Chỉ thị
16"), or after ", trừ" (an exception). Cited for it ("Phong tỏa … theo Chỉ thị số
16/CT-TTg"), and a province's own decision before it, it still is. On sentences invented
for the test (not taken from any corpus file). docs/INTAKE.md, "Vaccination, lockdown and
provincial bulletin pages of test74, test75 and test77 as development data (rules33)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_DAY = dt.date(2021, 7, 12)


def _measures(text):
    return {
        (d["province"], d["document"]): sorted(d["measures"])
        for d in extract_facts(text, _DAY, use_ner=False).directives
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chiều 10-7, huyện Krông Pắc (Đắk Lắk) đã phong tỏa 5 khu vực dân cư.\n\n"
            "Ngoài ra, xã Ea Kly thực hiện giãn cách xã hội theo Chỉ thị 15.",
            {("Đắk Lắk", "15"): ["social distancing"]},
        ),
        (
            "Tỉnh Bến Tre thực hiện giãn cách xã hội theo Chỉ thị số 16 từ 0 giờ ngày 11/7.\n\n"
            "Trong ngày 11/7, tỉnh thực hiện phong toả thêm 2 khu vực ở huyện Giồng Trôm.",
            {("Bến Tre", "16"): ["social distancing"]},
        ),
        (
            "Tỉnh Bến Tre thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg.\n\n"
            "Hiện một chợ đầu mối đã tạm thời bị phong tỏa.",
            {("Bến Tre", "16/CT-TTg"): ["social distancing"]},
        ),
        (
            "Từ ngày 8/7, Hà Nam quyết định phong tỏa thôn Đồng Lạc với 3.000 dân, thực hiện "
            "giãn cách xã hội huyện Kim Bảng theo Chỉ thị 16 của Thủ tướng.",
            {("Hà Nam", "16"): ["social distancing"]},
        ),
        (
            "Tỉnh Cà Mau áp dụng các biện pháp theo Chỉ thị 19 của Thủ tướng từ ngày 12/7, "
            "trừ các khu vực còn đang thực hiện phong tỏa.",
            {("Cà Mau", "19"): []},
        ),
    ],
)
def test_a_local_lockdown_is_not_the_prime_ministers(text, want):
    assert _measures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # cited for the lockdown: the directive's (guideline 163)
        (
            "Tỉnh Bến Tre phong tỏa tạm thời xã An Hiệp theo Chỉ thị số 16/CT-TTg từ ngày 11/7.",
            {("Bến Tre", "16/CT-TTg"): ["lockdown of an area"]},
        ),
        # the province's own decision before it keeps it
        (
            "UBND tỉnh Bến Tre ban hành Quyết định số 1520/QĐ-UBND ngày 10/7/2021.\n\n"
            "Theo đó, phong tỏa xã An Hiệp kể từ 12 giờ ngày 11/7.",
            {("Bến Tre", "1520/QĐ-UBND"): ["lockdown of an area"]},
        ),
    ],
)
def test_a_lockdown_cited_or_decided_stays(text, want):
    assert _measures(text) == want
