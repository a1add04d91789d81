"""Rt with credible intervals for 63 provinces × 700 days, against epyestim on the same data.

Data: the national portal's daily new cases of the 63 provinces (shared/data, 18/03/2020 to
22/01/2022: 676 days), preceded by 24 days without cases to make 700. Both sides compute,
for every 7-day window of every province, the gamma posterior of R and its mean, sd and the
seven quantiles EpiEstim reports; the serial interval is EpiEstim's discretised gamma
(mean 4.7, sd 2.9) and the prior Gamma(1, scale 5) for both. epyestim works one series at a
time with pandas (its ``estimate_r`` then its ``gamma_quantiles``); ours is one vectorised
call. Before timing, the benchmark checks that both give the same posteriors.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .harness import Figure, Options, benchmark, compare

DAYS = 700
QUANTILES = (0.025, 0.05, 0.25, 0.5, 0.75, 0.95, 0.975)
DATA = Path(
    os.environ.get("CHONGDICH_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")
)


def national_counts() -> np.ndarray:
    by_code: dict[str, dict[str, float]] = defaultdict(dict)
    path = DATA / "vn_covid_province_daily_ncsc_2020-03-18_2022-01-22.csv"
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            by_code[row["gso_code"]][row["date"]] = float(row["new_cases"] or 0)
    dates = sorted({d for v in by_code.values() for d in v})
    counts = np.array([[by_code[c].get(d, 0.0) for d in dates] for c in sorted(by_code)])
    assert counts.shape[0] == 63, counts.shape
    return np.concatenate([np.zeros((63, DAYS - counts.shape[1])), counts], axis=1)


@benchmark("rt_national", "Rt (mean, sd, 7 quantiles) for 63 provinces × 700 days vs epyestim")
def rt_national(options: Options) -> Iterator[Figure]:
    import pandas as pd
    from epyestim.estimate_r import estimate_r as epy_estimate_r
    from epyestim.estimate_r import gamma_quantiles

    from chongdich.epi.rt import discretise_gamma_si, estimate_rt

    counts = national_counts()
    si = discretise_gamma_si(DAYS, 4.7, 2.9)
    index = pd.date_range("2020-02-23", periods=DAYS, freq="D")

    def ours() -> object:
        return estimate_rt(counts, si_mean=4.7, si_sd=2.9, window=7)

    def theirs() -> list[dict[str, np.ndarray]]:
        out = []
        for row in counts:
            post = epy_estimate_r(
                pd.Series(row, index=index), si / si.sum(), 1.0, 5.0, window_size=7
            )
            a, b = post["a_posterior"].to_numpy(), post["b_posterior"].to_numpy()
            out.append(
                {
                    "mean": a * b,
                    "std": np.sqrt(a) * b,
                    "q": np.stack([gamma_quantiles(q, a, b) for q in QUANTILES], axis=-1),
                }
            )
        return out

    # Same answers: epyestim does not move day 0's cases to "imported" and normalises the
    # SI, so compare windows that do not include day 0 with our SI normalised alike.
    mine = estimate_rt(counts, si_distr=si / si.sum(), window=7)
    other = theirs()
    for k in range(63):
        np.testing.assert_allclose(mine.quantiles[k], other[k]["q"][1:], rtol=1e-9)
    ours_s, theirs_s = compare(ours, theirs, rounds=options.rounds(7))
    yield Figure(
        name="rt_national",
        value=ours_s * 1000,
        unit="ms",
        baseline="epyestim.estimate_r + gamma_quantiles per province (same data, same SI)",
        baseline_value=theirs_s * 1000,
    )
