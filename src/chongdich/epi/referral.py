"""Assigning waiting patients to free beds: an exact transportation problem solved with HiGHS.

What is optimised, in two stages (lexicographic), over every patient waiting and every
facility with a free bed:

1. maximise ``sum(weight(severity) * assigned)`` — the most severe patients get beds first.
   Patients and beds form a transversal matroid (each bed takes at most one patient), so a
   maximum-weight assignment for any weights increasing with severity is lexicographically
   maximal: as many critical patients as can possibly be placed, then as many severe, and
   so on (Edmonds' greedy theorem; same argument as ADR 0040 for support allocation);
2. among those, minimise the total travel ``sum(km(patient's commune, facility's commune))``
   with the number placed per severity fixed at stage 1's.

Eligibility (the hard constraints): a patient needs a bed of one type (``bed_type``) in a
facility of at least their tier (a tier-3 hospital may take a tier-2 patient, never the
reverse); a facility's beds of a type are used at most ``free`` times.

Why this is exact and still fast at 10,000 patients × 500 facilities: patients in the same
commune needing the same bed, tier and severity are interchangeable (their distances are
the same), so they are one group with a count. Each stage is then an LP over a sparse set of
candidate pairs (the K nearest eligible facilities of each group), solved by HiGHS, and
*priced out* against every eligible pair not in the set: the LP's dual values give each
excluded pair's reduced cost, and if any is negative those pairs are added and the LP
solved again (column generation). When none is negative the LP optimum over the candidates
is the optimum over all pairs (LP optimality conditions), so the sparse set is a speed-up,
never an approximation. Both stages are network flows (source → severity class → group →
facility bed type → sink), whose LP vertices are whole numbers, so no integer programming
is needed.

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
from scipy.optimize import linprog
from scipy.sparse import coo_array

# Queue order and stage-1 weights. The bed a severity calls for is an operational default
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
DEFAULT_K = 12
TOLERANCE = 1e-7
PRICED_PER_ROUND = 4  # pairs added per group and pricing round


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
    lp_rounds: int = 0  # column-generation rounds over both stages (1 per stage: no pricing)
    by_severity: dict[str, int] = field(default_factory=dict)


def queue_order(patients: Sequence[Waiting]) -> list[Waiting]:
    """Most severe first, then longest waiting."""
    return sorted(patients, key=lambda p: (-SEVERITY_RANK[p.severity], -p.waited_minutes))


def great_circle_km(
    lat1: npt.ArrayLike, lon1: npt.ArrayLike, lat2: npt.ArrayLike, lon2: npt.ArrayLike
) -> npt.NDArray[np.float64]:
    """Haversine distance; broadcasts (column of patients × row of facilities)."""
    p1, l1, p2, l2 = (np.radians(np.asarray(v, dtype=np.float64)) for v in (lat1, lon1, lat2, lon2))
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin((l2 - l1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))  # type: ignore[no-any-return]


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
    return unique[r][:, c]  # type: ignore[no-any-return]


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
    """The exact two-stage optimum (see the module's docstring).

    Bed types never share a bed, so each type is its own problem; stage 1 does not depend
    on places, so it runs on (tier, severity) classes, not on groups: a tiny LP.
    """
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
    return _plan(placements, unassigned, patients, "HiGHS LP, two stages", rounds)


def _assign_one_bed_type(
    patients: Sequence[Waiting],
    wards: Sequence[Ward],
    travel: Mapping[tuple[str, str], float] | None,
    k: int,
) -> tuple[list[Placement], int]:
    groups = _group(patients)
    n_groups, n_wards = len(groups.key), len(wards)
    size = np.array([len(m) for m in groups.members], dtype=np.float64)
    free = np.array([w.free for w in wards], dtype=np.float64)
    w_tier = np.array([w.tier for w in wards])
    g_tier = np.array([key[1] for key in groups.key])
    eligible = w_tier[None, :] >= g_tier[:, None]

    # Stage 1 on classes (tier, severity): how many of each class can be placed at most,
    # most severe first. Places do not matter for how many fit, only for where.
    class_keys = sorted({(key[1], key[3]) for key in groups.key})
    class_of = {c: i for i, c in enumerate(class_keys)}
    group_class = np.array([class_of[(key[1], key[3])] for key in groups.key])
    class_size = np.bincount(group_class, weights=size, minlength=len(class_keys)).astype(
        np.float64
    )
    class_tier = np.array([c[0] for c in class_keys])
    class_weight = np.array([SEVERITY_RANK[c[1]] for c in class_keys], dtype=np.float64)
    class_eligible = w_tier[None, :] >= class_tier[:, None]
    all_pairs = {(int(c), int(w)) for c, w in zip(*np.nonzero(class_eligible), strict=True)}
    x1, _pairs, rounds1 = _solve_with_pricing(
        all_pairs,
        full_cost=np.where(class_eligible, -class_weight[:, None], np.inf),
        size=class_size,
        free=free,
        classes=None,
    )
    placed_per_class = np.zeros(len(class_keys))
    for (c, _w), value in x1.items():
        placed_per_class[c] += value
    placed_per_class = np.round(placed_per_class)

    # Stage 2 on groups: those numbers per class, the least total distance. Distances are
    # computed once per pair of places, not per pair of patient and facility.
    dist = _distances(groups.lat, groups.lon, [key[0] for key in groups.key], wards, travel)
    masked = np.where(eligible, dist, np.inf)
    kk = min(k, n_wards)
    nearest = np.argpartition(masked, kk - 1, axis=1)[:, :kk]
    rows = np.repeat(np.arange(n_groups), kk)
    cols = nearest.ravel()
    keep = np.isfinite(masked[rows, cols])
    pairs = {(int(g), int(w)) for g, w in zip(rows[keep], cols[keep], strict=True)}
    x2, _pairs, rounds2 = _solve_with_pricing(
        pairs,
        full_cost=masked,
        size=size,
        free=free,
        classes=(group_class, placed_per_class),
    )
    placements: list[Placement] = []
    next_member = [0] * n_groups
    for (g, w), value in sorted(x2.items(), key=lambda item: dist[item[0]]):
        for _ in range(round(value)):
            member = groups.members[g][next_member[g]]
            next_member[g] += 1
            placements.append(
                Placement(member.id, wards[w].facility, member.bed_type, float(dist[g, w]))
            )
    return placements, rounds1 + rounds2


def _solve_with_pricing(
    pairs: set[tuple[int, int]],
    *,
    full_cost: npt.NDArray[np.float64],
    size: npt.NDArray[np.float64],
    free: npt.NDArray[np.float64],
    classes: tuple[npt.NDArray[np.int_], npt.NDArray[np.float64]] | None,
    max_rounds: int = 50,
) -> tuple[dict[tuple[int, int], float], set[tuple[int, int]], int]:
    """Solve the LP over ``pairs``; add every eligible pair with a negative reduced cost;
    repeat until none is left (then the candidates' optimum is the full optimum)."""
    n_groups, n_wards = full_cost.shape
    finite = full_cost[np.isfinite(full_cost)]
    # The artificial "not placed yet" column of each class keeps a restricted LP feasible.
    # Its price never changes the answer: once pricing has converged with no artificial in
    # use, the solution is optimal for the original problem whatever the price; if one is
    # still in use the price was too low and is raised.
    artificial_cost = 10.0 * (float(np.abs(finite).max()) if finite.size else 1.0) + 1.0
    for round_no in range(1, max_rounds + 1):
        ordered = sorted(pairs)
        g_idx = np.fromiter((p[0] for p in ordered), dtype=np.int64, count=len(ordered))
        w_idx = np.fromiter((p[1] for p in ordered), dtype=np.int64, count=len(ordered))
        n = len(ordered)
        cost = full_cost[g_idx, w_idx]
        col = np.arange(n)
        a_ub = coo_array(
            (
                np.ones(2 * n),
                (np.concatenate([g_idx, n_groups + w_idx]), np.concatenate([col, col])),
            ),
            shape=(n_groups + n_wards, n),
        )
        b_ub = np.concatenate([size, free])
        a_eq = b_eq = None
        n_art = 0
        if classes is not None:
            severity_class, placed = classes
            n_art = len(placed)
            cost = np.concatenate([cost, np.full(n_art, artificial_cost)])
            a_ub = coo_array(
                (a_ub.data, (a_ub.row, a_ub.col)), shape=(n_groups + n_wards, n + n_art)
            )
            a_eq = coo_array(
                (
                    np.ones(n + n_art),
                    (
                        np.concatenate([severity_class[g_idx], np.arange(n_art)]),
                        np.arange(n + n_art),
                    ),
                ),
                shape=(n_art, n + n_art),
            ).tocsr()
            b_eq = placed
        result = linprog(
            cost,
            A_ub=a_ub.tocsr(),
            b_ub=b_ub,
            A_eq=a_eq,
            b_eq=b_eq,
            bounds=(0, None),
            # Interior point with crossover: a vertex (whole numbers, the LP being a network
            # flow) with its duals; measured faster than dual simplex on these problems.
            method="highs-ipm",
        )
        if result.status != 0:
            raise RuntimeError(f"HiGHS could not solve the referral LP: {result.message}")
        duals = result.ineqlin.marginals  # ≤ 0 for ≤ rows of a minimisation
        u, v = duals[:n_groups], duals[n_groups:]
        reduced = full_cost - u[:, None] - v[None, :]
        if classes is not None:
            reduced = reduced - result.eqlin.marginals[classes[0]][:, None]
        reduced[g_idx, w_idx] = 0.0  # already candidates
        # Per group, add its few most negative pairs (all of them would flood the LP).
        reduced = np.where(reduced < -TOLERANCE, reduced, np.inf)
        kk = min(PRICED_PER_ROUND, n_wards)
        best = np.argpartition(reduced, kk - 1, axis=1)[:, :kk]
        best_rows = np.repeat(np.arange(n_groups), kk)
        best_cols = best.ravel()
        negative = np.isfinite(reduced[best_rows, best_cols])
        new_g, new_w = best_rows[negative], best_cols[negative]
        if len(new_g) == 0:
            if n_art and result.x[n:].max() > TOLERANCE:
                artificial_cost *= 10.0
                continue
            x = {
                (int(g), int(w)): float(value)
                for g, w, value in zip(g_idx, w_idx, result.x[:n], strict=True)
                if value > 0.5
            }
            return x, pairs, round_no
        pairs = pairs | {(int(g), int(w)) for g, w in zip(new_g, new_w, strict=True)}
    raise RuntimeError("referral LP pricing did not converge")
