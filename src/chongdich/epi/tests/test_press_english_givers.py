"""Givers and receivers of English support articles named away from the gift's verb, on
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test10
as development data"."""

import datetime as dt

from chongdich.epi.tests.press_helpers import gift_rows


def _gifts(text, published=dt.date(2021, 9, 20)):
    return sorted(gift_rows(text, published, ("donor", "recipient", "item", "quantity", "date")))


def test_givers_left_unnamed_are_named_by_a_later_sentence():
    text = (
        "The Vietnam Fatherland Front on September 3 received 200 made-in-Viet Nam "
        "respirators worth 40 billion VND (1.7 million USD) from donors for the fight "
        "against the pandemic.\n"
        "Officials at the ceremony (Photo: VNA) |\n"
        "The equipment was donated by Hong Duc Hospital, the Sao Mai Group and others.\n"
        "The Front also received 3 billion VND from Nguyen Van Binh, a businessman."
    )
    front = "Ủy ban Trung ương MTTQ Việt Nam"
    assert _gifts(text) == [
        ("Hong Duc Hospital", front, "ventilator", 200, "2021-09-03"),
        ("Nguyen Van Binh", front, "money_vnd", 3_000_000_000, "2021-09-03"),
    ]


def test_unnamed_givers_with_no_later_name_give_nothing():
    text = (
        "The Vietnam Fatherland Front on September 3 received 200 respirators from donors "
        "for the fight against the pandemic. The machines will go to field hospitals."
    )
    assert _gifts(text) == []


def test_a_gift_handed_over_for_others_names_its_giver_after_it():
    text = (
        "At the ceremony, the delegation handed over 50,000 vaccine doses presented by "
        "Italy and 30,000 doses by Poland to the Health Ministry, the agency said."
    )
    assert _gifts(text) == [
        ("Ba Lan", "Bộ Y tế", "vaccine_dose", 30_000, None),
        ("Ý", "Bộ Y tế", "vaccine_dose", 50_000, None),
    ]


def test_a_provincial_front_receives_as_its_province():
    text = (
        "The Fatherland Front Committee of Quang Ngai province on September 3 received "
        "100 ventilators from the Hoa Phat Group."
    )
    assert _gifts(text) == [("Hoa Phat Group", "Quảng Ngãi", "ventilator", 100, "2021-09-03")]
