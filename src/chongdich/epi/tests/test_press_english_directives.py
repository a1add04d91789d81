"""English pages cite the Prime Minister's directives by number ("Directive 16", "Directive
No. 16", "Directive No.16/CT-TTg", "Directives No.16, No.15 and No.19") and call the measure
"social distancing": read as the Vietnamese "Chỉ thị 16" and "giãn cách xã hội" are; a
paragraph that goes on with the one before ("In particular, the committee required …") keeps
its province (invented sentences)."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

PUBLISHED = dt.date(2021, 7, 20)


def _directives(text: str) -> set[tuple[str, str | None, tuple[str, ...]]]:
    facts = extract_facts(text, PUBLISHED, use_ner=False)
    return {(d["document"], d["province"], tuple(d["measures"])) for d in facts.directives}


@pytest.mark.parametrize(
    "text",
    [
        "The Prime Minister issued Directive No. 16 on urgent measures, with a nationwide "
        "social isolation period of two weeks for all citizens.",
        "The Prime Minister has signed Directive 16, asking all people to stay at home and "
        "observe social distancing for 15 days.",
        "Local authorities were told how to carry out the Prime Minister's Directive 16 on "
        "social distancing, which was issued to contain the pandemic.",
    ],
)
def test_the_countrys_own_directive_has_no_province(text):
    assert _directives(text) == {("16", None, ("social distancing",))}


@pytest.mark.parametrize(
    "text",
    [
        "Tay Ninh, Long An and Tien Giang will apply social distancing under Directive 16 "
        "from midnight on Monday.",
        "Social distancing under Directive No 16 will be imposed in Tay Ninh, Long An and "
        "Tien Giang for 14 days.",
    ],
)
def test_a_list_of_provinces_applies_the_directive_each(text):
    assert _directives(text) == {
        ("16", province, ("social distancing",))
        for province in ("Tây Ninh", "Long An", "Tiền Giang")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Can Tho has decided to extend social distancing in accordance with the Prime"
            " Minister's Directive No.16/CT-TTg till September 30.",
            {("16/CT-TTg", "Cần Thơ", ("social distancing",))},
        ),
        (
            "The Soc Trang provincial People's Committee tightened pandemic prevention and"
            " control measures.\n\nIn particular, the committee required localities in the"
            " province to impose social distancing in line with Directives No.16, No.15 and"
            " No.19.",
            {(number, "Sóc Trăng", ("social distancing",)) for number in ("16", "15", "19")},
        ),
    ],
)
def test_numbers_written_close_up_or_in_a_list(text, expected):
    assert _directives(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ho Chi Minh City reported 300 new cases. Minister of Health Nguyen Thanh Long has"
        " recently issued Decision 4000/QD-BYT approving a project to strengthen intensive care"
        " capacity.",
        "According to Decision No. 4000/QD-BYT 2022 of the Ministry of Health, people with"
        " COVID-19 can get at-home treatment.",
    ],
)
def test_the_ministrys_decision_by_its_number_has_no_province(text):
    assert _directives(text) == {("4000/QD-BYT", None, ())}
