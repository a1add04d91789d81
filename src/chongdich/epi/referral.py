"""Assigning waiting patients to free beds: an exact minimum-cost flow, priced out.

What is optimised, lexicographically, over every patient waiting and every facility with a
free bed:

1. maximise ``sum(weight(severity) * assigned)`` — the most severe patients get beds first.
   Patients and beds form a transversal matroid (each bed takes at most one patient), so a
   maximum-weight assignment for any weights increasing with severity is lexicographically
   maximal: as many critical patients as can possibly be placed, then as many severe, and
   so on (Edmonds' greedy theorem; same argument as ADR 0040 for support allocation);
2. among those, minimise the total travel ``sum(km(patient's commune, facility's commune))``.

Both are one objective, cost = km − BIG·weight(severity) with BIG larger than any possible
total distance (the integer programme the tests compare with uses the same).

Eligibility (the hard constraints): a patient needs a bed of one type (``bed_type``) in a
facility of at least their tier (a tier-3 hospital may take a tier-2 patient, never the
reverse); a facility's beds of a type are used at most ``free`` times.

How it is exact and fast: bed types never share a bed, so each type is its own problem.
Patients of one commune needing the same bed, tier and severity are interchangeable (same
distances): one group. The problem is a transportation problem, a minimum-cost flow
source → group → ward → sink (a ward's arc to the sink holds its free beds; source → sink
carries the patients left waiting), solved exactly by OR-Tools' min-cost flow over a
sparse set of candidate pairs, each group's K nearest eligible wards. It is then *priced
out* against every eligible pair left out: shortest-path potentials in the plan's residual
network give each left-out pair's reduced cost; pairs with a negative one are added and
the flow solved again. When none is negative the residual network with every pair in has
no negative cycle, the optimality condition of a minimum-cost flow, so the sparse set is a
speed-up, never an approximation, and the certificate is ours, not the solver's word.
Costs are whole tenths of a metre (coarser if needed), so every sum is an exact float (no
rounding cycle can look negative). ADR 0070 says why this is no longer an LP, ADR 0071
why a flow and not a matching of bed slots.

Within a group, the patients who have waited longest are placed first (the queue order);
a patient left unassigned stays in the queue. Distances are great-circle km between
commune centroids unless a travel matrix (minutes or km, the caller's unit) is given.
The module imports no Django.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

# Queue order and severity weights. The bed a severity calls for is an operational default
# the coordinator may override per request (DOMAIN.md §4: tier 3 holds ICU and ventilated
# patients; tier 2 treats with oxygen), not a clinical threshold.
SEVERITY_RANK = {"asymptomatic": 1, "mild": 2, "moderate": 3, "severe": 4, "critical": 5}
BED_FOR_SEVERITY = {
    "asymptomatic": "general",
    "mild": "general",
    "moderate": "oxygen",
    "severe": "icu",
    "critical": "ventilator",
}
EARTH_RADIUS_KM = 6371.0
DEFAULT_K = 24
ENTERING_PER_GROUP = 30  # pairs added per group and pricing round, most negative first
UNITS_PER_KM = 10_000  # the optimiser's costs are whole tenths of a metre (if they fit)


class ReferralInputError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class Waiting:
    """A patient waiting for a bed, located at their commune's centroid."""

    id: int | str
    place: str  # commune key (its code): patients of one place share distances
    lat: float
    lon: float
    severity: str
    tier: int
    bed_type: str
    waited_minutes: float = 0.0


@dataclass(frozen=True)
class Ward:
    """The free beds of one type at one facility."""

    facility: int | str
    place: str
    lat: float
    lon: float
    tier: int
    bed_type: str
    free: int


@dataclass(frozen=True)
class Placement:
    patient: int | str
    facility: int | str
    bed_type: str
    km: float


@dataclass
class Plan:
    placements: list[Placement]
    unassigned: list[int | str]
    total_km: float
    method: str
    lp_rounds: int = 0  # flows solved over all bed types (1 per type: nothing priced in)
    by_severity: dict[str, int] = field(default_factory=dict)


def queue_order(patients: Sequence[Waiting]) -> list[Waiting]:
    """Most severe first, then longest waiting."""
    return sorted(patients, key=lambda p: (-SEVERITY_RANK[p.severity], -p.waited_minutes))


