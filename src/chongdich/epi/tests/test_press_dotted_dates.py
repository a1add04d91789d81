"""A date written with dots ("22.2", "26.2.2021") or dashes reads as one written with
slashes: its dots end no clause. On sentences invented for the test; docs/INTAKE.md,
"Robustness to surface variation"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2022, 2, 22)


@pytest.mark.parametrize("sep", ["/", ".", "-"])
def test_the_ministrys_count_is_the_countrys_whatever_the_dates_marks(sep):
    text = (
        f"Bộ Y tế tối 22{sep}2 công bố 55.879 ca nhiễm mới. Số ca nhiễm trong ngày tại Hà Nội "
        "tiếp tục tăng mạnh với 6.860 ca."
    )
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {
        None: {"new_cases_24h": 55879},
        "Hà Nội": {"new_cases_24h": 6860},
    }


@pytest.mark.parametrize("sep", ["/", ".", "-"])
def test_a_government_resolution_cited_with_its_date_is_no_directive(sep):
    text = (
        "Bộ Y tế chỉ đạo Sở Y tế các tỉnh triển khai tiêm chủng theo đúng Nghị quyết số 21 "
        f"ngày 26{sep}2{sep}2021 của Chính phủ, hoàn thành trước ngày 15{sep}5{sep}2021."
    )
    assert extract_facts(text, _DAY, use_ner=False).directives == []
