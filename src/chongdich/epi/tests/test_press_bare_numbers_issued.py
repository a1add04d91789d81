"""A document cited by its bare number has no date, unless the sentence reports its issuing on
a written day ("Tối ngày 3/5, Bộ Y tế ra thông báo khẩn số 39"); a bare number the issued text
only refers to keeps none. On sentences invented for the test (not taken from any corpus
file). docs/INTAKE.md, "test31 and test32 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _dates(text):
    facts = extract_facts(text, dt.date(2021, 6, 14), use_ner=False)
    return {d["document"]: d["date"] for d in facts.directives}


@pytest.mark.parametrize(
    ("text", "document", "date"),
    [
        (
            "Chiều ngày 12/6, Bộ Y tế ra thông báo khẩn số 71 tìm người đến chợ Cát Bi tại "
            "Hải Phòng.",
            "71",
            "2021-06-12",
        ),
        (
            "Tối 12/6, Sở Y tế Hải Dương phát đi thông báo khẩn số 18 tìm người đến quán cà phê "
            "trên phố Trần Hưng Đạo.",
            "18",
            "2021-06-12",
        ),
        (
            "Ngày 12/6, UBND tỉnh Hà Nam ban hành văn bản yêu cầu các huyện thực hiện giãn cách "
            "xã hội theo Chỉ thị 15.",
            "15",
            None,
        ),
    ],
)
def test_a_bare_number_is_dated_only_by_the_report_of_its_issuing(text, document, date):
    assert _dates(text).get(document, "absent") == date