def great_circle_km(
    lat1: npt.ArrayLike, lon1: npt.ArrayLike, lat2: npt.ArrayLike, lon2: npt.ArrayLike
) -> npt.NDArray[np.float64]:
    """Great-circle distance; broadcasts (column of patients × row of facilities).

    From the chord between the two points on the unit sphere, 2·asin(chord / 2): the same
    distance as the haversine formula (to ~1e-12 km) with one trigonometric call per pair
    instead of five, which matters on 2.3 million pairs."""
    a, b = _unit_vector(lat1, lon1), _unit_vector(lat2, lon2)
    chord2 = (a[0] - b[0]) ** 2
    chord2 += (a[1] - b[1]) ** 2
    chord2 += (a[2] - b[2]) ** 2
    half = np.minimum(np.sqrt(chord2) / 2, 1.0)
    return 2 * EARTH_RADIUS_KM * np.arcsin(half)


def _unit_vector(lat: npt.ArrayLike, lon: npt.ArrayLike) -> list[npt.NDArray[np.float64]]:
    phi, lam = (
        np.radians(np.asarray(lat, dtype=np.float64)),
        np.radians(np.asarray(lon, dtype=np.float64)),
    )
    return [np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)]


def _check(patients: Sequence[Waiting], wards: Sequence[Ward]) -> None:
    problems = []
    for p in patients:
        if p.severity not in SEVERITY_RANK:
            problems.append(f"patient {p.id}: unknown severity {p.severity!r}")
        if p.tier not in (1, 2, 3):
            problems.append(f"patient {p.id}: tier must be 1, 2 or 3, not {p.tier!r}")
    for w in wards:
        if w.free < 0:
            problems.append(f"facility {w.facility} {w.bed_type}: free beds {w.free} < 0")
    seen = [p.id for p in patients]
    if len(set(seen)) != len(seen):
        problems.append("a patient is listed twice")
    if problems:
        raise ReferralInputError(problems)


def _distances(
    g_lat: npt.NDArray[np.float64],
    g_lon: npt.NDArray[np.float64],
    g_place: list[str],
    wards: Sequence[Ward],
    travel: Mapping[tuple[str, str], float] | None,
) -> npt.NDArray[np.float64]:
    """Rows: the given places (repeats allowed); columns: the wards. Computed once per pair
    of distinct places."""
    rows_of: dict[str, int] = {}
    for i, place in enumerate(g_place):
        rows_of.setdefault(place, i)
    cols_of: dict[str, int] = {}
    for j, w in enumerate(wards):
        cols_of.setdefault(w.place, j)
    u_rows = np.array(list(rows_of.values()))
    u_cols = np.array(list(cols_of.values()))
    w_lat = np.array([wards[j].lat for j in u_cols])
    w_lon = np.array([wards[j].lon for j in u_cols])
    unique = great_circle_km(
        g_lat[u_rows][:, None], g_lon[u_rows][:, None], w_lat[None, :], w_lon[None, :]
    )
    if travel:
        for a, place in enumerate(rows_of):
            for b, other in enumerate(cols_of):
                known = travel.get((place, other))
                if known is not None:
                    unique[a, b] = known
    row_index = {place: a for a, place in enumerate(rows_of)}
    col_index = {place: b for b, place in enumerate(cols_of)}
    r = np.array([row_index[place] for place in g_place])
    c = np.array([col_index[w.place] for w in wards])
    return unique[np.ix_(r, c)]  # type: ignore[no-any-return]


def assign_greedy(
    patients: Sequence[Waiting],
    wards: Sequence[Ward],
    travel: Mapping[tuple[str, str], float] | None = None,
) -> Plan:
    """The baseline: in queue order, each patient takes the nearest eligible free bed."""
    _check(patients, wards)
    order = queue_order(patients)
    free = np.array([w.free for w in wards], dtype=np.int64)
    w_tier = np.array([w.tier for w in wards])
    w_type = np.array([w.bed_type for w in wards])
    d = _distances(
        np.array([p.lat for p in order]),
        np.array([p.lon for p in order]),
        [p.place for p in order],
        wards,
        travel,
    )
    placements: list[Placement] = []
    unassigned: list[int | str] = []
    for i, p in enumerate(order):
        ok = (free > 0) & (w_tier >= p.tier) & (w_type == p.bed_type)
        if not ok.any():
            unassigned.append(p.id)
            continue
        j = int(np.argmin(np.where(ok, d[i], np.inf)))
        free[j] -= 1
        placements.append(Placement(p.id, wards[j].facility, p.bed_type, float(d[i, j])))
    return _plan(placements, unassigned, patients, "greedy nearest free bed", 0)


