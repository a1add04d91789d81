"""levels_national: every commune of the country (10,040) × 52 weeks, from daily counts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from .harness import Figure, Options, benchmark, compare

COMMUNES = 10_040
WEEKS = 52
DAYS = WEEKS * 7


def synthetic_country(seed: int = 2021) -> dict[str, Any]:
    """Benchmark data, not real: populations and daily counts drawn with a fixed seed so that
    every band and level occurs (quiet communes, outbreaks, missing vaccination data)."""
    rng = np.random.default_rng(seed)
    population = rng.integers(1_500, 60_000, COMMUNES).astype(np.float64)
    intensity = rng.lognormal(-1.0, 1.5, COMMUNES)[:, None] * np.linspace(0.05, 3, DAYS)[None, :]
    cases = rng.poisson(intensity * population[:, None] / 10_000).astype(np.float64)
    community = np.floor(cases * rng.uniform(0.2, 1.0, COMMUNES)[:, None])
    deaths = rng.poisson(cases * 0.002).astype(np.float64)
    first_dose = rng.uniform(40, 100, COMMUNES)
    first_dose[rng.random(COMMUNES) < 0.05] = np.nan
    age50 = rng.uniform(60, 100, COMMUNES)
    capacity = (rng.random(COMMUNES) < 0.8).astype(np.float64)
    return {
        "population": population,
        "cases": cases,
        "community": community,
        "deaths": deaths,
        "first_dose": first_dose,
        "age50": age50,
        "capacity": capacity,
    }


def assess_vectorised(data: dict[str, Any]) -> np.ndarray:
    """Weekly sums by cumulative sums, then one vectorised assessment per week."""
    from chongdich.epi.levels import QD4800, UnitInputs, assess

    levels = np.zeros((COMMUNES, WEEKS), dtype=np.int8)
    zero = np.zeros((COMMUNES, 1))
    cum_cases = np.hstack([zero, data["cases"].cumsum(axis=1)])
    cum_comm = np.hstack([zero, data["community"].cumsum(axis=1)])
    cum_deaths = np.hstack([zero, data["deaths"].cumsum(axis=1)])
    inputs = UnitInputs.empty(COMMUNES)
    inputs.population = data["population"]
    inputs.adult_first_dose_pct = data["first_dose"]
    inputs.age50_full_pct = data["age50"]
    inputs.capacity_met = data["capacity"]
    for w in range(WEEKS):
        a, b = w * 7, w * 7 + 7
        inputs.cases_7d = cum_cases[:, b] - cum_cases[:, a]
        inputs.community_cases_7d = cum_comm[:, b] - cum_comm[:, a]
        inputs.deaths_7d = cum_deaths[:, b] - cum_deaths[:, a]
        if w:
            inputs.previous_level = levels[:, w - 1].astype(np.float64)
        levels[:, w] = assess(inputs, QD4800).level
    return levels


def assess_per_unit(data: dict[str, Any]) -> np.ndarray:
    """The straightforward loop: per commune, per week, sum the days and apply the rules."""
    from chongdich.epi.levels import QD4800, assess_one

    levels = np.zeros((COMMUNES, WEEKS), dtype=np.int8)
    cases, community, deaths = (data[k].tolist() for k in ("cases", "community", "deaths"))
    for u in range(COMMUNES):
        first_dose = float(data["first_dose"][u])
        record: dict[str, Any] = {
            "population": float(data["population"][u]),
            "adult_first_dose_pct": None if first_dose != first_dose else first_dose,
            "age50_full_pct": float(data["age50"][u]),
            "capacity_met": float(data["capacity"][u]),
            "previous_level": None,
        }
        for w in range(WEEKS):
            a, b = w * 7, w * 7 + 7
            record["cases_7d"] = sum(cases[u][a:b])
            record["community_cases_7d"] = sum(community[u][a:b])
            record["deaths_7d"] = sum(deaths[u][a:b])
            level = assess_one(record, QD4800)["level_max"]
            levels[u, w] = level
            record["previous_level"] = level
    return levels


@benchmark("levels_national", "10,040 communes × 52 weeks of epidemic levels from daily counts")
def levels_national(options: Options) -> Iterator[Figure]:
    data = synthetic_country()
    fast, slow = assess_vectorised(data), assess_per_unit(data)
    if not np.array_equal(fast, slow):
        raise AssertionError("vectorised and per-unit levels differ")
    value, base = compare(
        lambda: assess_vectorised(data), lambda: assess_per_unit(data), rounds=options.rounds(3)
    )
    yield Figure(
        name="levels_national",
        value=value,
        unit="s",
        baseline="per-unit Python loop of the same rules (epi.levels.assess_one)",
        baseline_value=base,
    )
