"""Short-term case projections (7 to 28 days) from the renewal equation and the Rt posterior.

The method of the ``projections`` R package (Jombart et al., the companion of EpiEstim)
and of Cori et al. (2013): R is drawn from the gamma posterior of the last estimation
window and held constant over the horizon; each day's cases are Poisson with mean
``R * lambda_t``, where ``lambda_t`` is the total infectiousness of past (observed, then
simulated) cases weighted by the serial interval. Quantiles over the simulated paths
give prediction intervals. Vectorised over series and paths.

The daily series given here must already be corrected for reporting defects (one-day
spikes, reporting gaps): ``chongdich.epi.series_quality.check_series``, the surveillance
issue's data-quality correction, does it for the service and the backtests.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from chongdich.epi.rt import discretise_gamma_si, estimate_rt

FloatArray = npt.NDArray[np.float64]

# Serial interval of COVID-19: mean 4.7 days, sd 2.9 days (Nishiura, Linton & Akhmetzhanov,
# "Serial interval of novel coronavirus (COVID-19) infections", Int J Infect Dis 93, 2020).
COVID_SI_MEAN = 4.7
COVID_SI_SD = 2.9
# The interval levels reported (central prediction intervals).
INTERVALS = (0.5, 0.9, 0.95)
MAX_HORIZON = 28
# Past cases older than this carry no weight in the renewal equation: the SI above puts
# less than 1e-9 of its mass beyond 40 days, so the simulated paths keep 60 days.
SI_SUPPORT_DAYS = 60
# Assumptions of this project (not from a document), chosen on the backtests of
# docs/FORECASTS.md: R drifts as a random walk on the log scale (sd per day), and daily
# reports are overdispersed around the renewal mean (negative binomial, dispersion k
# estimated from the last 28 days, kept within these bounds).
R_DRIFT_SD_PER_DAY = 0.15
# Each day log R moves this fraction of the way back to 0 (R towards 1): epidemics are
# met by a response, and a constant R extrapolates growth for too long.
R_DAMPING = 0.8
DISPERSION_BOUNDS = (2.0, 200.0)
DISPERSION_DAYS = 28
# Numerical guard: no simulated day above this many cases (above Vietnam's national peak
# of about 450,000 a day, March 2022).
MAX_DAILY_CASES = 1e6


@dataclass(frozen=True)
class Projection:
    """Projected daily cases, shape ``(n_series, horizon)`` for each summary.

    ``lower``/``upper`` map an interval level (0.5, 0.9, 0.95) to its bounds;
    ``r_shape``/``r_scale`` are the gamma posterior of R used, per series.
    """

    median: FloatArray
    mean: FloatArray
    lower: dict[float, FloatArray]
    upper: dict[float, FloatArray]
    r_shape: FloatArray
    r_scale: FloatArray
    paths: FloatArray  # (n_series, n_paths, horizon)


def project_cases(
    incidence: npt.ArrayLike,
    *,
    horizon: int = 14,
    window: int = 7,
    si_mean: float = COVID_SI_MEAN,
    si_sd: float = COVID_SI_SD,
    n_paths: int = 1000,
    seed: int = 20211001,
) -> Projection:
    """Project ``horizon`` days ahead of each series (rows of ``incidence``)."""
    if not 1 <= horizon <= MAX_HORIZON:
        raise ValueError(f"horizon must be 1..{MAX_HORIZON} days, got {horizon!r}")
    if n_paths < 10:
        raise ValueError(f"n_paths must be at least 10, got {n_paths!r}")
    cases = np.atleast_2d(np.asarray(incidence, dtype=np.float64))
    n_series, n_days = cases.shape
    if n_days < window + 1:
        raise ValueError(f"need at least {window + 1} days of counts, got {n_days}")
    last = n_days - 1
    est = estimate_rt(
        cases, si_mean=si_mean, si_sd=si_sd, t_start=[last - window + 1], t_end=[last]
    )
    shape, scale = est.shape[:, 0], est.scale[:, 0]
    rng = np.random.default_rng(seed)
    r = rng.gamma(shape[:, None], scale[:, None], size=(n_series, n_paths))
    k = estimate_dispersion(cases)[:, None]

    kept = min(n_days, SI_SUPPORT_DAYS)
    si = discretise_gamma_si(kept + horizon, si_mean, si_sd)
    history = np.broadcast_to(cases[:, None, -kept:], (n_series, n_paths, kept))
    paths = np.concatenate([history, np.zeros((n_series, n_paths, horizon))], axis=2)
    for h in range(horizon):
        t = kept + h
        weights = si[1 : t + 1][::-1]  # w_t ... w_1 against the kept days 0 .. t-1
        lam = paths[:, :, :t] @ weights
        if h:
            log_r = R_DAMPING * np.log(r) + rng.normal(0.0, R_DRIFT_SD_PER_DAY, size=r.shape)
            r = np.exp(log_r)
        mu = np.minimum(r * lam, MAX_DAILY_CASES)
        # Negative binomial as a gamma-Poisson mixture: mean mu, variance mu + mu^2/k.
        paths[:, :, t] = np.minimum(rng.poisson(rng.gamma(k, mu / k)), MAX_DAILY_CASES)
    future = paths[:, :, kept:]
    lower = {lvl: np.quantile(future, (1 - lvl) / 2, axis=1) for lvl in INTERVALS}
    upper = {lvl: np.quantile(future, 1 - (1 - lvl) / 2, axis=1) for lvl in INTERVALS}
    return Projection(
        median=np.median(future, axis=1),
        mean=future.mean(axis=1),
        lower=lower,
        upper=upper,
        r_shape=shape,
        r_scale=scale,
        paths=future,
    )


def estimate_dispersion(cases: FloatArray) -> FloatArray:
    """Negative-binomial k per series, by moments of the last days around a 7-day mean."""
    recent = cases[:, -DISPERSION_DAYS:]
    if recent.shape[1] < 14:
        return np.full(cases.shape[0], DISPERSION_BOUNDS[0])
    kernel = np.ones(7) / 7
    smooth = np.array([np.convolve(row, kernel, mode="same") for row in recent])[:, 3:-3]
    obs = recent[:, 3:-3]
    excess = ((obs - smooth) ** 2 - smooth).mean(axis=1)
    mean_sq = (smooth**2).mean(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        k = np.where(excess > 0, mean_sq / excess, DISPERSION_BOUNDS[1])
    k = np.clip(np.nan_to_num(k, nan=DISPERSION_BOUNDS[1]), *DISPERSION_BOUNDS)
    return np.asarray(k, dtype=np.float64)


def persistence_forecast(incidence: npt.ArrayLike, horizon: int, days: int = 7) -> FloatArray:
    """Naive baseline: the mean of the last ``days`` days, held flat."""
    x = np.atleast_2d(np.asarray(incidence, dtype=np.float64))
    return np.repeat(x[:, -days:].mean(axis=1, keepdims=True), horizon, axis=1)


def linear_trend_forecast(incidence: npt.ArrayLike, horizon: int, days: int = 14) -> FloatArray:
    """Baseline: least-squares line through the last ``days`` days, floored at zero."""
    x = np.atleast_2d(np.asarray(incidence, dtype=np.float64))[:, -days:]
    t = np.arange(days, dtype=np.float64)
    tc = t - t.mean()
    slope = (x - x.mean(axis=1, keepdims=True)) @ tc / (tc @ tc)
    ahead = np.arange(days, days + horizon, dtype=np.float64) - t.mean()
    line = x.mean(axis=1, keepdims=True) + slope[:, None] * ahead
    return np.asarray(np.maximum(line, 0.0), dtype=np.float64)
