"""Backtests of the case projections against naive persistence and a linear trend.

For each forecast origin, only the days up to the origin are used; the projection of the
next ``horizon`` days is compared with what was then reported (after the same correction
of reporting defects). Scores: mean absolute error of daily cases (the projection's
median; the baselines' point forecast) and the share of reported days that fall inside
the projection's 50% and 95% prediction intervals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from chongdich.epi.projection import (
    linear_trend_forecast,
    persistence_forecast,
    project_cases,
)

FloatArray = npt.NDArray[np.float64]
METHODS = ("renewal", "persistence", "linear_trend")


@dataclass
class BacktestScore:
    horizon: int
    n_forecasts: int = 0
    abs_errors: dict[str, list[float]] = field(default_factory=lambda: {m: [] for m in METHODS})
    inside_50: list[float] = field(default_factory=list)
    inside_95: list[float] = field(default_factory=list)

    def mae(self, method: str) -> float:
        return float(np.mean(self.abs_errors[method])) if self.abs_errors[method] else np.nan

    @property
    def coverage_50(self) -> float:
        return float(np.mean(self.inside_50)) if self.inside_50 else np.nan

    @property
    def coverage_95(self) -> float:
        return float(np.mean(self.inside_95)) if self.inside_95 else np.nan

    def wins(self) -> float:
        """Share of forecasts where the renewal projection's MAE beats both baselines."""
        per = {
            m: np.array(self.abs_errors[m]).reshape(self.n_forecasts, -1).mean(axis=1)
            for m in METHODS
        }
        if not self.n_forecasts:
            return np.nan
        better = (per["renewal"] < per["persistence"]) & (per["renewal"] < per["linear_trend"])
        return float(better.mean())


def backtest(
    counts: npt.ArrayLike,
    origins: list[int],
    horizon: int,
    *,
    min_recent_cases: float = 10.0,
    n_paths: int = 500,
) -> BacktestScore:
    """Score forecasts made at each origin (0-based index of the last day used).

    ``counts`` is ``(n_series, n_days)``; a (series, origin) pair is scored when the
    last 7 days before the origin hold at least ``min_recent_cases`` cases and the whole
    horizon is observed.
    """
    x = np.atleast_2d(np.asarray(counts, dtype=np.float64))
    score = BacktestScore(horizon=horizon)
    for origin in origins:
        if origin + horizon >= x.shape[1] or origin < 30:
            continue
        history = x[:, : origin + 1]
        active = history[:, -7:].sum(axis=1) >= min_recent_cases
        if not active.any():
            continue
        history = history[active]
        truth = x[active, origin + 1 : origin + 1 + horizon]
        proj = project_cases(history, horizon=horizon, n_paths=n_paths, seed=origin)
        forecasts = {
            "renewal": proj.median,
            "persistence": persistence_forecast(history, horizon),
            "linear_trend": linear_trend_forecast(history, horizon),
        }
        for method, forecast in forecasts.items():
            score.abs_errors[method].extend(np.abs(forecast - truth).ravel().tolist())
        inside_50 = (truth >= proj.lower[0.5]) & (truth <= proj.upper[0.5])
        inside_95 = (truth >= proj.lower[0.95]) & (truth <= proj.upper[0.95])
        score.inside_50.extend(inside_50.ravel().astype(float).tolist())
        score.inside_95.extend(inside_95.ravel().astype(float).tolist())
        score.n_forecasts += int(active.sum())
    return score
