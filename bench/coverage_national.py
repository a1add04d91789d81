"""Coverage of every commune (10,040) for every week of 2021–2022 from a daily dose table
of realistic size, against a per-commune loop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import numpy as np

from .harness import Figure, Options, benchmark, compare

BASELINE = "per-commune loop over the same dose rows (epi.coverage.coverage_by_loop)"
FIRST_DAY = dt.date(2021, 3, 8)  # Việt Nam's first COVID-19 vaccinations
LAST_DAY = dt.date(2022, 12, 31)
SESSIONS = 120  # vaccination days per commune over the two years
ROWS_PER_SESSION = 6  # age groups × dose numbers × brands seen on one day
DOSES = 230_000_000  # roughly the doses Việt Nam gave by the end of 2022


def dose_table(n_communes: int, seed: int = 2021) -> tuple[object, np.ndarray, np.ndarray]:
    """Synthetic rows with the real shape: n communes × 120 session days × 6 rows (age group,
    dose number, brand), about 28 doses a row; populations ≈ 9,600 per commune split by
    the 2019 census structure. Returns (DoseTable, population, Sunday as-of days)."""
    from chongdich.epi.coverage import CENSUS_2019_SHARES, DoseTable

    rng = np.random.default_rng(seed)
    span = (LAST_DAY - FIRST_DAY).days + 1
    n = n_communes * SESSIONS * ROWS_PER_SESSION
    unit = np.repeat(np.arange(n_communes, dtype=np.int64), SESSIONS * ROWS_PER_SESSION)
    day = rng.integers(0, span, n, dtype=np.int64)
    age = rng.choice(5, n, p=[0.05, 0.15, 0.5, 0.18, 0.12]).astype(np.int64)
    dose = rng.choice(np.array([1, 2, 3], dtype=np.int64), n, p=[0.4, 0.38, 0.22])
    count = rng.poisson(DOSES / n, n).astype(np.float64)
    totals = rng.normal(9_600, 2_500, n_communes).clip(1_000)
    population = totals[:, None] * (np.array(CENSUS_2019_SHARES) / 100.0)[None, :]
    first_sunday = (6 - FIRST_DAY.weekday()) % 7
    weeks = np.arange(first_sunday - 7 * 9, span, 7, dtype=np.int64)  # from 3/1/2021
    weeks = weeks[weeks >= -(FIRST_DAY - dt.date(2021, 1, 1)).days]
    return DoseTable(unit, day, age, dose, count), population, weeks


@benchmark(
    "coverage_national",
    "coverage of 10,040 communes × every week of 2021–2022, vectorised vs a per-commune loop",
)
def coverage_national(options: Options) -> Iterator[Figure]:
    from chongdich.epi.coverage import coverage_as_of, coverage_by_loop, roll_up
    from chongdich.geo.reference import read_reference_geography

    communes = [
        u
        for u in read_reference_geography().units
        if u.map_version == "legacy" and u.level == "commune"
    ]
    n = len(communes)
    table, population, weeks = dose_table(n)

    def vectorised() -> None:
        cov = coverage_as_of(table, population, weeks, n_units=n)  # type: ignore[arg-type]
        cov.percentages()
        # and the 63 provinces, as the dashboard needs them
        roll_up(cov, np.arange(n, dtype=np.int64) % 63, 63).percentages()

    def loop() -> None:
        coverage_by_loop(table, population, weeks, n_units=n).percentages()  # type: ignore[arg-type]

    fast = coverage_as_of(table, population, weeks, n_units=n)  # type: ignore[arg-type]
    slow = coverage_by_loop(table, population, weeks, n_units=n)  # type: ignore[arg-type]
    assert np.allclose(fast.adult_first, slow.adult_first)  # same answer, or no figure
    value, baseline = compare(vectorised, loop, rounds=options.rounds(3))
    yield Figure("coverage_national", value, "s", BASELINE, baseline)
    yield Figure(
        "coverage_national_rows",
        float(len(table.unit)),  # type: ignore[attr-defined]
        "rows",
        "communes × weeks computed",
        float(n * len(weeks)),
    )
