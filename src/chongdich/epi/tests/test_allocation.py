"""The allocation optimiser: limits, restrictions, urgency first, shorter routes, optimality."""

from __future__ import annotations

import random

import numpy as np
import pytest
from scipy.optimize import linprog

from chongdich.epi.allocation import (
    AllocationInputError,
    Need,
    Offer,
    allocate,
    allocate_first_come,
    parse_problem,
)


def test_the_most_urgent_need_is_covered_first() -> None:
    needs = [
        Need("low", "Cà Mau", "ventilator", 10, 2),
        Need("high", "Bạc Liêu", "ventilator", 10, 5),
    ]
    result = allocate(needs, [Offer("o", "Bình Dương", "ventilator", 12)])
    given = {a.need: a.quantity for a in result.allocations}
    assert given == {"high": 10, "low": 2}
    assert [(u.need, u.quantity) for u in result.unmet] == [("low", 8)]
    assert result.objective == 5 * 10 + 2 * 2


def test_a_named_recipient_is_respected_even_against_urgency() -> None:
    needs = [Need("bl", "Bạc Liêu", "pcr_machine", 2, 5), Need("cm", "Cà Mau", "pcr_machine", 2, 1)]
    offers = [Offer("o", "Chợ Rẫy", "pcr_machine", 2, frozenset({"Cà Mau"}))]
    result = allocate(needs, offers)
    assert [(a.need, a.quantity) for a in result.allocations] == [("cm", 2)]


def test_offers_only_go_to_needs_of_the_same_item() -> None:
    needs = [Need("n", "Bạc Liêu", "ventilator", 5, 5)]
    result = allocate(needs, [Offer("o", "X", "thermometer", 500)])
    assert result.allocations == []
    assert result.unmet[0].quantity == 5


def test_with_equal_urgency_the_shorter_route_wins() -> None:
    needs = [Need("n", "Bạc Liêu", "oxygen_concentrator", 100, 4)]
    offers = [
        Offer("far", "Hải Phòng", "oxygen_concentrator", 100),
        Offer("near", "Cần Thơ", "oxygen_concentrator", 60),
    ]
    distances = {("Hải Phòng", "Bạc Liêu"): 1800.0, ("Cần Thơ", "Bạc Liêu"): 110.0}
    result = allocate(needs, offers, distances)
    assert {a.offer: a.quantity for a in result.allocations} == {"near": 60, "far": 40}
    assert result.transport_km == 60 * 110 + 40 * 1800


def test_distance_never_beats_urgency() -> None:
    needs = [Need("urgent", "Cà Mau", "hfnc", 1, 5), Need("calm", "Bạc Liêu", "hfnc", 1, 4)]
    offers = [Offer("o", "Cần Thơ", "hfnc", 1)]
    distances = {("Cần Thơ", "Bạc Liêu"): 1.0, ("Cần Thơ", "Cà Mau"): 1000.0}
    assert allocate(needs, offers, distances).allocations[0].need == "urgent"


def test_whole_quantities_are_allocated_whole() -> None:
    needs = [Need(i, f"P{i}", "ventilator", 3, 3) for i in range(3)]
    result = allocate(needs, [Offer("o", "D", "ventilator", 7)])
    assert all(float(a.quantity).is_integer() for a in result.allocations)
    assert sum(a.quantity for a in result.allocations) == 7


def _random_problem(rng: random.Random) -> tuple[list[Need], list[Offer], dict]:
    places = [f"P{i}" for i in range(6)]
    donors = [f"D{i}" for i in range(4)]
    items = ["ventilator", "ppe"]
    needs = [
        Need(f"n{i}", rng.choice(places), rng.choice(items), rng.randint(1, 40), rng.randint(1, 5))
        for i in range(rng.randint(1, 9))
    ]
    offers = []
    for i in range(rng.randint(1, 7)):
        named = frozenset(rng.sample(places, rng.randint(1, 3))) if rng.random() < 0.4 else None
        offers.append(
            Offer(f"o{i}", rng.choice(donors), rng.choice(items), rng.randint(1, 50), named)
        )
    distances = {(d, p): float(rng.randint(5, 900)) for d in donors for p in places}
    return needs, offers, distances


