"""A provincial bulletin's figures in phrasings of its own: a total with the day's part in
brackets ("đã được điều trị khỏi 2.415 ca (trong ngày: 41), tử vong 07 ca"), a breakdown's
community part with no noun after ("…; tại cộng đồng 52 (trong đó …)"), a lead dated by
"Sáng nay (DD/MM)", the recovered announced with the disease between ("30 BN mắc Covid-19
được công bố khỏi bệnh"), and positives still treated ("có 905 trường hợp dương tính với
SARS-CoV-2 đang điều trị"), which are no day's count. On sentences invented for the test
(not taken from any corpus file). docs/INTAKE.md, "test66 to test70 as development data
(rules31)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 11, 20)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tính đến nay, toàn tỉnh Quảng Trị có 2.980 ca F0. Hiện đang điều trị 520 ca, đã "
            "được điều trị khỏi 2.415 ca (trong ngày: 41), tử vong 07 ca.",
            {"under_treatment": 520, "recovered": 2415, "deaths": 7},
        ),
        (
            "Đến nay Quảng Trị đã điều trị khỏi 2.415 ca (hôm nay: 41 ca), tử vong 07 ca.",
            {"recovered": 2415, "deaths": 7},
        ),
    ],
)
def test_a_totals_bracketed_day_keeps_the_totals(sentence, expected):
    fields = ("under_treatment", "recovered", "deaths")
    assert stats_by_province(sentence, _DAY, fields) == {"Quảng Trị": expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 20/11, Quảng Trị có 41 ca khỏi bệnh trong ngày.",
        "Trong ngày, Quảng Trị ghi nhận 3 ca tử vong.",
    ],
)
def test_the_days_outcomes_stay_unread(sentence):
    assert stats_by_province(sentence, _DAY, ("recovered", "deaths")) == {}


@pytest.mark.parametrize(
    ("sentence", "community"),
    [
        (
            "Ngày 20/11, Quảng Trị ghi nhận thêm 85 ca. Trong đó, phát hiện tại khu cách ly 20, "
            "giám sát tại nhà 13; tại cộng đồng 52 (trong đó 3 ca chưa rõ nguồn lây).",
            52,
        ),
        ("Trong đó, tại khu cách ly 20, tại cộng đồng 52, chưa xác minh 1.", 52),
        ("Trong đó, tại khu cách ly 20 ca, tại cộng đồng 52 ca.", 52),
    ],
)
def test_a_breakdowns_community_part_label_first(sentence, community):
    text = "Quảng Trị ghi nhận 85 ca mắc mới. " + sentence
    assert stats_by_province(text, _DAY, ("community_cases",)) == {
        "Quảng Trị": {"community_cases": community}
    }


def test_samples_taken_in_the_community_are_no_cases():
    text = "Quảng Trị đã lấy 12.300 mẫu, trong đó tại cộng đồng 288.803 mẫu xét nghiệm."
    assert stats_by_province(text, _DAY, ("community_cases",)) == {}


@pytest.mark.parametrize(
    "lead",
    ["Sáng nay (20/11), Quảng Trị ghi nhận", "Chiều nay (ngày 20/11), Quảng Trị ghi nhận"],
)
def test_a_lead_dated_in_brackets_gives_the_days_count(lead):
    text = f"{lead} 64 ca mắc COVID-19, trong đó có 40 ca cộng đồng."
    assert stats_by_province(text, _DAY, ("new_cases_24h", "community_cases")) == {
        "Quảng Trị": {"new_cases_24h": 64, "community_cases": 40}
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Đến sáng 20/11, Quảng Trị đã có 30 BN mắc Covid-19 được công bố khỏi bệnh.",
        "Như vậy, tại Quảng Trị, tổng số đã có 30 bệnh nhân COVID-19 được công bố khỏi bệnh.",
    ],
)
def test_the_recovered_announced_with_the_disease_between(sentence):
    assert stats_by_province(sentence, _DAY, ("recovered",)) == {"Quảng Trị": {"recovered": 30}}


def test_discharges_of_the_day_with_the_disease_between_stay_unread():
    text = "Ngày 20/11, Quảng Trị có 12 bệnh nhân Covid-19 xuất viện."
    assert stats_by_province(text, _DAY, ("recovered",)) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiện Quảng Trị có 905 trường hợp dương tính với SARS-CoV-2 đang điều trị tại bệnh viện.",
        "Hiện Quảng Trị có 905 trường hợp dương tính với SARS – CoV – 2 đang được điều trị.",
    ],
)
def test_positives_still_treated_are_under_treatment(sentence):
    assert stats_by_province(sentence, _DAY, ("under_treatment", "new_cases_24h")) == {
        "Quảng Trị": {"under_treatment": 905}
    }


def test_the_days_positives_stay_the_days():
    text = "Ngày 20/11, Quảng Trị ghi nhận 45 trường hợp dương tính với SARS-CoV-2."
    assert stats_by_province(text, _DAY, ("under_treatment", "new_cases_24h")) == {
        "Quảng Trị": {"new_cases_24h": 45}
    }
