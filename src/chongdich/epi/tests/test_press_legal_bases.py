"""Every document a preamble's legal bases name ("Căn cứ Nghị quyết số …; Quyết định số …
thực hiện Nghị quyết số …") is a basis, not a directive of the article; a body acting after
the bases still issues its own. On sentences invented for the test (not taken from any
corpus file). docs/INTAKE.md, "Directives and support events across the development sets
(rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _documents(text):
    facts = extract_facts(text, dt.date(2022, 1, 20), use_ner=False)
    return {(d["document"], d["province"]) for d in facts.directives}


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Nghị quyết số 200/NQ-CP ngày 1/10/2021 của Chính phủ ban hành Quy định tạm thời "
        "“Thích ứng an toàn, linh hoạt”; Quyết định số 5000/QĐ-BYT ngày 2/10/2021 của Bộ Y tế "
        "ban hành hướng dẫn thực hiện Nghị quyết số 200/NQ-CP ngày 1/10/2021 của Chính phủ;\n\n"
        "UBND tỉnh Lâm Đồng thông báo cấp độ dịch như sau.",
        "Căn cứ Quyết định số 5000/QĐ-BYT ngày 2/10/2021 của Bộ Y tế hướng dẫn thực hiện Nghị "
        "quyết số 200/NQ-CP;\n\nUBND tỉnh Lâm Đồng thông báo cấp độ dịch như sau.",
    ],
)
def test_documents_of_a_basis_list_are_no_directives(text):
    assert _documents(text) == set()


def test_a_body_acting_after_the_bases_issues_its_own():
    text = (
        "Căn cứ Kế hoạch số 12/KH-UBND của tỉnh, UBND tỉnh Lâm Đồng ban hành Quyết định số "
        "300/QĐ-UBND ngày 10/1/2022 về cấp độ dịch."
    )
    assert _documents(text) == {("300/QĐ-UBND", "Lâm Đồng")}


def test_the_centre_awaited_issues_nothing():
    text = (
        "Ngày 20/1, Lâm Đồng ghi nhận thêm 5 ca mắc COVID-19.\n\nTrong thời gian chờ Thủ tướng "
        "Chính phủ ban hành chỉ đạo mới, toàn tỉnh tiếp tục thực hiện theo Chỉ thị 16/CT-TTg."
    )
    assert _documents(text) == {("16/CT-TTg", "Lâm Đồng")}