def _plan(
    placements: list[Placement],
    unassigned: list[int | str],
    patients: Sequence[Waiting],
    method: str,
    rounds: int,
) -> Plan:
    severity = {p.id: p.severity for p in patients}
    by_severity: dict[str, int] = defaultdict(int)
    for placement in placements:
        by_severity[severity[placement.patient]] += 1
    return Plan(
        placements,
        unassigned,
        round(sum(x.km for x in placements), 3),
        method,
        rounds,
        dict(by_severity),
    )


@dataclass
class _Groups:
    key: list[tuple[str, int, str, str]]  # (place, tier, bed_type, severity)
    members: list[list[Waiting]]
    lat: npt.NDArray[np.float64]
    lon: npt.NDArray[np.float64]


def _group(patients: Sequence[Waiting]) -> _Groups:
    members: dict[tuple[str, int, str, str], list[Waiting]] = defaultdict(list)
    where: dict[str, tuple[float, float]] = {}
    for p in queue_order(patients):
        members[(p.place, p.tier, p.bed_type, p.severity)].append(p)
        where[p.place] = (p.lat, p.lon)
    keys = list(members)
    return _Groups(
        keys,
        [members[k] for k in keys],
        np.array([where[k[0]][0] for k in keys]),
        np.array([where[k[0]][1] for k in keys]),
    )


def assign_optimal(
    patients: Sequence[Waiting],
    wards: Sequence[Ward],
    travel: Mapping[tuple[str, str], float] | None = None,
    *,
    k: int = DEFAULT_K,
) -> Plan:
    """The exact optimum (see the module's docstring); each bed type is its own problem."""
    _check(patients, wards)
    placements: list[Placement] = []
    rounds = 0
    for bed_type in sorted({p.bed_type for p in patients}):
        mine = [p for p in patients if p.bed_type == bed_type]
        theirs = [w for w in wards if w.bed_type == bed_type and w.free > 0]
        if theirs:
            found, used = _assign_one_bed_type(mine, theirs, travel, k)
            placements += found
            rounds += used
    placed = {p.patient for p in placements}
    unassigned = [p.id for p in queue_order(patients) if p.id not in placed]
    return _plan(placements, unassigned, patients, "exact min-cost flow, priced out", rounds)


def _assign_one_bed_type(
    patients: Sequence[Waiting],
    wards: Sequence[Ward],
    travel: Mapping[tuple[str, str], float] | None,
    k: int,
) -> tuple[list[Placement], int]:
    """One bed type: a minimum-cost flow of patients to wards, priced out.

    Both stages in one objective: cost = km − BIG·weight(severity), BIG larger than any
    possible total distance, so one more unit of severity weight outweighs all travel (the
    same lexicographic objective as the integer programme the tests compare with).
    """
    groups = _group(patients)
    n_groups, n_wards = len(groups.key), len(wards)
    size = np.array([len(m) for m in groups.members], dtype=np.int64)
    free = np.array([w.free for w in wards], dtype=np.int64)
    w_tier = np.array([w.tier for w in wards])
    g_tier = np.array([key[1] for key in groups.key])
    g_weight = np.array([SEVERITY_RANK[key[3]] for key in groups.key], dtype=np.float64)
    dist = _distances(groups.lat, groups.lon, [key[0] for key in groups.key], wards, travel)
    eligible = w_tier[None, :] >= g_tier[:, None]
    cost = _whole_costs(dist, eligible, g_weight, int(size.sum()), n_groups + n_wards + 2)

    kk = min(k, n_wards)
    candidate = np.zeros((n_groups, n_wards), dtype=bool)
    nearest = np.argpartition(cost, kk - 1, axis=1)[:, :kk]
    candidate[np.repeat(np.arange(n_groups), kk), nearest.ravel()] = True
    candidate &= eligible
    # Ends: every round that does not return adds at least one pair, and pairs are finite.
    round_no = 0
    while True:
        round_no += 1
        flow = _match(candidate, cost, size, free)
        reduced = _priced_out(candidate, cost, size, free, flow)
        # Costs are whole numbers: anything below -0.5 is a real improvement, not rounding.
        negative = reduced < -0.5
        if not negative.any():
            return _placements(groups, wards, dist, flow), round_no
        # Only each group's few most negative pairs: all of them would flood the flow with
        # pairs the optimum does not use (measured with the matching: 180,000 pairs at K = 8).
        candidate |= _best_per_group(reduced, ENTERING_PER_GROUP)


