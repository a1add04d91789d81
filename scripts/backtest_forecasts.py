"""Backtest the case projections on the real Vietnamese series; print docs/FORECASTS.md tables.

.venv/bin/python scripts/backtest_forecasts.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path

import numpy as np

from chongdich.epi.backtest import METHODS, backtest
from chongdich.epi.series_quality import check_series

HORIZONS = (7, 14, 28)


def outbreak(path: Path) -> tuple[list[str], np.ndarray]:
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    cases = [float(r["new_cases_ncsc_case_by_day_snapshot_2022_01_22"] or 0) for r in rows]
    return [r["date"] for r in rows], np.array(cases)


def provinces(path: Path) -> tuple[list[str], np.ndarray]:
    by_code: dict[str, dict[str, float]] = defaultdict(dict)
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            by_code[r["gso_code"]][r["date"]] = float(r["new_cases"] or 0)
    dates = sorted({d for v in by_code.values() for d in v})
    return dates, np.array([[by_code[c].get(d, 0.0) for d in dates] for c in sorted(by_code)])


def table(title: str, dates: list[str], counts: np.ndarray, origins: list[int]) -> None:
    # The surveillance issue's data-quality correction, series by series.
    corrected = np.array([check_series(row)[0] for row in np.atleast_2d(counts)])
    print(f"\n### {title}\n")
    print(
        "| horizon | forecasts | MAE renewal | MAE persistence | MAE linear trend "
        "| renewal best | 50% PI coverage | 95% PI coverage |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for h in HORIZONS:
        s = backtest(corrected, origins, h)
        maes = " | ".join(f"{s.mae(m):.1f}" for m in METHODS)
        print(
            f"| {h} d | {s.n_forecasts} | {maes} | {s.wins():.0%} | "
            f"{s.coverage_50:.0%} | {s.coverage_95:.0%} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    data = parser.parse_args().data
    dates, bl = outbreak(data / "vn_covid_baclieu_daily_2021-09_2021-12.csv")
    table(
        f"Bạc Liêu {dates[0]} – {dates[-1]} (origins every 3 days)",
        dates,
        bl,
        list(range(30, len(dates), 3)),
    )
    dates, bg = outbreak(data / "vn_covid_bacgiang_daily_2021-04-27_2021-07-31.csv")
    table(
        f"Bắc Giang {dates[0]} – {dates[-1]} (origins every 3 days)",
        dates,
        bg,
        list(range(30, len(dates), 3)),
    )
    dates, all63 = provinces(data / "vn_covid_province_daily_ncsc_2020-03-18_2022-01-22.csv")
    start = dates.index("2021-05-01")
    origins = list(range(start, len(dates), 7))
    table(
        f"63 provinces, origins every 7 days from 2021-05-01 to {dates[origins[-1]]}",
        dates,
        all63,
        origins,
    )
    print(f"\n(run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC)")


if __name__ == "__main__":
    main()
