"""An outlet named after a provincial city ("Vinh 24h", "Cổng TTĐT thành phố Huế") is that
province's, like one named after its province: a notice of "UBND tỉnh" on its page applies
in that province, as an unnamed district's document on its portal does. On names and
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md,
"Directives and support events across the development sets (rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.press_facts.provincial_cities import city_outlet


@pytest.mark.parametrize(
    ("outlet", "province"),
    [
        ("Vinh 24h (tag page)", "Nghệ An"),
        ("Cổng TTĐT thành phố Quy Nhơn", "Bình Định"),
        ("Báo Hạ Long online", None),  # the city not first, no "thành phố": not read
        ("Tuổi Trẻ", None),
        ('Pháp luật Việt Nam (tag page "TP Tam Kỳ")', None),  # a note on the page
    ],
)
def test_a_city_outlet_names_its_province(outlet, province):
    assert city_outlet(outlet) == province


def test_a_notice_of_the_unnamed_province_on_a_city_site():
    text = (
        "Đó là chỉ đạo của UBND tỉnh tại Công văn số 5120/UBND-KT ngày 20/6 về việc tiếp tục "
        "thực hiện các biện pháp theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính "
        "phủ."
    )
    facts = extract_facts(
        text, dt.date(2020, 6, 21), use_ner=False, home_province=city_outlet("Vinh 24h")
    )
    assert {(d["document"], d["province"]) for d in facts.directives} == {
        ("5120/UBND-KT", "Nghệ An"),
        ("16/CT-TTg", "Nghệ An"),
    }


def test_an_unnamed_districts_document_on_its_portal_is_the_outlets_province():
    text = (
        "Ủy ban nhân dân huyện yêu cầu các phòng, ban, UBND các xã thực hiện tốt một số nội dung "
        "sau: 52/UBND-VP ngày 12/1/2022"
    )
    facts = extract_facts(text, dt.date(2022, 1, 12), use_ner=False, home_province="Hải Dương")
    assert [(d["document"], d["province"]) for d in facts.directives] == [
        ("52/UBND-VP", "Hải Dương")
    ]


def test_a_named_districts_body_is_not_the_outlets_province_by_default():
    text = "UBND huyện Kim Thành ban hành Công văn số 52/UBND-VP ngày 12/1/2022."
    facts = extract_facts(text, dt.date(2022, 1, 12), use_ner=False, home_province=None)
    assert [d["province"] for d in facts.directives] == [None]
