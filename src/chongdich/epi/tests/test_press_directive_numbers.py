"""Directive numbers as the press writes them: a slash with a blank after it, an urgent
letter ("Công văn khẩn"), numbers sharing one code ("số 2522, 2523/UBND-VX"), and the
country's own directive in an article about its issuing; on sentences invented for the test
(not taken from any corpus file). docs/INTAKE.md, "test11 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _directives(text, published=dt.date(2022, 3, 10)):
    facts = extract_facts(text, published, use_ner=False)
    return sorted(
        (d["document"], d["province"], d["date"], tuple(d["measures"])) for d in facts.directives
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 3/9/2021, UBND tỉnh Bình Phước ban hành Công văn hỏa tốc số 1520/ UBND - KGVX "
            "về việc giãn cách xã hội toàn tỉnh.",
            [("1520/UBND-KGVX", "Bình Phước", "2021-09-03", ("social distancing",))],
        ),
        (
            "UBND tỉnh Kon Tum có Công văn khẩn số 88/ UBND-VX gửi các sở, ngành về phong tỏa "
            "thôn Plei Rơ Wai.",
            [("88/UBND-VX", "Kon Tum", None, ("lockdown of an area",))],
        ),
    ],
)
def test_a_slash_with_a_blank_and_an_urgent_letter(text, expected):
    assert _directives(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UBND tỉnh Gia Lai thực hiện theo các Quyết định số 310, 311/QĐ-UBND ngày 4/8/2021.",
            [
                ("310/QĐ-UBND", "Gia Lai", "2021-08-04", ()),
                ("311/QĐ-UBND", "Gia Lai", "2021-08-04", ()),
            ],
        ),
        (
            "Sở Y tế Phú Yên đã gửi Công văn số 45 và 46/ SYT - NVY ngày 2/3/2022 tới các "
            "bệnh viện.",
            [
                ("45/SYT-NVY", "Phú Yên", "2022-03-02", ()),
                ("46/SYT-NVY", "Phú Yên", "2022-03-02", ()),
            ],
        ),
        (
            "Hà Tĩnh áp dụng các Thông báo số 12, 14, 15/TB-UBND ngày 1/2/2022 của tỉnh.",
            [
                ("12/TB-UBND", "Hà Tĩnh", "2022-02-01", ()),
                ("14/TB-UBND", "Hà Tĩnh", "2022-02-01", ()),
                ("15/TB-UBND", "Hà Tĩnh", "2022-02-01", ()),
            ],
        ),
    ],
)
def test_numbers_sharing_one_code_are_each_a_document(text, expected):
    assert _directives(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ thị 05/CT-TTg được ban hành ngày 28/1/2020. Theo đó, thực hiện cách ly toàn xã "
        "hội trên phạm vi cả nước.",
        "Thủ tướng đã ký Chỉ thị 05/CT-TTg ngày 28/1/2020, yêu cầu cách ly toàn xã hội.",
    ],
)
def test_the_countrys_directive_in_an_article_on_its_issuing(text):
    assert _directives(text, dt.date(2020, 1, 29)) == [
        ("05/CT-TTg", None, "2020-01-28", ("social distancing",))
    ]


def test_a_central_document_only_cited_is_no_directive():
    text = "Theo Nghị quyết 128/NQ-CP, cả nước có 4 cấp độ dịch và các biện pháp giãn cách."
    assert _directives(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng đã ký Chỉ thị 19/CT-TTg – Chỉ thị Về tiếp tục thực hiện các biện pháp phòng, "
        "chống dịch trong tình hình mới.",
        "Thủ tướng ban hành Chỉ thị 19/CT-TTg - Chỉ thị này yêu cầu các địa phương tiếp tục "
        "phòng, chống dịch.",
    ],
)
def test_a_title_after_a_dash_is_not_the_numbers_code(text):
    assert [d[0] for d in _directives(text)] == ["19/CT-TTg"]


def test_a_code_written_with_a_spaced_dash_keeps_its_last_part():
    text = "UBND tỉnh Bình Phước ban hành Công văn số 1520/UBND – KGVX về giãn cách xã hội."
    assert [d[0] for d in _directives(text)] == ["1520/UBND-KGVX"]
