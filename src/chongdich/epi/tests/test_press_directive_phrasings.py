"""Directives' numbers, dates and provinces, on sentences invented for the test (not taken
from any corpus file)."""

import datetime as dt

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.press_facts.shared import find_published_date


def _directives(text, published=None, home=None):
    facts = extract_facts(text, published, use_ner=False, home_province=home)
    return {d["document"]: (d["province"], d["date"]) for d in facts.directives}


def test_a_document_the_provinces_own_body_issues_applies_in_the_outlets_province():
    text = (
        "Ngày 7/10/2021, UBND tỉnh ban hành Quyết định số 3120/QĐ-UBND về việc phong tỏa "
        "thôn Đông, xã Hải An."
    )
    assert _directives(text, dt.date(2021, 10, 7), home="Quảng Trị") == {
        "3120/QĐ-UBND": ("Quảng Trị", "2021-10-07")
    }
    # a national paper's page (no outlet province) names none
    assert _directives(text, dt.date(2021, 10, 7)) == {"3120/QĐ-UBND": (None, "2021-10-07")}


def test_the_partys_documents_are_numbered_with_a_dash():
    text = (
        "Thực hiện Chỉ thị số 07-CT/TU ngày 10/5/2021 của Ban Thường vụ Tỉnh ủy, UBND tỉnh "
        "Lào Cai vừa ban hành Công văn số 2001/UBND-VX."
    )
    directives = _directives(text, dt.date(2021, 5, 12))
    assert directives["07-CT/TU"] == ("Lào Cai", "2021-05-10")
    assert "07" not in directives


def test_a_cited_documents_date_is_neither_the_later_ones_nor_the_articles():
    text = (
        "Thực hiện Công điện số 401/CĐ-TTg ngày 03/5/2021 của Thủ tướng Chính phủ, Ban Chỉ đạo "
        "phòng, chống dịch tỉnh Sơn La vừa ban hành Công văn số 1300/UBND-KGVX."
    )
    assert find_published_date(text) is None
    assert _directives(text)["1300/UBND-KGVX"] == ("Sơn La", None)


def test_a_bodys_full_number_with_its_date_is_a_document_without_its_kind():
    text = (
        "UBND tỉnh Hà Nam yêu cầu các sở, ngành thực hiện tốt một số nội dung sau: 52/UBND-VX "
        "ngày 12/1/2022."
    )
    assert _directives(text, dt.date(2022, 1, 13)) == {"52/UBND-VX": ("Hà Nam", "2022-01-12")}
    # a count of people over a count is no document
    assert _directives("Đã tiêm 12/15 người ngày 12/1/2022.", dt.date(2022, 1, 13)) == {}


def _measures(text, published=dt.date(2021, 9, 20), home="Quảng Trị"):
    facts = extract_facts(text, published, use_ner=False, home_province=home)
    return {d["document"]: d["measures"] for d in facts.directives}


def test_the_issuer_may_stand_between_a_number_and_its_date():
    text = (
        "Ngày 3/11, UBND tỉnh Quảng Trị ban hành Quyết định số 2500/QĐ-UBND áp dụng các biện "
        "pháp theo Nghị quyết số 128/NQ-CP của Chính phủ ngày 11 tháng 10 năm 2021."
    )
    assert _directives(text, dt.date(2021, 11, 4))["128/NQ-CP"] == ("Quảng Trị", "2021-10-11")


def test_a_government_document_cited_for_the_whole_country_is_no_provinces_directive():
    assert (
        _directives(
            "Theo Nghị quyết 128/NQ-CP, có 4 cấp độ dịch; cả nước đã có 20 tỉnh công bố cấp độ.",
            dt.date(2021, 10, 20),
        )
        == {}
    )
    assert (
        _directives(
            "Bộ Y tế yêu cầu Sở Y tế các tỉnh, thành phố tiêm ngay theo Nghị quyết số 21 ngày "
            "26/2/2021 của Chính phủ.",
            dt.date(2021, 3, 1),
            home="Nam Định",
        )
        == {}
    )


