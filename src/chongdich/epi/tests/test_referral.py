"""The referral optimiser: exact (checked against an integer programme over every pair),
severity first, eligibility respected, never worse than greedy nearest-bed."""

from __future__ import annotations

import random

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp

from chongdich.epi import referral
from chongdich.epi.referral import (
    BED_FOR_SEVERITY,
    SEVERITY_RANK,
    ReferralInputError,
    Waiting,
    Ward,
    assign_greedy,
    assign_optimal,
    great_circle_km,
)

TIER = {"asymptomatic": 1, "mild": 1, "moderate": 2, "severe": 3, "critical": 3}


def problem(seed: int, n_patients: int, n_facilities: int, scarcity: float):
    rng = random.Random(seed)
    places = [(f"c{i}", 9 + rng.random() * 2, 105 + rng.random() * 2) for i in range(30)]
    patients = []
    for i in range(n_patients):
        code, lat, lon = rng.choice(places)
        severity = rng.choice(list(SEVERITY_RANK))
        patients.append(
            Waiting(i, code, lat, lon, severity, TIER[severity], BED_FOR_SEVERITY[severity], i)
        )
    wards = []
    per = max(1, int(n_patients * scarcity / n_facilities))
    for f in range(n_facilities):
        code, lat, lon = rng.choice(places)
        tier = rng.choice([1, 2, 3])
        for bed_type in ("general", "oxygen", "icu", "ventilator")[: tier + (tier == 3)]:
            wards.append(Ward(f, code, lat, lon, tier, bed_type, rng.randint(0, per)))
    return patients, wards


def brute_force(patients, wards, travel=None):
    """Severity-weighted count, then km, as one integer programme over every eligible pair
    (weights scaled so that one more severe patient outweighs any distance)."""
    travel = travel or {}
    pairs = [
        (i, j)
        for i, p in enumerate(patients)
        for j, w in enumerate(wards)
        if w.bed_type == p.bed_type and w.tier >= p.tier and w.free > 0
    ]
    km = np.array(
        [
            travel.get(
                (patients[i].place, wards[j].place),
                great_circle_km(patients[i].lat, patients[i].lon, wards[j].lat, wards[j].lon),
            )
            for i, j in pairs
        ]
    )
    big = (km.sum() + 1) * 10
    weight = np.array([SEVERITY_RANK[patients[i].severity] for i, _ in pairs])
    cost = km - big * weight
    a = np.zeros((len(patients) + len(wards), len(pairs)))
    for col, (i, j) in enumerate(pairs):
        a[i, col] = a[len(patients) + j, col] = 1
    ub = np.array([1] * len(patients) + [w.free for w in wards])
    res = milp(cost, constraints=LinearConstraint(a, 0, ub), bounds=Bounds(0, 1), integrality=1)
    chosen = [pairs[c] for c in np.nonzero(res.x > 0.5)[0]]
    counts: dict[str, int] = {}
    for i, _j in chosen:
        counts[patients[i].severity] = counts.get(patients[i].severity, 0) + 1
    return counts, float(km[res.x > 0.5].sum())


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("scarcity", [0.3, 1.5])
def test_the_optimum_equals_an_integer_programme_over_every_pair(seed: int, scarcity: float):
    patients, wards = problem(seed, 60, 8, scarcity)
    plan = assign_optimal(patients, wards, k=2)  # few candidates: pricing must add the rest
    counts, km = brute_force(patients, wards)
    assert plan.by_severity == counts
    assert plan.total_km == pytest.approx(km, abs=1e-3)


def test_the_optimum_with_a_travel_matrix_equals_the_integer_programme():
    """A travel matrix unrelated to geometry: the nearest by centroid is not the nearest by
    road, so pricing has to find pairs far down the distance ranking."""
    patients, wards = problem(3, 80, 10, 0.8)
    rng = random.Random(7)
    places = {p.place for p in patients} | {w.place for w in wards}
    travel = {(a, b): rng.uniform(1, 300) for a in places for b in places}
    plan = assign_optimal(patients, wards, travel, k=1)
    counts, km = brute_force(patients, wards, travel)
    assert plan.lp_rounds > 4  # several matchings per bed type: pricing did the work
    assert plan.by_severity == counts
    assert plan.total_km == pytest.approx(km, abs=1e-3)


def test_long_travel_values_coarsen_the_units_and_stay_optimal(monkeypatch):
    """Travel values of hundreds of millions (a careless unit) no longer fit tenths of a
    metre exactly: the costs are coarsened and the plan is still the optimum."""
    largest: list[float] = []
    whole_costs = referral._whole_costs

    def spy(dist, eligible, *args):
        cost = whole_costs(dist, eligible, *args)
        largest.append(float(np.abs(cost[eligible]).max()))
        return cost

    monkeypatch.setattr(referral, "_whole_costs", spy)
    patients, wards = problem(5, 40, 6, 0.8)
    rng = random.Random(3)
    places = {p.place for p in patients} | {w.place for w in wards}
    travel = {(a, b): float(rng.randint(1, 200_000_000)) for a in places for b in places}
    plan = assign_optimal(patients, wards, travel, k=2)
    counts, km = brute_force(patients, wards, travel)
    assert plan.by_severity == counts
    assert plan.total_km == pytest.approx(km, rel=1e-9)
    # Uncoarsened, BIG alone would be 40 patients × 2e8 km × 1e4 units per km = 8e13.
    assert largest and max(largest) < 8e13


