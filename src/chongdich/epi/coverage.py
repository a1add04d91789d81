"""Vaccination coverage from a daily dose table: the four indicators the level rules use.

No Django here. Doses come as parallel arrays (one element per dose row: unit, day, age
group, dose number, count); coverage is computed for every unit at every as-of date at once
with ``np.bincount`` and a cumulative sum, never a loop over units.

Indicators (DOMAIN.md §1):

- ``adult_first_dose_pct``: people 18+ with at least one dose / population 18+
  (QĐ 4800/QĐ-BYT criterion 2, ≥ 70 %) [S];
- ``age50_full_pct``: people 50+ with a full course / population 50+ (QĐ 4800, ≥ 80 %) [S];
- ``population_full_pct``: people of every age with a full course / whole population
  (QĐ 218/QĐ-BYT) [C];
- ``high_risk_full_pct``: full course in the high-risk group. QĐ 218 names the elderly and
  people with comorbidities; a dose table by age cannot see comorbidities, so we take the
  people 50+ (the group the Ministry put first in 2021) as the high-risk group [R].

A person's first dose is counted once (dose number 1), a full course once (dose number 2);
boosters (dose number 3) do not change these indicators. Values are capped at 100 %:
doses given to people registered elsewhere can exceed a commune's resident population.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

AGE_GROUPS = ("0-11", "12-17", "18-49", "50-64", "65+")
ADULT_GROUPS = (2, 3, 4)  # 18-49, 50-64, 65+: the groups from index 2 on
OVER_50_GROUPS = (3, 4)  # 50-64, 65+: from index 3 on
DOSE_NUMBERS = (1, 2, 3)  # 3 = booster (mũi bổ sung / nhắc lại)
INDICATORS = ("adult_first_dose_pct", "age50_full_pct", "population_full_pct", "high_risk_full_pct")
# QĐ 4800/QĐ-BYT criterion 2 thresholds (DOMAIN.md §1.2) [S]: the dashboard's targets.
TARGET_ADULT_FIRST = 70.0
TARGET_AGE50_FULL = 80.0

# Vietnam 2019 census (GSO, 1/4/2019): under 15 = 24.3 %, 15-64 = 68.0 %, 65+ = 7.7 %
# (GSO key findings, repeated by VietnamPlus 01/2025). The split inside those groups
# (0-11 / 12-14 evenly within 0-14; 15-17 = 3/5 of 15-19; 50-64 = 16.0 %) is ours [R].
# Shares in percent of the whole population, in AGE_GROUPS order.
CENSUS_2019_SHARES = (19.4, 9.0, 47.9, 16.0, 7.7)


def _categories() -> npt.NDArray[np.int64]:
    """Bin of a row by ``dose_number * len(AGE_GROUPS) + age_group``: 0 adult first dose,
    1 full course under 50, 2 full course 50+, 3 anything else (boosters, children's
    first doses)."""
    table = np.full((max(DOSE_NUMBERS) + 1) * len(AGE_GROUPS), 3, dtype=np.int64)
    for age in range(len(AGE_GROUPS)):
        if age in ADULT_GROUPS:
            table[1 * len(AGE_GROUPS) + age] = 0
        table[2 * len(AGE_GROUPS) + age] = 2 if age in OVER_50_GROUPS else 1
    return table


_CATEGORY = _categories()


class CoverageInputError(ValueError):
    """Bad input to the coverage functions, with a message naming the bad value."""


FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass
class DoseTable:
    """One element per dose row. ``day`` is days since any fixed origin."""

    unit: IntArray
    day: IntArray
    age_group: IntArray
    dose_number: IntArray
    count: FloatArray

    def __post_init__(self) -> None:
        n = len(self.unit)
        for name in ("day", "age_group", "dose_number", "count"):
            if len(getattr(self, name)) != n:
                raise CoverageInputError(f"{name} has {len(getattr(self, name))} rows, unit {n}")


@dataclass
class Coverage:
    """Numerators (people) and percentages, shape (units, as-of dates)."""

    adult_first: FloatArray
    age50_full: FloatArray
    all_full: FloatArray
    population: FloatArray  # (units, age groups)

    def percentages(self) -> dict[str, FloatArray]:
        adults = self.population[:, list(ADULT_GROUPS)].sum(axis=1)[:, None]
        over50 = self.population[:, list(OVER_50_GROUPS)].sum(axis=1)[:, None]
        everyone = self.population.sum(axis=1)[:, None]
        age50 = _pct(self.age50_full, over50)
        return {
            "adult_first_dose_pct": _pct(self.adult_first, adults),
            "age50_full_pct": age50,
            "population_full_pct": _pct(self.all_full, everyone),
            "high_risk_full_pct": age50.copy(),
        }


def _pct(people: FloatArray, population: FloatArray) -> FloatArray:
    """Percent, capped at 100; NaN where the population is unknown (zero)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(population > 0, people / population * 100.0, np.nan)
    result: FloatArray = np.minimum(pct, 100.0)
    return result


def _check(doses: DoseTable, n_units: int, population: FloatArray) -> None:
    if population.ndim != 2 or population.shape != (n_units, len(AGE_GROUPS)):
        raise CoverageInputError(
            f"population must have shape ({n_units}, {len(AGE_GROUPS)}), not {population.shape}"
        )
    if (population < 0).any():
        raise CoverageInputError("population cannot be negative")
    if len(doses.unit) == 0:
        return
    if doses.unit.min() < 0 or doses.unit.max() >= n_units:
        raise CoverageInputError(f"unit index outside 0..{n_units - 1}")
    if doses.age_group.min() < 0 or doses.age_group.max() >= len(AGE_GROUPS):
        raise CoverageInputError("age group index outside the age groups")
    if doses.dose_number.min() < min(DOSE_NUMBERS) or doses.dose_number.max() > max(DOSE_NUMBERS):
        raise CoverageInputError("dose number must be 1, 2 or 3 (booster)")
    if (doses.count < 0).any():
        raise CoverageInputError("a dose count cannot be negative")


