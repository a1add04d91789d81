"""Epidemic levels (cấp độ dịch) under NQ 128/NQ-CP, vectorised over many units at once.

Rule sets are data (:data:`RULE_SETS`): QĐ 4800/QĐ-BYT (12/10/2021 → 26/01/2022) and
QĐ 218/QĐ-BYT (from 27/01/2022). Every threshold and matrix cell carries the evidence tag
of ``DOMAIN.md`` §1: C confirmed, S secondary, R reconstructed, ? not found. A ``?`` value
is never invented: it stays ``None`` until the province sets it, and a level that depends
on it is reported as a range (``level_min``..``level_max``) with ``level`` the upper end and
``needs_configuration`` naming what to set.

Missing inputs follow one rule, stated in every reason that uses it: a criterion without
data counts against the unit (coverage not met, capacity not met or low). This is our
precautionary reading, tagged R; ``docs/adr/0010-epidemic-levels.md`` explains it.

:func:`assess` takes a :class:`UnitInputs` of numpy arrays (NaN = missing) and returns a
:class:`Assessment` of arrays; :func:`explain` writes the reasons of one unit in Vietnamese
or English. :func:`assess_one` applies the same rules to one unit in plain Python (the
benchmark's baseline and the tests' oracle).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from .level_rules import (
    COLORS,
    QD218,
    QD4800,
    RULE_SETS,
    TAG_RANK,
    TAGS,
    Cell,
    FloatArray,
    IntArray,
    LevelInputError,
    Rule,
    RuleSet,
    get_rule_set,
    rule_set_in_force,
)

__all__ = [
    "COLORS",
    "QD218",
    "QD4800",
    "RULE_SETS",
    "TAGS",
    "Assessment",
    "LevelInputError",
    "RuleSet",
    "UnitInputs",
    "assess",
    "assess_one",
    "get_rule_set",
    "rule_set_in_force",
    "validate",
]

# --- Inputs ----------------------------------------------------------------------------------

FIELDS = (
    "population",
    "cases_7d",
    "community_cases_7d",
    "cases_14d",
    "community_cases_14d",
    "oxygen_cases_7d",
    "deaths_7d",
    "adult_first_dose_pct",
    "age50_full_pct",
    "population_full_pct",
    "high_risk_full_pct",
    "capacity_met",
    "free_beds_per_100k",
    "previous_level",
)
PCT_FIELDS = ("adult_first_dose_pct", "age50_full_pct", "population_full_pct", "high_risk_full_pct")
COUNT_FIELDS = ("cases_7d", "community_cases_7d", "cases_14d", "community_cases_14d")


@dataclass
class UnitInputs:
    """Columns of equal length; NaN marks a missing value (``capacity_met`` is 1/0/NaN)."""

    population: FloatArray
    cases_7d: FloatArray
    community_cases_7d: FloatArray
    cases_14d: FloatArray
    community_cases_14d: FloatArray
    oxygen_cases_7d: FloatArray
    deaths_7d: FloatArray
    adult_first_dose_pct: FloatArray
    age50_full_pct: FloatArray
    population_full_pct: FloatArray
    high_risk_full_pct: FloatArray
    capacity_met: FloatArray
    free_beds_per_100k: FloatArray
    previous_level: FloatArray

    def __len__(self) -> int:
        return len(self.population)

    @classmethod
    def empty(cls, n: int) -> UnitInputs:
        return cls(**{name: np.full(n, np.nan) for name in FIELDS})

    @classmethod
    def from_records(cls, records: Sequence[Mapping[str, Any]]) -> UnitInputs:
        """From dicts as in the CLI contract; a missing key or null is NaN."""
        columns: dict[str, FloatArray] = {}
        for name in FIELDS:
            values = []
            for i, rec in enumerate(records):
                v = rec.get(name)
                if v is None:
                    values.append(math.nan)
                elif isinstance(v, bool):
                    if name != "capacity_met":
                        raise LevelInputError(f"unit {_unit_id(rec, i)}: {name} must be a number")
                    values.append(1.0 if v else 0.0)
                elif isinstance(v, int | float):
                    if name == "capacity_met":
                        raise LevelInputError(
                            f"unit {_unit_id(rec, i)}: capacity_met must be true, false or null"
                        )
                    values.append(float(v))
                else:
                    raise LevelInputError(
                        f"unit {_unit_id(rec, i)}: {name} must be a number or null, got {v!r}"
                    )
            columns[name] = np.asarray(values, dtype=np.float64)
        return cls(**columns)

    def record(self, i: int) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        for name in FIELDS:
            v = float(getattr(self, name)[i])
            out[name] = None if math.isnan(v) else v
        return out


def _unit_id(rec: Mapping[str, Any], i: int) -> str:
    return repr(rec.get("id", f"#{i}"))


def validate(inputs: UnitInputs, ids: Sequence[Any] | None = None) -> None:
    """Raise :class:`LevelInputError` naming the first bad unit and field."""
    n = len(inputs)

    def name_of(i: int) -> str:
        return repr(ids[i]) if ids is not None else f"#{i}"

    for fname in FIELDS:
        col = getattr(inputs, fname)
        if len(col) != n:
            raise LevelInputError(f"column {fname} has {len(col)} values, expected {n}")
        if np.isinf(col).any():
            i = int(np.flatnonzero(np.isinf(col))[0])
            raise LevelInputError(f"unit {name_of(i)}: {fname} is not finite")
    checks: list[tuple[str, npt.NDArray[np.bool_], str]] = [
        ("population", ~(inputs.population > 0), "must be a positive number of people"),
    ]
    for fname in (*COUNT_FIELDS, "oxygen_cases_7d", "deaths_7d", "free_beds_per_100k"):
        checks.append((fname, getattr(inputs, fname) < 0, "must not be negative"))
    for fname in PCT_FIELDS:
        col = getattr(inputs, fname)
        checks.append((fname, (col < 0) | (col > 100), "must be a percentage between 0 and 100"))
    prev = inputs.previous_level
    checks.append(
        ("previous_level", ~np.isnan(prev) & ~np.isin(prev, (1, 2, 3, 4)), "must be 1, 2, 3 or 4")
    )
    cap = inputs.capacity_met
    checks.append(("capacity_met", ~np.isnan(cap) & ~np.isin(cap, (0, 1)), "must be true or false"))
    for fname, bad, message in checks:
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            value = getattr(inputs, fname)[i]
            raise LevelInputError(f"unit {name_of(i)}: {fname} {message}, got {value:g}")
    both = ~np.isnan(inputs.community_cases_7d) & ~np.isnan(inputs.cases_7d)
    bad = both & (inputs.community_cases_7d > inputs.cases_7d)
    if bad.any():
        raise LevelInputError(
            f"unit {name_of(int(np.flatnonzero(bad)[0]))}: community_cases_7d exceeds cases_7d"
        )


# --- Assessment ------------------------------------------------------------------------------


@dataclass
class Assessment:
    """One entry per unit. ``level`` is the upper end of ``level_min``..``level_max``."""

    rule_set: RuleSet
    rate: FloatArray  # new cases per 100,000 per week, as criterion 1 counts them
    numerator_fallback: npt.NDArray[np.bool_]  # community-only asked, all cases used
    band_min: IntArray
    band_max: IntArray
    coverage_met: npt.NDArray[np.bool_]
    coverage_missing: npt.NDArray[np.bool_]
    oxygen_band: IntArray  # 0 when indicator 1b was not used
    deaths_rate: FloatArray
    deaths_raise: npt.NDArray[np.bool_]
    transmission_min: IntArray  # QĐ 218; equals the band under QĐ 4800
    transmission_max: IntArray
    capacity_class: IntArray  # QĐ 218: 1 high, 2 medium, 3 low; QĐ 4800: 0
    capacity_missing: npt.NDArray[np.bool_]
    matrix_min: IntArray
    matrix_max: IntArray
    held: npt.NDArray[np.bool_]  # lowering blocked by an unmet capacity criterion
    level_min: IntArray
    level_max: IntArray
    evidence: IntArray  # index into TAGS of the weakest rule used

    @property
    def level(self) -> IntArray:
        return self.level_max

    @property
    def is_range(self) -> npt.NDArray[np.bool_]:
        different: npt.NDArray[np.bool_] = self.level_min != self.level_max
        return different


def _band(rate: FloatArray, cuts: Sequence[Rule], inclusive: bool) -> tuple[IntArray, IntArray]:
    """Lowest and highest band consistent with the known cut-points."""
    n = len(rate)
    lo = np.ones(n, dtype=np.int8)
    hi = np.ones(n, dtype=np.int8)
    for k, cut in enumerate(cuts, start=2):
        if cut.value is None:
            # Unknown cut: reaching band k is possible, not certain, until a known higher cut
            # decides; a known lower cut that is not passed still caps it (below).
            hi = np.maximum(hi, np.int8(k))
            continue
        passed = rate >= cut.value if inclusive else rate > cut.value
        lo = np.where(passed, np.int8(k), lo).astype(np.int8)
        hi = np.where(passed, np.int8(k), np.where(hi >= k, np.int8(k - 1), hi)).astype(np.int8)
    return lo, np.maximum(lo, hi).astype(np.int8)


def _band_scalar(rate: float, cuts: Sequence[Rule], inclusive: bool) -> tuple[int, int]:
    lo = hi = 1
    for k, cut in enumerate(cuts, start=2):
        if cut.value is None:
            hi = max(hi, k)
            continue
        if rate >= cut.value if inclusive else rate > cut.value:
            lo = hi = k
        elif hi >= k:
            hi = k - 1
    return lo, max(lo, hi)


def _incidence(
    inputs: UnitInputs, rs: RuleSet, ids: Sequence[Any] | None
) -> tuple[FloatArray, npt.NDArray[np.bool_]]:
    if rs.window == "7d":
        all_cases, community, days = inputs.cases_7d, inputs.community_cases_7d, 7.0
    else:
        all_cases, community, days = inputs.cases_14d, inputs.community_cases_14d, 14.0
    if rs.numerator == "community_only":
        fallback = np.isnan(community)
        numerator = np.where(fallback, all_cases, community)
    else:
        fallback = np.zeros(len(inputs), dtype=bool)
        numerator = all_cases
    if np.isnan(numerator).any():
        i = int(np.flatnonzero(np.isnan(numerator))[0])
        wanted = "cases_7d" if rs.window == "7d" else "cases_14d"
        name = repr(ids[i]) if ids is not None else f"#{i}"
        raise LevelInputError(
            f"unit {name}: {wanted} is required by {rs.label} (window {rs.window})"
        )
    # Per week: 7-day sum, or 14-day sum / 2 (Vĩnh Phúc, Hà Nội practice [S]).
    rate = numerator / inputs.population * 100_000.0 * (7.0 / days)
    return rate, fallback


def assess(
    inputs: UnitInputs,
    rule_set: RuleSet,
    *,
    checked: bool = False,
    ids: Sequence[Any] | None = None,
) -> Assessment:
    """Assess every unit at once under one rule set."""
    if not checked:
        validate(inputs)
    rs = rule_set
    n = len(inputs)
    rate, fallback = _incidence(inputs, rs, ids)
    band_lo, band_hi = _band(rate, rs.incidence_cuts, rs.incidence_inclusive)
    cov_missing = np.zeros(n, dtype=bool)
    cov_met = np.ones(n, dtype=bool)
    for name, rule in rs.coverage_rules:
        col = getattr(inputs, name)
        cov_missing |= np.isnan(col)
        cov_met &= col >= (rule.value if rule.value is not None else np.inf)
    ev = np.full(n, TAG_RANK["C"], dtype=np.int8)

    def weaken(mask: npt.NDArray[np.bool_] | bool, tag: str | IntArray) -> None:
        nonlocal ev
        rank = np.int8(TAG_RANK[tag]) if isinstance(tag, str) else tag
        ev = np.where(mask, np.minimum(ev, rank), ev).astype(np.int8)

    # Criterion 1 evidence: the cut-points that decided the band.
    for k, cut in enumerate(rs.incidence_cuts, start=2):
        weaken((band_lo <= k) & (band_hi >= k - 1), cut.tag)
    weaken(True, rs.numerator_rule.tag)
    weaken(fallback | cov_missing, rs.missing_data_rule.tag)
    for _, rule in rs.coverage_rules:
        weaken(True, rule.tag)

    oxygen_band = np.zeros(n, dtype=np.int8)
    deaths_rate = inputs.deaths_7d / inputs.population * 100_000.0
    deaths_raise = np.zeros(n, dtype=bool)
    capacity = np.zeros(n, dtype=np.int8)
    cap_missing = np.zeros(n, dtype=bool)
    if rs.framework == "incidence_x_coverage":
        t_lo, t_hi = band_lo, band_hi
        col = np.where(cov_met, 0, 1)
        m_lo = _lookup(rs.matrix, t_lo, col)
        m_hi = _lookup(rs.matrix, t_hi, col)
        weaken(True, _weakest_cells(rs.matrix, t_lo, t_hi, col))
    else:
        t_lo, t_hi = band_lo.copy(), band_hi.copy()
        if rs.oxygen_cuts is not None and any(r.value is not None for r in rs.oxygen_cuts):
            has_oxygen = ~np.isnan(inputs.oxygen_cases_7d)
            o_rate = np.nan_to_num(inputs.oxygen_cases_7d) / inputs.population * 100_000.0
            o_lo, o_hi = _band(o_rate, rs.oxygen_cuts, True)
            oxygen_band = np.where(has_oxygen, o_lo, 0).astype(np.int8)
            t_lo = np.where(has_oxygen, np.maximum(t_lo, o_lo), t_lo).astype(np.int8)
            t_hi = np.where(has_oxygen, np.maximum(t_hi, o_hi), t_hi).astype(np.int8)
            weaken(has_oxygen, "?")  # how 1b combines with 1a was not found
        if rs.deaths_above is not None and rs.deaths_above.value is not None:
            deaths_raise = deaths_rate > rs.deaths_above.value
            t_lo = t_lo + deaths_raise
            t_hi = t_hi + deaths_raise
            weaken(~np.isnan(deaths_rate), rs.deaths_above.tag)
        raise_cov = ~cov_met
        t_lo = np.minimum(t_lo + raise_cov, 4).astype(np.int8)
        t_hi = np.minimum(t_hi + raise_cov, 4).astype(np.int8)
        if rs.coverage_raises_by_one is not None:
            weaken(True, rs.coverage_raises_by_one.tag)
        beds = inputs.free_beds_per_100k
        cap_missing = np.isnan(beds)
        high = rs.beds_high_above.value if rs.beds_high_above else None
        low = rs.beds_low_below.value if rs.beds_low_below else None
        capacity = np.full(n, 3, dtype=np.int8)
        if high is not None and low is not None:
            capacity = np.where(beds > high, 1, np.where(beds >= low, 2, 3)).astype(np.int8)
        capacity = np.where(cap_missing, 3, capacity).astype(np.int8)
        for cap_rule in (rs.beds_high_above, rs.beds_low_below, rs.capacity_rule):
            if cap_rule is not None:
                weaken(True, cap_rule.tag)
        weaken(cap_missing, rs.missing_data_rule.tag)
        col = (capacity - 1).astype(np.int64)
        m_lo = _lookup(rs.matrix, t_lo, col)
        m_hi = _lookup(rs.matrix, t_hi, col)
        weaken(True, _weakest_cells(rs.matrix, t_lo, t_hi, col))

    prev = inputs.previous_level
    held = np.zeros(n, dtype=bool)
    lvl_lo, lvl_hi = m_lo, m_hi
    if rs.capacity_blocks_lowering:
        capacity_unmet = ~(inputs.capacity_met == 1)
        has_prev = ~np.isnan(prev)
        prev_i = np.nan_to_num(prev).astype(np.int8)
        held = has_prev & capacity_unmet & (m_lo < prev_i)
        lvl_lo = np.where(held, np.maximum(m_lo, prev_i), m_lo).astype(np.int8)
        lvl_hi = np.where(held, np.maximum(m_hi, prev_i), m_hi).astype(np.int8)
        weaken(held, rs.capacity_rule.tag)
        weaken(held & np.isnan(inputs.capacity_met), rs.missing_data_rule.tag)
    adj = rs.province_adjustment
    lvl_lo = np.clip(lvl_lo + adj, 1, 4).astype(np.int8)
    lvl_hi = np.clip(lvl_hi + adj, 1, 4).astype(np.int8)
    return Assessment(
        rule_set=rs,
        rate=rate,
        numerator_fallback=fallback,
        band_min=band_lo,
        band_max=band_hi,
        coverage_met=cov_met,
        coverage_missing=cov_missing,
        oxygen_band=oxygen_band,
        deaths_rate=deaths_rate,
        deaths_raise=deaths_raise,
        transmission_min=t_lo.astype(np.int8),
        transmission_max=t_hi.astype(np.int8),
        capacity_class=capacity,
        capacity_missing=cap_missing,
        matrix_min=m_lo.astype(np.int8),
        matrix_max=m_hi.astype(np.int8),
        held=held,
        level_min=lvl_lo,
        level_max=lvl_hi,
        evidence=ev,
    )


def _lookup(matrix: tuple[tuple[Cell, ...], ...], rows: IntArray, cols: Any) -> IntArray:
    table = np.array([[c.level for c in row] for row in matrix], dtype=np.int8)
    picked: IntArray = table[rows.astype(np.int64) - 1, cols].astype(np.int8)
    return picked


def _weakest_cells(
    matrix: tuple[tuple[Cell, ...], ...], lo: IntArray, hi: IntArray, cols: Any
) -> IntArray:
    """Per-unit tag rank of the weaker of the cells used (both ends of a range)."""
    table = np.array([[TAG_RANK[c.tag] for c in row] for row in matrix], dtype=np.int8)
    a = table[lo.astype(np.int64) - 1, cols]
    b = table[hi.astype(np.int64) - 1, cols]
    weakest: IntArray = np.minimum(a, b).astype(np.int8)
    return weakest


# --- The same rules, one unit at a time (benchmark baseline and test oracle) ------------------


def assess_one(rec: Mapping[str, Any], rs: RuleSet) -> dict[str, Any]:
    """Assess one unit in plain Python; the result equals :func:`assess` for that unit."""

    def get(name: str) -> float | None:
        v = rec.get(name)
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return None
        return float(v)

    pop = get("population")
    if pop is None or pop <= 0:
        raise LevelInputError("population must be a positive number of people")
    ev = TAG_RANK["C"]

    def weaken(tag: str) -> None:
        nonlocal ev
        ev = min(ev, TAG_RANK[tag])

    suffix, days = ("7d", 7.0) if rs.window == "7d" else ("14d", 14.0)
    numerator = get(f"cases_{suffix}")
    fallback = False
    if rs.numerator == "community_only":
        community = get(f"community_cases_{suffix}")
        fallback = community is None
        numerator = numerator if fallback else community
    if numerator is None:
        raise LevelInputError(f"cases_{suffix} is required by {rs.label}")
    rate = numerator / pop * 100_000.0 * (7.0 / days)
    band_lo, band_hi = _band_scalar(rate, rs.incidence_cuts, rs.incidence_inclusive)
    for k, cut in enumerate(rs.incidence_cuts, start=2):
        if band_lo <= k and band_hi >= k - 1:
            weaken(cut.tag)
    weaken(rs.numerator_rule.tag)
    cov_met, cov_missing = True, False
    for name, rule in rs.coverage_rules:
        weaken(rule.tag)
        v = get(name)
        if v is None:
            cov_missing, cov_met = True, False
        elif rule.value is None or v < rule.value:
            cov_met = False
    if fallback or cov_missing:
        weaken(rs.missing_data_rule.tag)
    capacity = 0
    if rs.framework == "incidence_x_coverage":
        col = 0 if cov_met else 1
        t_lo, t_hi = band_lo, band_hi
    else:
        t_lo, t_hi = band_lo, band_hi
        oxygen = get("oxygen_cases_7d")
        if (
            rs.oxygen_cuts is not None
            and any(r.value is not None for r in rs.oxygen_cuts)
            and oxygen is not None
        ):
            o_lo, o_hi = _band_scalar(oxygen / pop * 100_000.0, rs.oxygen_cuts, True)
            t_lo, t_hi = max(t_lo, o_lo), max(t_hi, o_hi)
            weaken("?")
        deaths = get("deaths_7d")
        if rs.deaths_above is not None and rs.deaths_above.value is not None and deaths is not None:
            weaken(rs.deaths_above.tag)
            if deaths / pop * 100_000.0 > rs.deaths_above.value:
                t_lo, t_hi = t_lo + 1, t_hi + 1
        if not cov_met:
            t_lo, t_hi = t_lo + 1, t_hi + 1
        t_lo, t_hi = min(t_lo, 4), min(t_hi, 4)
        if rs.coverage_raises_by_one is not None:
            weaken(rs.coverage_raises_by_one.tag)
        beds = get("free_beds_per_100k")
        high = rs.beds_high_above.value if rs.beds_high_above else None
        low = rs.beds_low_below.value if rs.beds_low_below else None
        if beds is None:
            capacity = 3
            weaken(rs.missing_data_rule.tag)
        elif high is None or low is None:
            capacity = 3
        else:
            capacity = 1 if beds > high else 2 if beds >= low else 3
        for cap_rule in (rs.beds_high_above, rs.beds_low_below, rs.capacity_rule):
            if cap_rule is not None:
                weaken(cap_rule.tag)
        col = capacity - 1
    cell_lo, cell_hi = rs.matrix[t_lo - 1][col], rs.matrix[t_hi - 1][col]
    weaken(cell_lo.tag)
    weaken(cell_hi.tag)
    lvl_lo, lvl_hi = cell_lo.level, cell_hi.level
    held = False
    prev = get("previous_level")
    capacity_unmet = get("capacity_met") != 1.0
    if rs.capacity_blocks_lowering and prev is not None and capacity_unmet and lvl_lo < prev:
        held = True
        lvl_lo, lvl_hi = max(lvl_lo, int(prev)), max(lvl_hi, int(prev))
        weaken(rs.capacity_rule.tag)
        if get("capacity_met") is None:
            weaken(rs.missing_data_rule.tag)
    adj = rs.province_adjustment
    lvl_lo, lvl_hi = min(max(lvl_lo + adj, 1), 4), min(max(lvl_hi + adj, 1), 4)
    return {
        "rate": rate,
        "band_min": band_lo,
        "band_max": band_hi,
        "transmission_min": t_lo,
        "transmission_max": t_hi,
        "capacity_class": capacity,
        "held": held,
        "level_min": lvl_lo,
        "level_max": lvl_hi,
        "evidence": TAGS[ev],
    }