@pytest.mark.parametrize("beds", [1, 2, 3, 6])
def test_fewer_or_more_beds_than_patients_both_exact(beds: int):
    """Beds short of the patients, equal, and in excess: the same optimum as the integer
    programme each way."""
    patients = [
        Waiting(i, f"p{i}", 9 + i * 0.1, 105 + (i % 2) * 0.2, "moderate", 2, "oxygen", i)
        for i in range(4)
    ]
    wards = [
        Ward("a", "a", 9.05, 105.0, 2, "oxygen", beds // 2 + beds % 2),
        Ward("b", "b", 9.25, 105.2, 3, "oxygen", beds // 2),
    ]
    plan = assign_optimal(patients, wards)
    counts, km = brute_force(patients, wards)
    assert len(plan.placements) == min(beds, 4) == sum(counts.values())
    assert plan.total_km == pytest.approx(km, abs=1e-3)
    assert len(plan.unassigned) == 4 - len(plan.placements)


def test_severity_fixed_but_tiers_free_to_trade_for_less_travel():
    """Two tier classes of one severity may trade beds: the optimum picks the split with
    the least travel (a per-class count fixed beforehand could force the worse split)."""
    patients = [
        Waiting("t2-near-a", "a", 9.0, 105.0, "severe", 2, "icu", 1),
        Waiting("t3-near-b", "b", 10.0, 106.0, "severe", 3, "icu", 1),
    ]
    wards = [Ward("A", "a", 9.0, 105.0, 3, "icu", 1)]
    plan = assign_optimal(patients, wards)
    # One bed, either patient may take it (same severity, same weight): the tier-2 patient
    # at A travels 0 km, the tier-3 one ~156 km.
    assert [(p.patient, p.facility, p.km) for p in plan.placements] == [("t2-near-a", "A", 0.0)]


def test_the_most_severe_are_placed_first_when_beds_are_short():
    patients = [
        Waiting("mild-near", "a", 9.0, 105.0, "moderate", 2, "oxygen", 500),
        Waiting("severe-far", "b", 10.0, 106.0, "severe", 2, "oxygen", 1),
    ]
    wards = [Ward("h", "a", 9.0, 105.0, 2, "oxygen", 1)]
    plan = assign_optimal(patients, wards)
    assert [p.patient for p in plan.placements] == ["severe-far"]
    assert plan.unassigned == ["mild-near"]


def test_tier_and_bed_type_are_respected():
    patients = [Waiting(1, "a", 9.0, 105.0, "severe", 3, "icu")]
    wards = [
        Ward("low-tier", "a", 9.0, 105.0, 2, "icu", 5),
        Ward("no-icu", "a", 9.0, 105.0, 3, "oxygen", 5),
        Ward("right", "b", 9.5, 105.5, 3, "icu", 1),
    ]
    assert [p.facility for p in assign_optimal(patients, wards).placements] == ["right"]
    assert [p.facility for p in assign_greedy(patients, wards).placements] == ["right"]


def test_never_worse_than_greedy_nearest_bed():
    patients, wards = problem(11, 200, 10, 1.5)
    optimal, greedy = assign_optimal(patients, wards), assign_greedy(patients, wards)
    assert len(optimal.placements) >= len(greedy.placements)
    if optimal.by_severity == greedy.by_severity:
        assert optimal.total_km <= greedy.total_km + 1e-6


def test_bad_input_is_refused_with_every_problem():
    with pytest.raises(ReferralInputError) as refused:
        assign_optimal(
            [
                Waiting(1, "a", 9, 105, "dying", 4, "icu"),
                Waiting(1, "a", 9, 105, "mild", 1, "general"),
            ],
            [Ward("h", "a", 9, 105, 3, "icu", -1)],
        )
    assert len(refused.value.problems) == 4


def test_a_plan_that_is_not_optimal_over_its_candidates_is_refused(monkeypatch):
    """The optimality certificate is computed here, not taken from the solver: a flow that
    is worse than it could be over its own candidate pairs has a negative cycle, and the
    pricing step refuses it instead of handing it on."""
    solve = referral._match

    def worse(candidate, cost, size, free):
        flow = solve(candidate, cost, size, free)
        # Move one placed patient to the dearest candidate ward of their group that has a
        # free bed left: still feasible, no longer optimal.
        for g, w in zip(*np.nonzero(flow), strict=True):
            spare = candidate[g] & (flow.sum(axis=0) < free)
            spare[w] = False
            if spare.any():
                dearest = int(np.argmax(np.where(spare, cost[g], -np.inf)))
                if cost[g, dearest] > cost[g, w]:
                    flow[g, w] -= 1
                    flow[g, dearest] += 1
                    return flow
        raise AssertionError("no worse plan to make")

    monkeypatch.setattr(referral, "_match", worse)
    patients, wards = problem(2, 60, 8, 1.5)
    with pytest.raises(RuntimeError, match="not optimal"):
        assign_optimal(patients, wards, k=4)
