"""Two provinces joined by "và" that a central directive applies in ("Hải Phòng và Quảng Ninh
đều áp dụng giãn cách xã hội theo Chỉ thị 15") each get the document, as the provinces of a
longer list do; measures named where no document orders them (an area named by its measures,
a teaser of its own above the documents on a tag page) go to no directive. On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Directives and
support events across the development sets (rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _directives(text):
    facts = extract_facts(text, dt.date(2021, 7, 20), use_ner=False)
    return {(d["document"], d["province"]): d["measures"] for d in facts.directives}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Hải Phòng và Quảng Ninh đều áp dụng giãn cách xã hội theo Chỉ thị 15 từ hôm nay.",
            {("15", "Hải Phòng"), ("15", "Quảng Ninh")},
        ),
        (
            "Giãn cách xã hội theo Chỉ thị 16 được áp dụng tại Phú Yên và Khánh Hòa từ 0 giờ "
            "ngày 22/7.",
            {("16", "Phú Yên"), ("16", "Khánh Hòa")},
        ),
        (
            "Trên địa bàn tỉnh Nam Định và Thái Bình đều có nơi thực hiện giãn cách xã hội theo "
            "Chỉ thị 15/CT-TTg, Chỉ thị 16/CT-TTg.",
            {
                ("15/CT-TTg", "Nam Định"),
                ("16/CT-TTg", "Nam Định"),
                ("15/CT-TTg", "Thái Bình"),
                ("16/CT-TTg", "Thái Bình"),
            },
        ),
        (
            "Từ ngày 25/7, tỉnh Tây Ninh và tỉnh Bình Phước cùng thực hiện giãn cách xã hội theo "
            "Chỉ thị số 16/CT-TTg.",
            {("16/CT-TTg", "Tây Ninh"), ("16/CT-TTg", "Bình Phước")},
        ),
    ],
)
def test_both_provinces_of_a_pair_apply_the_directive(text, pairs):
    directives = _directives(text)
    assert set(directives) == pairs
    assert all(measures == ["social distancing"] for measures in directives.values())


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # each its own document: no "đều"
        (
            "Đà Nẵng áp dụng giãn cách xã hội theo Chỉ thị 16 và Quảng Nam theo Chỉ thị 15.",
            {("16", "Đà Nẵng"), ("15", "Đà Nẵng")},
        ),
        # a province's own document: not central, the pair is where its people came from
        (
            "UBND tỉnh Hà Nam ban hành Quyết định số 812/QĐ-UBND cách ly người về từ Hà Nội và "
            "Bắc Ninh.",
            {("812/QĐ-UBND", "Hà Nam")},
        ),
        # three provinces named: the pair is not the sentence's only places
        (
            "Người từ Hà Nội đến Hưng Yên và Hải Dương phải thực hiện theo Chỉ thị 15.",
            {("15", "Hà Nội")},
        ),
    ],
)
def test_no_pair_read_where_the_sentence_does_not_join_two(text, pairs):
    assert set(_directives(text)) == pairs


def test_an_area_named_by_its_measures_orders_none():
    text = (
        "Tỉnh Nam Định đang thực hiện giãn cách xã hội theo Chỉ thị 15/CT-TTg. Cần tuyệt đối "
        "không để dịch ở những địa bàn giãn cách xã hội, cách ly, phong tỏa lây lan ra ngoài."
    )
    assert _directives(text) == {("15/CT-TTg", "Nam Định"): ["social distancing"]}


def test_a_lockdown_ordered_in_the_next_sentence_still_counts():
    text = (
        "Tỉnh Nam Định ban hành Quyết định số 900/QĐ-UBND ngày 3/7/2021. Theo đó, phong tỏa "
        "tạm thời thôn Đông từ 12 giờ ngày 3/7."
    )
    assert _directives(text)[("900/QĐ-UBND", "Nam Định")] == ["lockdown of an area"]


def test_a_teaser_above_the_documents_gives_them_no_measure():
    text = (
        "BÁO X - Nhiều hộ nông dân được hỗ trợ giống lúa.\n"
        "BÁO X - Sáng nay, lực lượng chức năng huyện Đông Anh tiếp tục truy vết, phong tỏa, "
        "cách ly những người liên quan.\n"
        "BÁO X - Hà Nội và Bắc Ninh đều áp dụng giãn cách xã hội theo Chỉ thị 15 từ hôm nay."
    )
    assert _directives(text) == {
        ("15", "Hà Nội"): ["social distancing"],
        ("15", "Bắc Ninh"): ["social distancing"],
    }


def test_a_headline_announcing_the_lockdown_is_the_documents():
    text = (
        "Phong tỏa thôn Đông, huyện Ý Yên\n\n"
        "Ngày 3/7/2021, UBND tỉnh Nam Định ban hành Quyết định số 901/QĐ-UBND về việc áp "
        "dụng các biện pháp cấp bách."
    )
    assert _directives(text)[("901/QĐ-UBND", "Nam Định")] == ["lockdown of an area"]
