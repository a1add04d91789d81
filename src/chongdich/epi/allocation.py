"""Allocating offers of support to needs: a transportation problem solved with HiGHS.

The objective, in two stages (lexicographic):

1. maximise the urgency-weighted quantity allocated, ``sum(urgency(need) * quantity)``
   over all allocations (the reported ``objective``);
2. among the allocations reaching that maximum, minimise the transport effort
   ``sum(km(donor, recipient) * quantity)``.

Constraints: an offer goes only to needs of the same item; an offer restricted to named
recipients goes only to them; no offer gives more than its quantity and no need receives
more than its quantity. Quantities given as whole numbers are allocated in whole numbers.

Why a linear urgency weight is enough to cover the most urgent needs first: the sets of
need units that the offers can cover together form a (poly)matroid (a transversal
structure: every offered unit covers at most one needed unit), and on a matroid a
maximum-weight solution for weights increasing with urgency is also lexicographically
maximal, urgency 5 first, then 4, and so on (Edmonds' greedy theorem). Urgency 1–5 is the
coordinator's own scale (issue 6), not a regulation.

A pair of donor and recipient missing from ``distance_km`` counts as the longest distance
given (an unknown route is never preferred to a known one); with no distances at all,
transport does not matter.

Items are independent (offers never cross items): each is its own problem, two HiGHS calls
per item (20 small problems solve in half the time of one block-diagonal one). The module
imports no Django.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_array

URGENCY_MIN, URGENCY_MAX = 1, 5  # the coordinator's scale (issue 6): 5 is the most urgent


class AllocationInputError(ValueError):
    """Bad input, with one message per problem found (each names the bad value)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class Need:
    id: str | int
    recipient: str
    item: str
    quantity: float
    urgency: int


@dataclass(frozen=True)
class Offer:
    id: str | int
    donor: str
    item: str
    quantity: float
    recipients: frozenset[str] | None = None  # None: any recipient


@dataclass(frozen=True)
class Allocation:
    offer: str | int
    need: str | int
    item: str
    quantity: float
    urgency: int
    distance_km: float | None  # None when the route's distance was not given
    is_restricted: bool  # the offer named its recipients

    def explain(self) -> str:
        """Why this allocation, in plain words (English; pages translate their own)."""
        parts = [f"urgency {self.urgency}"]
        if self.distance_km is not None:
            parts.append(f"{self.distance_km:g} km")
        if self.is_restricted:
            parts.append("recipient named by the donor")
        return ", ".join(parts)


@dataclass(frozen=True)
class Unmet:
    need: str | int
    quantity: float


@dataclass
class AllocationResult:
    allocations: list[Allocation] = field(default_factory=list)
    unmet: list[Unmet] = field(default_factory=list)
    objective: float = 0.0  # sum of urgency * quantity allocated
    transport_km: float = 0.0  # sum of km * quantity allocated (known routes only)

    def as_contract(self) -> dict[str, Any]:
        """The JSON of ``chongdich support allocate --format json``."""
        return {
            "allocations": [
                {"offer": a.offer, "need": a.need, "item": a.item, "quantity": _num(a.quantity)}
                for a in self.allocations
            ],
            "unmet": [{"need": u.need, "quantity": _num(u.quantity)} for u in self.unmet],
            "objective": _num(self.objective),
        }


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


# ---------------------------------------------------------------- input checking