def _whole_costs(
    dist: npt.NDArray[np.float64],
    eligible: npt.NDArray[np.bool_],
    weight: npt.NDArray[np.float64],
    n_patients: int,
    n_nodes: int,
) -> npt.NDArray[np.float64]:
    """km − BIG·weight in whole units (tenths of a metre, coarser only if needed), +inf
    where not eligible. A shortest path has fewer than ``n_nodes`` arcs, so with every
    |cost| · n_nodes below 2**53 every sum the flow solver and Bellman–Ford form is a whole
    number held exactly in a float: no cycle of rounding error can look negative. The
    plan's km are the unrounded distances."""
    top_weight = float(weight.max()) if weight.size else 0.0
    finite = dist[eligible]
    longest = float(finite.max()) if finite.size else 0.0
    per_km = float(UNITS_PER_KM)
    while per_km > 1e-3:
        big = n_patients * np.rint(longest * per_km) + 1.0
        if (big * (top_weight + 1) + 1.0) * n_nodes * 2 < 2.0**53:
            units = np.rint(dist * per_km)
            return np.where(eligible, units - big * weight[:, None], np.inf)
        per_km /= 10.0
    raise ReferralInputError(["too many patients or too long distances for exact costs"])


def _match(
    candidate: npt.NDArray[np.bool_],
    cost: npt.NDArray[np.float64],
    size: npt.NDArray[np.int64],
    free: npt.NDArray[np.int64],
) -> npt.NDArray[np.int64]:
    """The optimum over the candidate pairs, as patients placed per (group, ward).

    A transportation problem solved as a minimum-cost flow: source → group (capacity: the
    group's patients) → ward (a candidate pair) → sink (capacity: the ward's free beds), and
    source → sink for the patients left waiting (cost 0). Wards are not expanded into one
    node per bed, so the network has as many arcs as candidate pairs (the bed-slot matching
    it replaces had ~9 times more). OR-Tools' cost-scaling solver is exact on whole costs;
    its answer is checked by the pricing step anyway (``_priced_out`` would find a negative
    cycle in a plan that is not optimal over its candidates).
    """
    # Imported here: its extension takes ~0.2 s to load, and every command that imports
    # this module (``chongdich care triage``, via care) would pay it without planning.
    from ortools.graph.python import min_cost_flow

    n_groups, n_wards = cost.shape
    g_pair, w_pair = np.nonzero(candidate)
    source, sink = n_groups + n_wards, n_groups + n_wards + 1
    total = int(size.sum())
    tails = np.concatenate(
        [g_pair, n_groups + np.arange(n_wards), np.full(n_groups, source), [source]]
    )
    heads = np.concatenate([n_groups + w_pair, np.full(n_wards, sink), np.arange(n_groups), [sink]])
    capacities = np.concatenate([np.minimum(size[g_pair], free[w_pair]), free, size, [total]])
    unit_costs = np.concatenate([cost[g_pair, w_pair], np.zeros(n_wards + n_groups + 1)])
    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int32),
        heads.astype(np.int32),
        capacities.astype(np.int64),
        unit_costs.astype(np.int64),  # whole numbers already (``_whole_costs``)
    )
    supplies = np.zeros(n_groups + n_wards + 2, dtype=np.int64)
    supplies[source], supplies[sink] = total, -total
    solver.set_nodes_supplies(np.arange(len(supplies), dtype=np.int32), supplies)
    status = solver.solve()
    if status != solver.OPTIMAL:
        raise RuntimeError(f"referral min-cost flow not solved: {status.name}")
    flow = np.zeros((n_groups, n_wards), dtype=np.int64)
    flow[g_pair, w_pair] = solver.flows(np.arange(len(g_pair), dtype=np.int32))
    return flow


