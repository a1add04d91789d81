"""One central document applied in a list of provinces ("… theo Chỉ thị số 16/CT-TTg … cùng
với các địa phương A, B (đã thực hiện), bổ sung thành phố C và các tỉnh: D, E") gives each
listed province its entry; "Chỉ thị 16" and "Chỉ thị số 16/CT-TTg" for one province are one
document, with the fuller number. On sentences invented for the test (not taken from any
corpus file). docs/INTAKE.md, "test12 and test13 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _directives(text):
    facts = extract_facts(text, dt.date(2021, 7, 20), use_ner=False)
    return {(d["document"], d["province"]): d["measures"] for d in facts.directives}


@pytest.mark.parametrize(
    ("text", "document", "provinces"),
    [
        (
            "Thủ tướng đồng ý cho áp dụng giãn cách xã hội theo Chỉ thị số 16/CT-TTg cùng với "
            "các địa phương Hà Nội, Bắc Ninh (đã thực hiện), bổ sung thành phố Hải Phòng và các "
            "tỉnh: Hưng Yên, Thái Bình, Nam Định.",
            "16/CT-TTg",
            ("Hà Nội", "Bắc Ninh", "Hải Phòng", "Hưng Yên", "Thái Bình", "Nam Định"),
        ),
        (
            "Từ 0h ngày 20/7, các tỉnh Quảng Nam, Quảng Ngãi và Bình Định thực hiện giãn cách xã "
            "hội theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ.",
            "16/CT-TTg",
            ("Quảng Nam", "Quảng Ngãi", "Bình Định"),
        ),
        (
            "Ba địa phương Phú Yên, Khánh Hòa, Ninh Thuận áp dụng giãn cách xã hội theo Chỉ thị "
            "số 15/CT-TTg từ ngày 21/7.",
            "15/CT-TTg",
            ("Phú Yên", "Khánh Hòa", "Ninh Thuận"),
        ),
        (
            "Giãn cách xã hội theo Chỉ thị số 16/CT-TTg (Chỉ thị 16) được áp dụng tại Cần Thơ, "
            "Hậu Giang, Sóc Trăng và Bạc Liêu.",
            "16/CT-TTg",
            ("Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu"),
        ),
    ],
)
def test_one_document_in_each_listed_province(text, document, provinces):
    directives = _directives(text)
    assert set(directives) == {(document, p) for p in provinces}
    assert all(measures == ["social distancing"] for measures in directives.values())


def test_one_document_written_two_ways_for_one_province():
    text = (
        "Đà Nẵng giãn cách xã hội theo Chỉ thị 16\n\nUBND TP Đà Nẵng quyết định áp dụng giãn "
        "cách xã hội toàn thành phố theo Chỉ thị số 16/CT-TTg từ 0h ngày 21/7."
    )
    assert set(_directives(text)) == {("16/CT-TTg", "Đà Nẵng")}


@pytest.mark.parametrize(
    "text",
    [
        # many provinces named with no list: no one province's
        "TP HCM, Hà Nội và nhiều tỉnh, thành phố đã áp dụng Chỉ thị số 16/CT-TTg.",
        # two documents in one sentence: the list is not one document's
        "Hà Nội áp dụng Chỉ thị số 16/CT-TTg, còn Hà Nam, Nam Định, Ninh Bình áp dụng Chỉ thị "
        "số 15/CT-TTg.",
    ],
)
def test_no_list_applied(text):
    provinces = {p for _, p in _directives(text)}
    assert not {"Hà Nam", "Nam Định", "Ninh Bình", "Hà Nội"} <= provinces
    assert len(provinces) <= 2
