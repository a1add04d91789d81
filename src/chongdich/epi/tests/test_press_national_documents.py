"""A central document the sentence says the centre issues is the country's (`province` null,
the date of its issuing when the sentence opens with it), even where the article's figures
are a province's; a province's act citing the centre's document stays the province's. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"Directives and support events across the development sets (rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_BULLETIN = "Tính đến sáng nay, Đà Nẵng ghi nhận tổng cộng 120 ca mắc COVID-19. "


def _directives(text):
    facts = extract_facts(text, dt.date(2020, 4, 2), use_ner=False)
    return {(d["document"], d["province"]): d["date"] for d in facts.directives}


@pytest.mark.parametrize(
    ("sentence", "document", "date"),
    [
        (
            "Chiều 31/3/2020, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã ký ban hành Chỉ thị số 16 "
            "về các biện pháp cấp bách.",
            "16",
            "2020-03-31",
        ),
        (
            "Ngày 5/8/2021, Thủ tướng Chính phủ vừa ký Quyết định số 1234/QĐ-TTg về mua vắc xin.",
            "1234/QĐ-TTg",
            "2021-08-05",
        ),
        (
            "Chính phủ vừa ban hành Nghị quyết số 21/NQ-CP về mua và sử dụng vắc xin.",
            "21/NQ-CP",
            None,
        ),
        (
            "Ngày 27/3/2020, Thủ tướng đã ký Chỉ thị 15/CT-TTg về đợt cao điểm phòng, chống dịch.",
            "15/CT-TTg",
            "2020-03-27",
        ),
        (
            "Thủ tướng Nguyễn Xuân Phúc vừa ra Chỉ thị số 19/CT-TTg về việc tiếp tục thực hiện "
            "các biện pháp phòng, chống dịch.",
            "19/CT-TTg",
            None,
        ),
        (
            "Bộ Y tế có Công văn số 3100/BYT-DP gửi UBND các tỉnh, thành phố trực thuộc Trung ương "
            "về việc tăng cường phòng, chống dịch dịp nghỉ lễ.",
            "3100/BYT-DP",
            None,
        ),
        (
            "Bộ Y tế tiếp tục gửi Công điện số 700/CĐ-BYT tới các tỉnh, thành phố về việc tiêm "
            "vắc xin cho trẻ em.",
            "700/CĐ-BYT",
            None,
        ),
        (
            "Các địa phương thực hiện theo Chỉ thị 19 mà Thủ tướng ban hành trước đó.",
            "19",
            None,
        ),
    ],
)
def test_the_centre_issuing_gives_the_country_the_document(sentence, document, date):
    assert _directives(_BULLETIN + sentence) == {(document, None): date}


def test_a_province_implementing_the_centres_document_keeps_it():
    text = (
        _BULLETIN + "Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, UBND thành phố Đà "
        "Nẵng đã ban hành Công văn số 2210/UBND-KGVX ngày 1/4/2020."
    )
    assert set(_directives(text)) == {("16/CT-TTg", "Đà Nẵng"), ("2210/UBND-KGVX", "Đà Nẵng")}


def test_the_centre_issuing_for_a_named_province_stays_the_provinces():
    text = "Thủ tướng đã ký ban hành Chỉ thị 16 áp dụng cho Hà Nội từ ngày 1/4."
    assert set(_directives(text)) == {("16", "Hà Nội")}


def test_a_province_sending_the_ministrys_letter_keeps_it():
    text = (
        "Sở Y tế tỉnh Bình Định có Công văn số 1500/SYT-NVY gửi các bệnh viện về việc thực "
        "hiện Công điện số 700/CĐ-BYT của Bộ Y tế."
    )
    assert set(_directives(text)) == {("1500/SYT-NVY", "Bình Định"), ("700/CĐ-BYT", "Bình Định")}