def _priced_out(
    candidate: npt.NDArray[np.bool_],
    cost: npt.NDArray[np.float64],
    size: npt.NDArray[np.int64],
    free: npt.NDArray[np.int64],
    flow: npt.NDArray[np.int64],
) -> npt.NDArray[np.float64]:
    """Reduced costs of the eligible pairs left out (candidates and ineligible: +inf).
    None negative: the optimum over the candidates is the optimum over every pair.

    The plan is a flow source → group → ward → sink (plus source → sink for patients left
    waiting). It is optimal over the candidates, so its residual network has no negative
    cycle and shortest-path distances from a root joined to every node at cost 0 are
    feasible potentials π. A left-out pair (g, w) could improve the plan only if
    cost + π(g) − π(w) < 0; when no pair can, no negative cycle exists with every pair in,
    which is the optimality condition for the full problem.
    """
    n_groups, n_wards = cost.shape
    source, sink, n_nodes = n_groups + n_wards, n_groups + n_wards + 1, n_groups + n_wards + 2
    g_of = np.arange(n_groups)
    w_of = n_groups + np.arange(n_wards)
    out_of_group = flow.sum(axis=1)
    into_ward = flow.sum(axis=0)
    cg, cw = np.nonzero(candidate)
    fg, fw = np.nonzero(flow)
    parts = [
        (np.full(n_groups, source), g_of, np.zeros(n_groups), out_of_group < size),
        (g_of, np.full(n_groups, source), np.zeros(n_groups), out_of_group > 0),
        (cg, n_groups + cw, cost[cg, cw], np.ones(len(cg), dtype=bool)),
        (n_groups + fw, fg, -cost[fg, fw], np.ones(len(fg), dtype=bool)),
        (w_of, np.full(n_wards, sink), np.zeros(n_wards), into_ward < free),
        (np.full(n_wards, sink), w_of, np.zeros(n_wards), into_ward > 0),
        (np.array([source]), np.array([sink]), np.zeros(1), np.ones(1, dtype=bool)),
        (
            np.array([sink]),
            np.array([source]),
            np.zeros(1),
            np.array([out_of_group.sum() < size.sum()]),
        ),
    ]
    tails = np.concatenate([p[0][p[3]] for p in parts])
    heads = np.concatenate([p[1][p[3]] for p in parts])
    lengths = np.concatenate([p[2][p[3]] for p in parts])
    potential = _shortest_from_everywhere(tails, heads, lengths, n_nodes)
    reduced = cost + potential[:n_groups, None]
    reduced -= potential[None, n_groups : n_groups + n_wards]
    reduced[candidate] = np.inf
    return reduced


def _best_per_group(reduced: npt.NDArray[np.float64], count: int) -> npt.NDArray[np.bool_]:
    """Each group's ``count`` pairs of least negative reduced cost (only the groups that
    have one: in later rounds they are few)."""
    n_wards = reduced.shape[1]
    rows = np.flatnonzero((reduced < -0.5).any(axis=1))
    kk = min(count, n_wards)
    best = np.argpartition(reduced[rows], kk - 1, axis=1)[:, :kk]
    chosen = np.zeros(reduced.shape, dtype=bool)
    chosen[np.repeat(rows, kk), best.ravel()] = True
    return chosen & (reduced < -0.5)


def _shortest_from_everywhere(
    tails: npt.NDArray[np.int64],
    heads: npt.NDArray[np.int64],
    lengths: npt.NDArray[np.float64],
    n_nodes: int,
) -> npt.NDArray[np.float64]:
    """Bellman–Ford from a virtual root joined to every node at length 0, all arcs relaxed
    at once per pass (vectorised); stops at the first pass that changes nothing, which
    comes after as many passes as the longest shortest path has arcs."""
    order = np.argsort(heads, kind="stable")
    tails, heads, lengths = tails[order], heads[order], lengths[order]
    starts = np.flatnonzero(np.r_[True, heads[1:] != heads[:-1]]) if len(heads) else heads
    targets = heads[starts]
    dist = np.zeros(n_nodes)
    for _ in range(n_nodes + 1):
        best = np.minimum.reduceat(dist[tails] + lengths, starts)
        improved = best < dist[targets]
        if not improved.any():
            return dist
        dist[targets[improved]] = best[improved]
    raise RuntimeError("referral plan is not optimal over its candidates (negative cycle)")


def _placements(
    groups: _Groups,
    wards: Sequence[Ward],
    dist: npt.NDArray[np.float64],
    flow: npt.NDArray[np.int64],
) -> list[Placement]:
    """Within a group the longest-waiting patients go first, to the nearest of its wards."""
    placements: list[Placement] = []
    next_member = [0] * len(groups.key)
    g_idx, w_idx = np.nonzero(flow)
    for g, w in sorted(zip(g_idx.tolist(), w_idx.tolist(), strict=True), key=lambda p: dist[p]):
        for _ in range(int(flow[g, w])):
            member = groups.members[g][next_member[g]]
            next_member[g] += 1
            placements.append(
                Placement(member.id, wards[w].facility, member.bed_type, float(dist[g, w]))
            )
    return placements
