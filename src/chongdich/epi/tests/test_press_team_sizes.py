"""A medical team's size in more wordings: "Đoàn cán bộ y tế được tỉnh X cử đến Y có 30
người", "… với 25 thành viên", "là 18 người", besides "gồm 30 người". A team that is not sent
(a hospital's own staff, people in quarantine) is no gift. On sentences invented for the
test (not taken from any corpus file). docs/INTAKE.md, "test16 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _teams(text):
    facts = extract_facts(text, dt.date(2021, 7, 2), use_ner=False)
    return {
        (e["donor"], e["recipient"], i["quantity"])
        for e in facts.support_events
        for i in e["items"]
        if i["item"] == "medical_staff"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn cán bộ y tế được tỉnh Bình Định cử đến Gia Lai có 28 người, là bác sĩ và "
            "điều dưỡng của Bệnh viện Đa khoa tỉnh.",
            {("Bình Định", "Gia Lai", 28)},
        ),
        (
            "Tỉnh Nghệ An cử đoàn y bác sĩ với 25 thành viên vào hỗ trợ tỉnh Bình Dương.",
            {("Nghệ An", "Bình Dương", 25)},
        ),
        (
            "Sáng 2/7, đoàn y, bác sĩ của tỉnh Thái Bình lên đường chi viện Đồng Nai, đoàn có "
            "tổng cộng 40 người.",
            {("Thái Bình", "Đồng Nai", 40)},
        ),
        (
            "Tỉnh Quảng Trị cử đoàn cán bộ y tế là 18 người hỗ trợ tỉnh Quảng Bình xét nghiệm.",
            {("Quảng Trị", "Quảng Bình", 18)},
        ),
    ],
)
def test_a_teams_size(text, expected):
    assert _teams(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Các bác sĩ của Bệnh viện Đa khoa tỉnh Long An có 300 người đang làm việc tại khoa "
        "điều trị COVID-19.",
        "Tỉnh Hà Nam có 30 người đang cách ly tập trung.",
    ],
)
def test_no_team_sent(text):
    assert _teams(text) == set()