def _reference_optimum(
    needs: list[Need], offers: list[Offer], distances: dict
) -> tuple[float, float]:
    """The same two stages as one dense LP each, written independently of the module."""
    pairs = [
        (o, n)
        for o in range(len(offers))
        for n in range(len(needs))
        if offers[o].item == needs[n].item
        and (offers[o].recipients is None or needs[n].recipient in offers[o].recipients)
    ]
    if not pairs:
        return 0.0, 0.0
    a = np.zeros((len(offers) + len(needs), len(pairs)))
    for j, (o, n) in enumerate(pairs):
        a[o, j] = 1
        a[len(offers) + n, j] = 1
    b = [o.quantity for o in offers] + [n.quantity for n in needs]
    w = np.array([needs[n].urgency for _, n in pairs], dtype=float)
    km = np.array([distances[(offers[o].donor, needs[n].recipient)] for o, n in pairs])
    first = linprog(-w, A_ub=a, b_ub=b, method="highs")
    best = -first.fun
    second = linprog(km, A_ub=np.vstack([a, -w]), b_ub=[*b, -best + 1e-6], method="highs")
    return best, second.fun


@pytest.mark.parametrize("seed", range(40))
def test_random_problems_respect_every_limit_and_reach_the_optimum(seed: int) -> None:
    needs, offers, distances = _random_problem(random.Random(seed))
    result = allocate(needs, offers, distances)
    by_offer: dict = {}
    by_need: dict = {}
    offer_of = {o.id: o for o in offers}
    need_of = {n.id: n for n in needs}
    for a in result.allocations:
        offer, need = offer_of[a.offer], need_of[a.need]
        assert a.quantity > 0 and offer.item == need.item == a.item
        assert offer.recipients is None or need.recipient in offer.recipients
        by_offer[a.offer] = by_offer.get(a.offer, 0) + a.quantity
        by_need[a.need] = by_need.get(a.need, 0) + a.quantity
    assert all(by_offer[o] <= offer_of[o].quantity for o in by_offer)
    assert all(by_need[n] <= need_of[n].quantity for n in by_need)
    unmet = {u.need: u.quantity for u in result.unmet}
    for need in needs:
        assert by_need.get(need.id, 0) + unmet.get(need.id, 0) == need.quantity
    best, transport = _reference_optimum(needs, offers, distances)
    assert result.objective == pytest.approx(best)
    assert result.objective == sum(need_of[a.need].urgency * a.quantity for a in result.allocations)
    assert result.transport_km == pytest.approx(transport, rel=1e-6, abs=1e-3)


@pytest.mark.parametrize("seed", range(10))
def test_the_optimiser_never_covers_less_than_first_come(seed: int) -> None:
    needs, offers, distances = _random_problem(random.Random(100 + seed))
    assert (
        allocate(needs, offers, distances).objective >= allocate_first_come(needs, offers).objective
    )


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ([], "JSON object"),
        ({"needs": [], "offers": "x"}, "'offers' must be a list"),
        (
            {
                "needs": [{"id": "n", "recipient": "A", "item": "i", "quantity": 1, "urgency": 6}],
                "offers": [],
            },
            "'urgency' must be an integer from 1 to 5, got 6",
        ),
        (
            {
                "needs": [{"id": "n", "recipient": "A", "item": "i", "quantity": -3, "urgency": 2}],
                "offers": [],
            },
            "'quantity' must be a positive number, got -3",
        ),
        (
            {
                "needs": [],
                "offers": [
                    {"id": "o", "donor": "D", "item": "i", "quantity": 1, "recipients": "A"}
                ],
            },
            "'recipients' must be null or a list",
        ),
        (
            {
                "needs": [],
                "offers": [
                    {"id": "o", "donor": "D", "item": "i", "quantity": 1},
                    {"id": "o", "donor": "D", "item": "i", "quantity": 2},
                ],
            },
            "offer id 'o' appears twice",
        ),
        ({"needs": [], "offers": [], "distance_km": {"DA": 3}}, "must read 'DONOR|RECIPIENT'"),
        ({"needs": [], "offers": [], "distance_km": {"D|A": -1}}, "km >= 0, got -1"),
        (
            {
                "needs": [{"id": True, "recipient": "A", "item": "i", "quantity": 1, "urgency": 2}],
                "offers": [],
            },
            "'id' must be",
        ),
    ],
)
def test_bad_input_is_refused_naming_the_bad_value(data: object, named: str) -> None:
    with pytest.raises(AllocationInputError) as refused:
        parse_problem(data)
    assert named in str(refused.value)