def test_moving_an_area_from_one_directive_to_another_orders_only_the_second():
    measures = _measures(
        "Ngày 18/9, UBND tỉnh ban hành Quyết định số 2400/QĐ-UBND. Theo đó, chuyển thôn A từ "
        "phong tỏa theo Chỉ thị số 16/CT-TTg sang thực hiện giãn cách xã hội theo Chỉ thị số "
        "15/CT-TTg kể từ 6 giờ ngày 19/9."
    )
    assert measures["16/CT-TTg"] == []
    assert measures["15/CT-TTg"] == ["social distancing"]


def test_lifting_a_measure_does_not_order_it():
    measures = _measures(
        "Theo Quyết định 3300/QĐ-UBND ngày 1/10/2021 của UBND tỉnh Quảng Trị, tỉnh dỡ bỏ phong "
        "tỏa thôn A."
    )
    assert measures == {"3300/QĐ-UBND": []}


def test_theo_do_gives_the_document_before_what_it_orders_but_not_its_exceptions():
    measures = _measures(
        "Tối 22/9, UBND tỉnh ban hành Công văn số 14000/UBND-VP. Theo đó, thực hiện giãn cách "
        "xã hội theo Chỉ thị số 15/CT-TTg trên địa bàn tỉnh (trừ các khu vực đang áp dụng lệnh "
        "phong tỏa) từ 0 giờ ngày 23/9."
    )
    assert measures == {"14000/UBND-VP": ["social distancing"], "15/CT-TTg": ["social distancing"]}


def test_a_numbered_list_a_decision_opens_is_what_it_orders():
    measures = _measures(
        "Ngày 9/5/2021, UBND tỉnh đã ban hành quyết định số 1100/QĐ-UBND về các biện pháp cấp "
        "bách, cụ thể:\n1. Phong tỏa tạm thời thôn A theo Chỉ thị số 16/CT-TTg.\n"
        "2. Giãn cách xã hội xã B theo Chỉ thị số 15/CT-TTg."
    )
    assert measures["1100/QĐ-UBND"] == ["social distancing", "lockdown of an area"]
    assert measures["16/CT-TTg"] == ["lockdown of an area"]


# Directive frames found on test9 and written as mechanisms (docs/INTAKE.md, "test9 as
# development data"), on sentences invented for the test.
def _documents(text, home=None):
    facts = extract_facts(text, dt.date(2021, 9, 20), use_ner=False, home_province=home)
    return sorted((d["document"], d["province"]) for d in facts.directives)


def test_districts_applying_a_central_directive_are_the_outlets_province():
    text = (
        "Từ ngày 20-9, các huyện Tam Nông, Tân Hồng đã chuyển sang thực hiện giãn cách xã hội "
        "theo Chỉ thị 15/CT-TTg của Thủ tướng Chính phủ."
    )
    assert _documents(text, home="Đồng Tháp") == [("15/CT-TTg", "Đồng Tháp")]


def test_a_databases_list_of_related_titles_applies_nothing():
    text = (
        "Văn bản liên quan:\n"
        "- 1 Chỉ thị 19/CT-TTg năm 2020 về tiếp tục thực hiện biện pháp phòng, chống dịch do "
        "Thủ tướng Chính phủ ban hành\n"
        "- 2 Nghị quyết 42/NQ-CP năm 2020 về biện pháp hỗ trợ người dân do Chính phủ ban hành\n"
    )
    assert _documents(text, home="Lào Cai") == []


def test_a_central_directive_applied_by_many_provinces_is_no_ones():
    text = (
        "Hà Nội, Đà Nẵng và nhiều tỉnh, thành trong cả nước đã áp dụng các biện pháp theo Chỉ "
        "thị số 16/CT-TTg của Thủ tướng Chính phủ."
    )
    assert _documents(text, home="Hà Giang") == []


def test_a_roundup_applies_one_document_province_by_province():
    text = (
        "Bến Tre: Từ 0h ngày 20/7, toàn tỉnh Bến Tre thực hiện giãn cách xã hội theo Chỉ thị "
        "16. Trà Vinh: Từ ngày 21/7, toàn tỉnh Trà Vinh áp dụng giãn cách xã hội theo Chỉ thị "
        "16. Sau đó, Bến Tre tiếp tục thực hiện Chỉ thị 16 thêm 7 ngày."
    )
    assert _documents(text) == [("16", "Bến Tre"), ("16", "Trà Vinh")]
