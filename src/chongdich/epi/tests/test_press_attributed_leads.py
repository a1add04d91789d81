"""A dated lead's count is the day's also when the lead's source comes first ("Bộ Y tế cho
biết ngày 12-2, cả nước ghi nhận 27.311 ca mắc Covid-19", "CDC thông tin, sáng 3/8, …"),
and still not when the sentence calls it a total or splits it into the recovered or the
dead ("…, trong đó 17 ca điều trị khỏi": a total). On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "test25 and test26 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "cumulative_cases")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bộ Y tế cho biết ngày 12/2, cả nước ghi nhận 21.400 ca mắc Covid-19.", {None: 21400}),
        (
            "Sở Y tế cho biết, sáng 12/2, Nam Định ghi nhận 840 ca mắc Covid-19.",
            {"Nam Định": 840},
        ),
        (
            "CDC tỉnh thông tin, chiều 12/2, Thái Bình phát hiện 310 trường hợp.",
            {"Thái Bình": 310},
        ),
    ],
)
def test_a_dated_lead_after_its_source_is_the_days(sentence, expected):
    stats = stats_by_province(f"Tin dịch.\n{sentence}", dt.date(2022, 2, 12), _FIELDS)
    assert stats == {where: {"new_cases_24h": n} for where, n in expected.items()}


def test_an_attributed_lead_that_names_a_total_is_no_days_count():
    text = "Tin dịch.\nBộ Y tế cho biết ngày 12/2, tổng số ca mắc đã ghi nhận 2.500.000 ca."
    stats = stats_by_province(text, dt.date(2022, 2, 12), _FIELDS)
    assert "new_cases_24h" not in stats.get(None, {})


@pytest.mark.parametrize(
    "sentence",
    [
        "Tối 21/3, Bộ Y tế cho biết Việt Nam đã ghi nhận 94 trường hợp mắc Covid-19, trong đó "
        "17 ca điều trị khỏi.",
        "Ngày 21/3, Việt Nam ghi nhận 94 ca bệnh, trong đó có 17 bệnh nhân đã xuất viện.",
        "Sáng 21/3, cả nước phát hiện 94 ca, trong đó 2 trường hợp tử vong.",
    ],
)
def test_a_dated_lead_split_into_outcomes_is_a_total(sentence):
    stats = stats_by_province(f"Tin dịch.\n{sentence}", dt.date(2020, 3, 21), _FIELDS)
    assert stats == {None: {"cumulative_cases": 94}}


def test_a_dated_lead_split_into_places_is_the_days():
    text = "Tin dịch.\nNgày 21/3, Việt Nam ghi nhận 9 ca, trong đó 5 ca tại Hà Nội."
    stats = stats_by_province(text, dt.date(2020, 3, 21), _FIELDS)
    assert stats[None] == {"new_cases_24h": 9}
