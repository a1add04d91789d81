"""The Ministry's allocations as English pages write them, beyond one name and one count: a run
of names sharing one count given to each ("… with 10,080 doses each", "… that will each
receive 24,000", "9,600 doses each will be delivered to …"), a count written rounded
("around 12,000", "just under 5,000"), a rank's words ("will take the lion's share with"),
a range that gives no count, and the giver and maker of donated doses named in the lead
before the decision. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from .press_helpers import gift_rows, stats_by_province

_DAY = dt.date(2021, 7, 20)
_DECISION = (
    "HÀ NỘI — The Ministry of Health has issued a decision on the allocation of 700,000 doses"
    " of AstraZeneca COVID-19 vaccine to localities. "
)


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "Da Nang will get the most with 50,400 doses, followed by Quang Nam with 20,160"
            " doses, and Quang Tri, Quang Binh and Hue with 10,080 doses each.",
            [
                ("Đà Nẵng", 50400),
                ("Quảng Nam", 20160),
                ("Quảng Trị", 10080),
                ("Quảng Bình", 10080),
                ("Thừa Thiên Huế", 10080),
            ],
        ),
        (
            "The provinces of Lao Cai, Yen Bai and Ha Giang will receive around 12,000 doses"
            " each while Lai Chau Province will receive just under 5,000.",
            [("Lào Cai", 12000), ("Yên Bái", 12000), ("Hà Giang", 12000), ("Lai Châu", 5000)],
        ),
        (
            "Can Tho will take the lion's share with 80,000 doses, followed by Vinh Long and"
            " Soc Trang that will each receive 24,000.",
            [("Cần Thơ", 80000), ("Vĩnh Long", 24000), ("Sóc Trăng", 24000)],
        ),
        (
            "Ben Tre will also receive 15,000 doses, and 9,600 doses each will be delivered to"
            " Tra Vinh and Hau Giang.",
            [("Bến Tre", 15000), ("Trà Vinh", 9600), ("Hậu Giang", 9600)],
        ),
        (
            "Nghe An will receive the biggest share taking 36,000 doses.",
            [("Nghệ An", 36000)],
        ),
    ],
)
def test_runs_ranks_and_rounded_counts(sentence: str, rows: list[tuple[str, int]]) -> None:
    got = gift_rows(_DECISION + sentence, _DAY, ("recipient", "quantity"))
    assert sorted(got) == sorted(rows)


def test_a_range_gives_no_count() -> None:
    sentence = (
        "The remaining doses will be split among Bac Lieu, Ca Mau and Kien Giang receiving from"
        " 8,000 to 9,600 doses each."
    )
    assert gift_rows(_DECISION + sentence, _DAY) == []


def test_a_count_for_one_name_is_not_the_runs_without_each() -> None:
    sentence = "Thai Binh, Nam Dinh and Ninh Binh will get 40,000 doses."
    assert gift_rows(_DECISION + sentence, _DAY, ("recipient", "quantity")) == [
        ("Ninh Bình", 40000)
    ]


def test_the_lead_names_the_giver_and_the_maker() -> None:
    text = (
        "HÀ NỘI — One million doses of the Moderna vaccine will be distributed to 30 localities"
        " nation-wide. The doses were donated by the United States under the COVAX Facility"
        " and they will be given out as part of the Ministry of Health's 12th batch of"
        " vaccines to be distributed. Unlike the Pfizer vaccine, the Ministry of Health has"
        " warned recipients not to mix Moderna vaccine with other vaccines. Hanoi will get the"
        " most with 100,000 doses being distributed."
    )
    assert gift_rows(text, _DAY, ("donor", "recipient", "quantity", "detail")) == [
        ("Mỹ", "Hà Nội", 100000, "Moderna")
    ]
    assert stats_by_province(text, _DAY, ["new_cases_24h"]) == {}
