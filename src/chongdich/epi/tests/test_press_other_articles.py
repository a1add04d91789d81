"""Other articles a page prints after its own, under a heading on a line of its own ("Các
tin khác", "Tin liên quan", …), are not part of the article: their figures are not read
(docs/intake-annotation.md, 264). On texts invented for the test (not taken from any corpus
file). docs/INTAKE.md, "test66 to test70 as development data (rules31)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_DAY = dt.date(2021, 5, 27)
_OWN = "Sở Y tế Lào Cai cập nhật danh sách các điểm có ca bệnh ngày 27/5/2021.\n…\n"
_OTHER = (
    "Bản tin sáng 27/5 của Bộ Y tế cho biết có thêm 31 ca mắc COVID-19 ghi nhận trong nước. "
    "Như vậy Việt Nam hiện đã có 5.900 bệnh nhân COVID-19.\n"
)


@pytest.mark.parametrize(
    "heading", ["Các tin khác", "Tin liên quan", "Tin cùng chuyên mục:", "Bài viết liên quan"]
)
def test_the_figures_of_other_articles_are_not_read(heading):
    facts = extract_facts(_OWN + heading + "\n" + _OTHER, _DAY, use_ner=False)
    assert facts.province_stats == []


def test_the_same_figures_in_the_article_are_read():
    facts = extract_facts(_OWN + _OTHER, _DAY, use_ner=False)
    national = [s for s in facts.province_stats if s["province"] is None]
    assert national and national[0]["cumulative_cases"] == 5900


def test_a_heading_word_inside_a_sentence_cuts_nothing():
    text = _OWN + "Các tin khác về dịch bệnh sẽ được cập nhật. " + _OTHER
    national = [
        s for s in extract_facts(text, _DAY, use_ner=False).province_stats if s["province"] is None
    ]
    assert national and national[0]["cumulative_cases"] == 5900
