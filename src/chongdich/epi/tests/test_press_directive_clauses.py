"""A measure belongs to the documents of its own clause when a sentence turns to other places
with another document ("… giãn cách xã hội … theo Chỉ thị số 16/CT-TTg, đối với các khu vực
lân cận thì áp dụng theo Chỉ thị số 15/CT-TTg": the 15 names no measure). On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "test12 and test13
as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _measures(text):
    facts = extract_facts(text, dt.date(2021, 7, 20), use_ner=False)
    return {d["document"]: d["measures"] for d in facts.directives}


@pytest.mark.parametrize(
    "turn",
    [
        ", đối với các khu vực lân cận thì áp dụng theo Chỉ thị số 15/CT-TTg",
        "; còn các khu vực lân cận áp dụng theo Chỉ thị số 15/CT-TTg",
        ", riêng các phường lân cận áp dụng Chỉ thị số 15/CT-TTg",
        ", các huyện còn lại áp dụng Chỉ thị số 15/CT-TTg",
    ],
)
def test_a_measure_stays_in_its_clause(turn):
    text = (
        "UBND tỉnh Bình Định yêu cầu thực hiện giãn cách xã hội tại khu vực có ca bệnh theo "
        f"Chỉ thị số 16/CT-TTg{turn}."
    )
    assert _measures(text) == {"16/CT-TTg": ["social distancing"], "15/CT-TTg": []}


@pytest.mark.parametrize(
    "text",
    [
        # one clause, two documents: the measure is both's
        "UBND tỉnh Bình Định yêu cầu giãn cách xã hội theo Chỉ thị số 15/CT-TTg và Chỉ thị "
        "số 16/CT-TTg.",
        # a comma that does not turn to other places
        "UBND tỉnh Bình Định áp dụng Chỉ thị số 15/CT-TTg, Chỉ thị số 16/CT-TTg để giãn cách "
        "xã hội.",
    ],
)
def test_one_clause_gives_the_measure_to_every_document(text):
    assert _measures(text) == {
        "15/CT-TTg": ["social distancing"],
        "16/CT-TTg": ["social distancing"],
    }
