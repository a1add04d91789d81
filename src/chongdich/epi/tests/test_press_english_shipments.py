"""A shipment whose giver the lead names ("… doses of the Moderna vaccine donated by Japan
has arrived") and whose parts later sentences send on ("The PI received 200,000 doses",
"400,000 doses were transferred to Can Tho"); on sentences invented for the test (not taken
from any corpus file). docs/INTAKE.md, "test11 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _gifts(text):
    facts = extract_facts(text, dt.date(2021, 7, 12), use_ner=False)
    return sorted(
        (
            (e["donor"], e["recipient"], i["item"], i["quantity"], i["detail"], e["date"])
            for e in facts.support_events
            for i in e["items"]
        ),
        key=str,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A shipment of 600,000 doses of the Moderna COVID-19 vaccine donated by Japan has "
            "arrived in Vietnam. Officials met at the Pasteur Institute (PI) in Khanh Hoa on "
            "July 9. The PI received 200,000 doses on July 9, while 400,000 doses were "
            "transferred to Can Tho the day before.",
            [
                ("Nhật Bản", "Cần Thơ", "vaccine_dose", 400000, "Moderna", "2021-07-08"),
                ("Nhật Bản", "Khánh Hòa", "vaccine_dose", 200000, "Moderna", "2021-07-09"),
            ],
        ),
        (
            "Some 1.2 million doses of the AstraZeneca vaccine donated by the United Kingdom "
            "arrived last week. Of these, 500,000 doses have been delivered to Dong Nai and "
            "300,000 doses were sent to Binh Duong.",
            [
                ("Anh", "Bình Dương", "vaccine_dose", 300000, "AstraZeneca", None),
                ("Anh", "Đồng Nai", "vaccine_dose", 500000, "AstraZeneca", None),
            ],
        ),
        (
            "The Health Ministry said 800,000 doses of Pfizer vaccine donated by the United "
            "States arrived on Monday. Ho Chi Minh City received 500,000 doses on July 6.",
            [("Mỹ", "TP HCM", "vaccine_dose", 500000, "Pfizer", "2021-07-06")],
        ),
    ],
)
def test_the_parts_of_a_shipment_are_its_givers_gifts(text, expected):
    assert _gifts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a part still to come
        "A shipment of 600,000 doses donated by Japan arrived in Hanoi. The remaining 200,000 "
        "doses are scheduled to be delivered to Can Tho next week.",
        # another item than the shipment's: no giver
        "A shipment of 600,000 doses donated by Japan arrived in Hanoi. Can Tho received 50 "
        "ventilators on July 9.",
    ],
)
def test_a_part_still_to_come_or_another_item_is_not_the_shipments(text):
    # the shipment itself, no part of it given, is the Government's (it landed in Hanoi)
    assert _gifts(text) == [("Nhật Bản", "Chính phủ", "vaccine_dose", 600000, "", None)]