def parse_problem(
    data: Any,
) -> tuple[list[Need], list[Offer], dict[tuple[str, str], float]]:
    """Check the JSON input of the CLI contract; raise AllocationInputError naming each
    bad value."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise AllocationInputError(["the input must be a JSON object with needs and offers"])
    for key in ("needs", "offers"):
        if not isinstance(data.get(key), list):
            problems.append(f"'{key}' must be a list, got {data.get(key)!r}")
    if problems:
        raise AllocationInputError(problems)
    needs = [_parse_need(i, raw, problems) for i, raw in enumerate(data["needs"])]
    offers = [_parse_offer(i, raw, problems) for i, raw in enumerate(data["offers"])]
    distances = _parse_distances(data.get("distance_km"), problems)
    for kind, rows in (("need", needs), ("offer", offers)):
        seen: set[str | int] = set()
        for row in rows:
            if row is not None and row.id in seen:
                problems.append(f"{kind} id {row.id!r} appears twice")
            if row is not None:
                seen.add(row.id)
    if problems:
        raise AllocationInputError(problems)
    return [n for n in needs if n], [o for o in offers if o], distances


def _parse_id(where: str, raw: Mapping[str, Any], problems: list[str]) -> str | int | None:
    value = raw.get("id")
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        problems.append(f"{where}: 'id' must be a non-empty string or an integer, got {value!r}")
        return None
    return value


def _parse_text(where: str, raw: Mapping[str, Any], key: str, problems: list[str]) -> str | None:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: '{key}' must be a non-empty string, got {value!r}")
        return None
    return value


def _parse_quantity(where: str, raw: Mapping[str, Any], problems: list[str]) -> float | None:
    value = raw.get("quantity")
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        problems.append(f"{where}: 'quantity' must be a positive number, got {value!r}")
        return None
    return float(value)


def _parse_need(index: int, raw: Any, problems: list[str]) -> Need | None:
    where = f"needs[{index}]"
    if not isinstance(raw, dict):
        problems.append(f"{where} must be an object, got {raw!r}")
        return None
    before = len(problems)
    need_id = _parse_id(where, raw, problems)
    recipient = _parse_text(where, raw, "recipient", problems)
    item = _parse_text(where, raw, "item", problems)
    quantity = _parse_quantity(where, raw, problems)
    urgency = raw.get("urgency")
    if (
        isinstance(urgency, bool)
        or not isinstance(urgency, int)
        or not URGENCY_MIN <= urgency <= URGENCY_MAX
    ):
        problems.append(
            f"{where}: 'urgency' must be an integer from {URGENCY_MIN} to {URGENCY_MAX}, "
            f"got {urgency!r}"
        )
    if len(problems) > before:
        return None
    assert need_id is not None and recipient and item and quantity and isinstance(urgency, int)
    return Need(need_id, recipient, item, quantity, urgency)


def _parse_offer(index: int, raw: Any, problems: list[str]) -> Offer | None:
    where = f"offers[{index}]"
    if not isinstance(raw, dict):
        problems.append(f"{where} must be an object, got {raw!r}")
        return None
    before = len(problems)
    offer_id = _parse_id(where, raw, problems)
    donor = _parse_text(where, raw, "donor", problems)
    item = _parse_text(where, raw, "item", problems)
    quantity = _parse_quantity(where, raw, problems)
    recipients = raw.get("recipients")
    named: frozenset[str] | None = None
    if recipients is not None:
        if not isinstance(recipients, list) or not all(
            isinstance(r, str) and r for r in recipients
        ):
            problems.append(
                f"{where}: 'recipients' must be null or a list of recipient names, "
                f"got {recipients!r}"
            )
        else:
            named = frozenset(recipients)
    if len(problems) > before:
        return None
    assert offer_id is not None and donor and item and quantity
    return Offer(offer_id, donor, item, quantity, named)


def _parse_distances(raw: Any, problems: list[str]) -> dict[tuple[str, str], float]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append(f"'distance_km' must be an object of 'DONOR|RECIPIENT': km, got {raw!r}")
        return {}
    distances: dict[tuple[str, str], float] = {}
    for key, km in raw.items():
        donor, bar, recipient = str(key).partition("|")
        if not bar or not donor or not recipient:
            problems.append(f"distance_km key {key!r} must read 'DONOR|RECIPIENT'")
            continue
        if (
            isinstance(km, bool)
            or not isinstance(km, int | float)
            or not math.isfinite(km)
            or km < 0
        ):
            problems.append(f"distance_km[{key!r}] must be a number of km >= 0, got {km!r}")
            continue
        distances[(donor, recipient)] = float(km)
    return distances


# ---------------------------------------------------------------- solving


def allocate(
    needs: Sequence[Need],
    offers: Sequence[Offer],
    distance_km: Mapping[tuple[str, str], float] | None = None,
) -> AllocationResult:
    """Allocate offers to needs, optimal for the two-stage objective of the module doc."""
    distance_km = dict(distance_km or {})
    longest = max(distance_km.values(), default=0.0)
    result = AllocationResult()
    allocated: dict[str | int, float] = {}
    by_item: dict[str, tuple[list[Need], list[Offer]]] = {}
    for need in needs:
        by_item.setdefault(need.item, ([], []))[0].append(need)
    for offer in offers:
        if offer.item in by_item:
            by_item[offer.item][1].append(offer)
    found = (
        allocation
        for item in sorted(by_item)
        for allocation in _allocate_item(*by_item[item], distance_km, longest)
    )
    for allocation in found:
        result.allocations.append(allocation)
        allocated[allocation.need] = allocated.get(allocation.need, 0.0) + allocation.quantity
        result.objective += allocation.urgency * allocation.quantity
        result.transport_km += (allocation.distance_km or 0.0) * allocation.quantity
    for need in needs:
        short = need.quantity - allocated.get(need.id, 0.0)
        if short > 1e-9:
            result.unmet.append(Unmet(need.id, _clean(short)))
    return result


def _clean(value: float) -> float:
    rounded = round(value)
    return float(rounded) if abs(value - rounded) < 1e-6 else value


def _allocate_item(
    needs: list[Need],
    offers: list[Offer],
    distance_km: dict[tuple[str, str], float],
    longest: float,
) -> list[Allocation]:
    """One item's problem (the needs and offers given are all of one item)."""
    needs_of_item: dict[str, list[int]] = {}
    for n, need in enumerate(needs):
        needs_of_item.setdefault(need.item, []).append(n)
    pairs = [
        (o, n)
        for o, offer in enumerate(offers)
        for n in needs_of_item.get(offer.item, ())
        if offer.recipients is None or needs[n].recipient in offer.recipients
    ]
    if not pairs:
        return []
    rows_offer = np.array([o for o, _ in pairs])
    rows_need = np.array([n for _, n in pairs])
    columns = np.arange(len(pairs))
    urgency = np.array([needs[n].urgency for _, n in pairs], dtype=float)
    km = np.array(
        [distance_km.get((offers[o].donor, needs[n].recipient), longest) for o, n in pairs]
    )
    capacity = csr_array(
        (
            np.ones(2 * len(pairs)),
            (
                np.concatenate([rows_offer, len(offers) + rows_need]),
                np.concatenate([columns, columns]),
            ),
        ),
        shape=(len(offers) + len(needs), len(pairs)),
    )
    limits = np.array([o.quantity for o in offers] + [n.quantity for n in needs])
    whole = all(float(q).is_integer() for q in limits)
    rows = [LinearConstraint(capacity, 0, limits)]

    # Stage 1: the most urgency-weighted quantity. A transportation problem: its matrix is
    # totally unimodular, so the simplex vertex is whole when the quantities are.
    x = _solve(-urgency, rows, whole, "urgency")
    if np.any(km > 0) and x.sum() > 0:
        # Stage 2: the least transport among stage-1 optima. Every optimum covers the same
        # quantity of each item at each urgency level (module doc: on a matroid all
        # maximum-weight bases carry the same weights), so fixing those totals keeps exactly
        # the optima and, unlike one "weighted sum >= optimum" row, keeps the problem a
        # network flow (whole vertices again).
        group_of: dict[tuple[str, int], int] = {}
        groups = np.array(
            [
                group_of.setdefault((needs[n].item, needs[n].urgency), len(group_of))
                for _, n in pairs
            ]
        )
        per_level = csr_array(
            (np.ones(len(pairs)), (groups, columns)), shape=(len(group_of), len(pairs))
        )
        covered = per_level @ x
        if whole:
            covered = np.round(covered)
        x = _solve(km, [*rows, LinearConstraint(per_level, covered, covered)], whole, "transport")
    allocations = []
    for column in np.flatnonzero(x > 1e-9):
        o, n = pairs[column]
        quantity = float(round(x[column])) if whole else float(x[column])
        if quantity <= 0:
            continue
        offer, need = offers[o], needs[n]
        known = (offer.donor, need.recipient) in distance_km
        allocations.append(
            Allocation(
                offer=offer.id,
                need=need.id,
                item=need.item,
                quantity=quantity,
                urgency=need.urgency,
                distance_km=distance_km[(offer.donor, need.recipient)] if known else None,
                is_restricted=offer.recipients is not None,
            )
        )
    return allocations