def coverage_as_of(
    doses: DoseTable, population: FloatArray, as_of_days: IntArray, *, n_units: int
) -> Coverage:
    """People covered in every unit as of each day in ``as_of_days`` (inclusive, ascending)."""
    _check(doses, n_units, population)
    as_of = np.asarray(as_of_days, dtype=np.int64)
    if len(as_of) == 0 or (np.diff(as_of) <= 0).any():
        raise CoverageInputError("as-of days must be a non-empty ascending list")
    n_dates = len(as_of)
    if len(doses.unit) == 0:
        empty = np.zeros((n_units, n_dates))
        return Coverage(empty, empty.copy(), empty.copy(), np.asarray(population, dtype=np.float64))
    # The first as-of date on or after each dose's day, through a lookup table over the
    # days' range (a gather is several times faster than a binary search per row); doses
    # after the last date go to an extra column that is dropped.
    low = int(min(doses.day.min(), as_of[0]))
    lookup = np.searchsorted(as_of, np.arange(low, int(doses.day.max()) + 1), side="left")
    width = n_dates + 1
    # One pass: each row falls in one of four bins (adult first dose, full course under 50,
    # full course 50+, none of these), looked up from (dose number, age group).
    category = _CATEGORY[doses.dose_number * len(AGE_GROUPS) + doses.age_group]
    key = (doses.unit * width + lookup[doses.day - low]) * 4 + category
    flat = np.asarray(
        np.bincount(key, weights=doses.count, minlength=n_units * width * 4), dtype=np.float64
    )
    sums: FloatArray = flat.reshape(n_units, width, 4)[:, :n_dates, :]

    def cumulative(bins: FloatArray) -> FloatArray:
        result: FloatArray = np.cumsum(bins, axis=1)
        return result

    return Coverage(
        adult_first=cumulative(sums[:, :, 0]),
        age50_full=cumulative(sums[:, :, 2]),
        all_full=cumulative(sums[:, :, 1] + sums[:, :, 2]),
        population=np.asarray(population, dtype=np.float64),
    )


def roll_up(coverage: Coverage, group_of_unit: IntArray, n_groups: int) -> Coverage:
    """Sum units into groups (communes into districts, provinces, the nation): people and
    populations are summed, so a group's percentage weighs its units by population."""
    group = np.asarray(group_of_unit, dtype=np.int64)
    if len(group) != coverage.adult_first.shape[0]:
        raise CoverageInputError("group_of_unit needs one group per unit")
    if len(group) and (group.min() < 0 or group.max() >= n_groups):
        raise CoverageInputError(f"group index outside 0..{n_groups - 1}")

    # Sort once, then sum each group's block (np.add.at is an order of magnitude slower).
    order = np.argsort(group, kind="stable")
    sorted_group = group[order]
    present = np.unique(sorted_group)
    starts = np.searchsorted(sorted_group, present)

    def add(values: FloatArray) -> FloatArray:
        out = np.zeros((n_groups, values.shape[1]))
        if len(present):
            out[present] = np.add.reduceat(values[order], starts, axis=0)
        return out

    return Coverage(
        adult_first=add(coverage.adult_first),
        age50_full=add(coverage.age50_full),
        all_full=add(coverage.all_full),
        population=add(coverage.population),
    )


def coverage_by_loop(
    doses: DoseTable, population: FloatArray, as_of_days: IntArray, *, n_units: int
) -> Coverage:
    """The same result, one unit and one date at a time: the benchmark's baseline and an
    independent check in the tests."""
    _check(doses, n_units, population)
    n_dates = len(as_of_days)
    adult_first = np.zeros((n_units, n_dates))
    age50_full = np.zeros((n_units, n_dates))
    all_full = np.zeros((n_units, n_dates))
    order = np.argsort(doses.unit, kind="stable")
    starts = np.searchsorted(doses.unit[order], np.arange(n_units + 1))
    for u in range(n_units):
        rows = order[starts[u] : starts[u + 1]]
        day, age = doses.day[rows], doses.age_group[rows]
        dose, count = doses.dose_number[rows], doses.count[rows]
        for j, last in enumerate(as_of_days):
            upto = day <= last
            adult_first[u, j] = count[upto & (age >= 2) & (dose == 1)].sum()
            age50_full[u, j] = count[upto & (age >= 3) & (dose == 2)].sum()
            all_full[u, j] = count[upto & (dose == 2)].sum()
    return Coverage(adult_first, age50_full, all_full, np.asarray(population, dtype=np.float64))


def estimate_age_populations(
    total: float, shares: tuple[float, ...] = CENSUS_2019_SHARES
) -> list[int]:
    """A unit's population split into AGE_GROUPS by a structure in percent; the parts add up
    to the total exactly (largest remainders)."""
    if total < 0:
        raise CoverageInputError(f"population {total} cannot be negative")
    if len(shares) != len(AGE_GROUPS) or abs(sum(shares) - 100.0) > 0.5:
        raise CoverageInputError(f"shares must be {len(AGE_GROUPS)} percentages adding up to 100")
    raw = np.array(shares, dtype=np.float64) / sum(shares) * total
    parts = np.floor(raw).astype(np.int64)
    missing = round(total) - int(parts.sum())
    for i in np.argsort(-(raw - parts))[: max(missing, 0)]:
        parts[i] += 1
    return [int(p) for p in parts]
