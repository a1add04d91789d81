"""English gifts as test38's and test39's pages write them: a roll of givers to the receiver
of the lead ("The VFF Central Committee … received donations …, with the VTV contributing …";
"… received by the Vietnam Fatherland Front (VFF) Central Committee …; Viettel with 10 billion
VND"), State ministries under their Vietnamese names, "one million" doses and shots, the maker
a later sentence gives, a country's gift that arrived; and what is no gift: a plan ("is
expected to receive"), a tally ("bringing the total donation … to", "To date, …"), a pronoun
or an adverb as the giver, a gift for another country. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import gift_rows

_DAY = dt.date(2021, 5, 4)
_ROWS = ("donor", "recipient", "quantity", "date")
_VFF = "Ủy ban Trung ương MTTQ Việt Nam"


def test_a_roll_of_givers_to_the_leads_receiver() -> None:
    text = (
        "Hanoi (VNA) – More than 2 trillion VND has been raised for the fight against COVID-19"
        " via the Vietnam Fatherland Front (VFF) since April 1.\n"
        "The VFF Central Committee on May 3 received donations from many agencies and"
        " individuals, with the Vietnam Television (VTV) contributing 300 million VND.\n"
        "The Association of Vietnamese in Berlin (Germany) contributed 120 million VND, the"
        " Ministry of Justice, 200 million VND; and the Ministry of Construction, 2 billion VND."
    )
    assert gift_rows(text, _DAY, _ROWS) == [
        ("Vietnam Television", _VFF, 300000000, "2021-05-03"),
        ("Association of Vietnamese in Berlin", _VFF, 120000000, "2021-05-03"),
        ("Bộ Tư pháp", _VFF, 200000000, "2021-05-03"),
        ("Bộ Xây dựng", _VFF, 2000000000, "2021-05-03"),
    ]


def test_a_roll_after_a_receiver_named_by_by() -> None:
    text = (
        "Donations for the COVID-19 relief efforts received by the Vietnam Fatherland Front"
        " (VFF) Central Committee exceeded 80 billion VND on April 2 alone.\n"
        "The largest contributors included Masan which donated 50 billion VND for vaccines;"
        " Viettel with 10 billion VND; Bao Viet Holdings (BVH) with 2 billion VND; and Phuong Nam"
        " bookshop with 1 billion VND.\n"
        "The ceremony was held in Hanoi."
    )
    assert gift_rows(text, _DAY, _ROWS) == [
        ("Masan", _VFF, 50000000000, "2021-04-02"),
        ("Viettel", _VFF, 10000000000, "2021-04-02"),
        ("Bao Viet Holdings", _VFF, 2000000000, "2021-04-02"),
        ("Phuong Nam bookshop", _VFF, 1000000000, "2021-04-02"),
    ]


def test_one_million_shots_and_the_maker_told_after() -> None:
    text = (
        "Japan already supplied Vietnam with one million vaccine shots earlier this month. The"
        " doses arrived in the country on June 16. The two million jabs are AstraZeneca's"
        " COVID-19 vaccine manufactured in Japan. Russia and China gave Sputnik V and Sinopharm"
        " doses too."
    )
    assert gift_rows(text, _DAY, ("donor", "recipient", "quantity", "detail")) == [
        ("Nhật Bản", "Chính phủ", 1000000, "AstraZeneca")
    ]


def test_a_countrys_gift_that_arrived_is_the_governments() -> None:
    text = (
        "More than two million doses of Moderna COVID-19 vaccine, supplied by the US Government"
        " through the COVAX facility, arrives in Hanoi on early July 10."
    )
    assert gift_rows(text, _DAY, ("donor", "recipient", "quantity", "detail")) == [
        ("Mỹ", "Chính phủ", 2000000, "Moderna")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A shipment of the AstraZeneca COVID-19 vaccine doses donated by Japan to Việt Nam"
        " arrived at Tân Sơn Nhất International Airport on Friday morning.",
        "Vietnam is expected to receive 2.6 million doses of COVID-19 vaccine supplied by Japan"
        " and the COVAX scheme.",
        "This is the second batch of Moderna vaccines to arrive in the country this month,"
        " bringing the total donation from the United States Government to Việt Nam to more"
        " than five million doses.",
        "To date, Việt Nam has received nearly 7.5 million doses of COVID-19 vaccines in four"
        " shipments through the COVAX Facility.",
        "Lao Cai authorities keep in touch with the Chinese side. They have presented 20,000"
        " medical masks to Yunnan province.",
        "Hanoi's fund got more. Meanwhile, an individual donor contributed VND5 billion to the"
        " fund.",
        "Hanoi's pagodas prayed. The Vietnam Buddhist Sangha contributed 108 oxygen concentrators"
        " for India and its people.",
    ],
)
def test_no_gift(text: str) -> None:
    assert gift_rows(text, _DAY) == []