def _solve(
    cost: npt.NDArray[np.float64], rows: list[LinearConstraint], whole: bool, stage: str
) -> npt.NDArray[np.float64]:
    """Minimise ``cost @ x`` over ``x >= 0`` within ``rows``: as a linear program (whole by
    total unimodularity), as an integer program only if rounding errors left it fractional."""
    solution = milp(cost, constraints=rows, bounds=Bounds(0, np.inf))
    if solution.success and whole and np.abs(solution.x - np.round(solution.x)).max() > 1e-6:
        integrality = np.ones_like(cost)
        solution = milp(cost, constraints=rows, bounds=Bounds(0, np.inf), integrality=integrality)
    if not solution.success:  # always feasible (x = 0) and bounded: this is a solver fault
        raise RuntimeError(f"HiGHS failed on the {stage} stage: {solution.message}")
    x: npt.NDArray[np.float64] = np.round(solution.x) if whole else solution.x
    return x


# ---------------------------------------------------------------- the baseline


def allocate_first_come(needs: Sequence[Need], offers: Sequence[Offer]) -> AllocationResult:
    """The greedy baseline: offers in the order they came, each filling the needs in the
    order they were raised. What a coordinator does by hand without an optimiser."""
    remaining = {need.id: need.quantity for need in needs}
    result = AllocationResult()
    for offer in offers:
        left = offer.quantity
        for need in needs:
            if left <= 0:
                break
            if need.item != offer.item or remaining[need.id] <= 0:
                continue
            if offer.recipients is not None and need.recipient not in offer.recipients:
                continue
            quantity = min(left, remaining[need.id])
            left -= quantity
            remaining[need.id] -= quantity
            result.allocations.append(
                Allocation(
                    offer.id,
                    need.id,
                    need.item,
                    quantity,
                    need.urgency,
                    None,
                    offer.recipients is not None,
                )
            )
            result.objective += need.urgency * quantity
    result.unmet = [Unmet(n.id, remaining[n.id]) for n in needs if remaining[n.id] > 0]
    return result


def weighted_coverage(result: AllocationResult, needs: Sequence[Need]) -> float:
    """Urgency-weighted share of the needed quantity that is allocated, 0 to 1."""
    wanted = sum(n.urgency * n.quantity for n in needs)
    return result.objective / wanted if wanted else 1.0
