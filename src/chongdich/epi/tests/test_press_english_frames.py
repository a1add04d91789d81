"""English support articles whose gifts lean on the sentences around them: a breakdown of
the gift told before ("The donation includes …"), a giver that names no receiver in an
article about one province, two givers in one sentence, dates carried from the gift before,
givers named by a common noun; on sentences invented for the test (not taken from any corpus
file). docs/INTAKE.md, "test11 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _gifts(text, published=dt.date(2021, 9, 20)):
    facts = extract_facts(text, published, use_ner=False)
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
            "Sunrise Textiles on September 9 presented goods worth VND3 billion to Quang Tri "
            "province. The gift includes 2,000 isolation gowns and 40,000 face masks.",
            [
                ("Sunrise Textiles", "Quảng Trị", "mask", 40000, "", "2021-09-09"),
                ("Sunrise Textiles", "Quảng Trị", "ppe_kit", 2000, "", "2021-09-09"),
            ],
        ),
        (
            "Representatives of Hoa Sen Holdings handed over medical equipment to the General "
            "Hospital 22 in Can Tho. The equipment included three ventilators.",
            [("Hoa Sen Holdings", "Cần Thơ", "ventilator", 3, "", None)],
        ),
        (
            "The Ministry of Health held a reception ceremony for 150,000 doses of the Moderna "
            "COVID-19 vaccine donated by the Canadian Government. The shipment also comprised "
            "80,000 KN95 and surgical masks.",
            [
                ("Canada", "Bộ Y tế", "mask", 80000, "", None),
                ("Canada", "Bộ Y tế", "vaccine_dose", 150000, "Moderna", None),
            ],
        ),
    ],
)
def test_a_breakdown_takes_the_giver_and_receiver_of_the_gift_before(text, expected):
    assert _gifts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Binh Dinh has received support from many donors in its COVID-19 fight. Mekong "
            "Seafood Binh Dinh on August 4 donated 5,000 rapid test kits to aid the province.",
            [("Mekong Seafood Binh Dinh", "Bình Định", "test_kit", 5000, "", "2021-08-04")],
        ),
        (
            "Aid from firms and people keeps coming to Quang Ngai for the fight with the virus. "
            "Song Tra Steel, meanwhile, gave 30 oxygen concentrators.",
            [("Song Tra Steel", "Quảng Ngãi", "oxygen_concentrator", 30, "", None)],
        ),
        (
            "Lao Cai hospitals are short of machines. Green Valley Corp donated two ambulances "
            "and 1.5 billion VND to help the province.",
            [
                ("Green Valley Corp", "Lào Cai", "ambulance", 2, "", None),
                ("Green Valley Corp", "Lào Cai", "money_vnd", 1_500_000_000, "", None),
            ],
        ),
    ],
)
def test_a_giver_that_names_no_receiver_gives_to_the_articles_province(text, expected):
    assert _gifts(text) == expected


def test_two_givers_in_one_sentence_and_a_bracketed_acronym():
    text = (
        "Cao Bang received gifts on July 2. The Cao Bang Health sector presented 500 million "
        "VND to buy vaccines, while the Northern Cement Joint Stock Company (NCC) donated "
        "10,000 test kits."
    )
    assert _gifts(text) == [
        ("Northern Cement Joint Stock Company", "Cao Bằng", "test_kit", 10000, "", "2021-07-02")
    ]


def test_dates_carried_from_the_gift_before_and_a_day_prior():
    text = (
        "Hai Phong has received aid from donors. Ocean Logistics on March 5 donated 3 "
        "billion VND to Hai Phong. On the same day, Blue Harbor JSC handed over 2,000 "
        "medical masks to help the city. A day prior, the city's Fatherland Front received "
        "900 million VND sent by local enterprises."
    )
    published = dt.date(2021, 3, 6)
    assert _gifts(text, published) == [
        ("Blue Harbor JSC", "Hải Phòng", "mask", 2000, "", "2021-03-05"),
        ("Ocean Logistics", "Hải Phòng", "money_vnd", 3_000_000_000, "", "2021-03-05"),
        (None, "Hải Phòng", "money_vnd", 900_000_000, "", "2021-03-04"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a tally
        "Japan has so far donated 4 million doses of vaccine to Vietnam.",
        # a decision, not a gift made
        "On May 3 Germany decided to donate 2 million doses of the Pfizer vaccine to Vietnam.",
        # an earlier gift
        "Thai Binh received gifts on June 1. Previously, Red River Group had donated 20 "
        "ventilators to the province.",
        # a receiver named that is no province: the article's province is no default
        "Da Nang is fighting the outbreak. The Da Nang Fatherland Front handed over 10 "
        "ventilators to Hoa Vang Medical Centre.",
        # a worth of cash and goods together
        "Nam Dinh received support. Sao Viet Co donated a total 2 billion VND in cash and "
        "medical supplies to the province.",
    ],
)
def test_tallies_plans_earlier_gifts_and_worths_give_nothing(text):
    assert _gifts(text) == []
