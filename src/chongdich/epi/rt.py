"""Instantaneous reproduction number Rt by the method of Cori et al. (2013).

Reproduces what the EpiEstim R package (``estimate_R``, methods ``parametric_si`` and
``non_parametric_si``, v2.2 to v3.0) computes, to floating-point rounding:

- the serial interval (SI) is either a discrete distribution given day by day from day 0
  (``si_distr[0]`` must be 0), or EpiEstim's discretisation of a gamma distribution
  offset by one day (``discr_si``; Cori et al. 2013, Web Appendix 11);
- incidence is split into local and imported cases; every case on the first day counts
  as imported (EpiEstim's ``process_I``), since nothing earlier can have infected it;
- the total infectiousness is ``lambda_t = sum_{s>=1} w_s (local + imported)_{t-s}``
  and, over a window ``[t_start, t_end]``, the posterior of R is
  ``Gamma(shape = a + sum local, scale = 1 / (1/b + sum lambda))``;
- the prior is Gamma(shape 1, scale 5), i.e. mean 5 and sd 5 (EpiEstim's default);
- windows whose end is not after the SI mean are left undefined (NaN), as EpiEstim does.

Everything is vectorised over many series: incidence arrays are ``(n_series, n_days)``.
Days are 0-based here; the CLI prints EpiEstim's 1-based ``t_start``/``t_end``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import signal, special

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# EpiEstim ``make_config`` defaults: mean_prior = 5, std_prior = 5 (Cori et al. 2013, §2).
DEFAULT_PRIOR_MEAN = 5.0
DEFAULT_PRIOR_SD = 5.0
# The quantiles EpiEstim reports in ``R`` (columns Quantile.0.025(R) ... Quantile.0.975(R)).
QUANTILES: tuple[float, ...] = (0.025, 0.05, 0.25, 0.5, 0.75, 0.95, 0.975)
# EpiEstim ``check_si_distr``: a non-parametric SI must sum to 1 within 0.01.
SI_SUM_TOLERANCE = 0.01


@dataclass(frozen=True)
class RtEstimate:
    """Posterior of R over sliding windows, one row per series.

    ``t_start``/``t_end`` are 0-based day indexes (inclusive) shared by all series;
    ``shape``/``scale`` are the gamma posterior's parameters; NaN where undefined.
    ``quantiles`` has shape ``(n_series, n_windows, len(QUANTILES))``.
    """

    t_start: IntArray
    t_end: IntArray
    shape: FloatArray
    scale: FloatArray
    mean: FloatArray
    std: FloatArray
    quantiles: FloatArray
    si_distr: FloatArray

    @property
    def median(self) -> FloatArray:
        return self.quantiles[..., QUANTILES.index(0.5)]


def discretise_gamma_si(n_days: int, mean: float, sd: float) -> FloatArray:
    """EpiEstim's ``discr_si(0:(n_days-1), mean, sd)``: a gamma SI offset by one day.

    The SI minus one day is gamma with mean ``mean - 1`` and sd ``sd``; the weight of
    day k is the probability mass of the triangular kernel centred on k (Cori et al.
    2013, Web Appendix 11), clipped at zero.
    """
    if not np.isfinite(mean) or mean <= 1:
        raise ValueError(f"the serial interval mean must be > 1 day (EpiEstim), got {mean!r}")
    if not np.isfinite(sd) or sd <= 0:
        raise ValueError(f"the serial interval sd must be > 0, got {sd!r}")
    if n_days < 1:
        raise ValueError(f"n_days must be >= 1, got {n_days!r}")
    k = np.arange(n_days, dtype=np.float64)
    shape = ((mean - 1) / sd) ** 2
    scale = sd**2 / (mean - 1)

    def cdf(x: FloatArray, a: float) -> FloatArray:
        return np.asarray(special.gammainc(a, np.clip(x, 0, None) / scale), dtype=np.float64)

    res = k * cdf(k, shape) + (k - 2) * cdf(k - 2, shape) - 2 * (k - 1) * cdf(k - 1, shape)
    res += shape * scale * (2 * cdf(k - 1, shape + 1) - cdf(k - 2, shape + 1) - cdf(k, shape + 1))
    return np.maximum(res, 0.0)


def check_si_distr(si_distr: npt.ArrayLike) -> FloatArray:
    """Validate a discrete SI given from day 0 (EpiEstim ``check_si_distr``)."""
    si = np.asarray(si_distr, dtype=np.float64)
    if si.ndim != 1 or si.size < 2:
        raise ValueError(f"the serial interval must be a list of at least 2 values, got {si!r}")
    if not np.all(np.isfinite(si)):
        raise ValueError("the serial interval contains a value that is not a number")
    if si[0] != 0:
        raise ValueError(f"the serial interval on day 0 must be 0, got {si[0]!r}")
    if np.any(si < 0):
        bad = int(np.flatnonzero(si < 0)[0])
        raise ValueError(f"the serial interval on day {bad} is negative: {si[bad]!r}")
    if abs(si.sum() - 1) > SI_SUM_TOLERANCE:
        raise ValueError(f"the serial interval must sum to 1 (±0.01), it sums to {si.sum():.4f}")
    return si


def split_first_day_imported(
    local: npt.ArrayLike, imported: npt.ArrayLike | None = None
) -> tuple[FloatArray, FloatArray]:
    """EpiEstim ``process_I``: every case of the first day counts as imported.

    Returns float arrays of shape ``(n_series, n_days)``; checks for negative or
    missing counts (naming the series and day).
    """
    loc = np.atleast_2d(np.asarray(local, dtype=np.float64)).copy()
    imp = (
        np.zeros_like(loc)
        if imported is None
        else np.atleast_2d(np.asarray(imported, dtype=np.float64)).copy()
    )
    if imp.shape != loc.shape:
        raise ValueError(f"local {loc.shape} and imported {imp.shape} counts differ in shape")
    for name, arr in (("local", loc), ("imported", imp)):
        bad = ~np.isfinite(arr) | (arr < 0)
        if bad.any():
            series, day = (int(v) for v in np.argwhere(bad)[0])
            raise ValueError(
                f"{name} cases must be non-negative numbers: series {series}, day {day} "
                f"has {float(arr[series, day])!r}"
            )
    imp[:, 0] += loc[:, 0]
    loc[:, 0] = 0.0
    return loc, imp


def total_infectiousness(incidence: FloatArray, si_distr: FloatArray) -> FloatArray:
    """``lambda_t = sum_{s=1}^{t} w_s I_{t-s}`` for every series (EpiEstim
    ``overall_infectivity``); ``lambda_0`` is 0 (EpiEstim leaves it NA and never uses it).
    """
    n_days = incidence.shape[1]
    w = np.zeros(n_days, dtype=np.float64)
    m = min(n_days, si_distr.size)
    w[:m] = si_distr[:m]
    w[0] = 0.0
    # FFT convolution: exact to ~1e-12 relative, and O(n log n) for long series; the
    # rounding can leave -1e-13 where the sum is 0, hence the clip.
    conv = signal.fftconvolve(incidence, w[None, :], axes=1)[:, :n_days]
    return np.asarray(np.clip(conv, 0.0, None), dtype=np.float64)


def sliding_windows(n_days: int, window: int) -> tuple[IntArray, IntArray]:
    """EpiEstim's default windows: start on the second day, every day, ``window`` long."""
    if window < 1:
        raise ValueError(f"the window must be at least 1 day, got {window!r}")
    if window > n_days - 1:
        raise ValueError(
            f"a {window}-day window needs at least {window + 1} days of incidence, got {n_days}"
        )
    t_start = np.arange(1, n_days - window + 1, dtype=np.int64)
    return t_start, t_start + window - 1


def estimate_rt(
    local: npt.ArrayLike,
    imported: npt.ArrayLike | None = None,
    *,
    si_distr: npt.ArrayLike | None = None,
    si_mean: float | None = None,
    si_sd: float | None = None,
    window: int = 7,
    t_start: npt.ArrayLike | None = None,
    t_end: npt.ArrayLike | None = None,
    prior_mean: float = DEFAULT_PRIOR_MEAN,
    prior_sd: float = DEFAULT_PRIOR_SD,
) -> RtEstimate:
    """Rt posterior for one series (1-D input) or many (2-D, one row per series).

    Give either ``si_distr`` (non-parametric) or ``si_mean`` and ``si_sd`` (parametric,
    discretised as EpiEstim does over as many days as there are in the series).
    ``t_start``/``t_end`` (0-based, inclusive) override the sliding windows.
    """
    loc, imp = split_first_day_imported(local, imported)
    n_days = loc.shape[1]
    if si_distr is not None:
        if si_mean is not None or si_sd is not None:
            raise ValueError("give either si_distr or si_mean and si_sd, not both")
        si = check_si_distr(si_distr)
    elif si_mean is not None and si_sd is not None:
        si = discretise_gamma_si(n_days, si_mean, si_sd)
    else:
        raise ValueError("a serial interval is needed: si_distr, or si_mean and si_sd")
    if not (prior_mean > 0 and prior_sd > 0):
        raise ValueError(f"the prior mean and sd must be > 0, got {prior_mean!r}, {prior_sd!r}")
    starts, ends = _windows(n_days, window, t_start, t_end)

    lam = total_infectiousness(loc + imp, si)
    a_prior = (prior_mean / prior_sd) ** 2
    b_prior = prior_sd**2 / prior_mean
    cum_local = np.concatenate([np.zeros((loc.shape[0], 1)), np.cumsum(loc, axis=1)], axis=1)
    cum_lam = np.concatenate([np.zeros((lam.shape[0], 1)), np.cumsum(lam, axis=1)], axis=1)
    sum_local = cum_local[:, ends + 1] - cum_local[:, starts]
    sum_lam = cum_lam[:, ends + 1] - cum_lam[:, starts]

    mean_si = float(np.sum(si * np.arange(si.size)))
    # EpiEstim compares its 1-based t_end with the SI mean.
    defined = (ends + 1) > mean_si
    shape = np.where(defined, a_prior + sum_local, np.nan)
    scale = np.where(defined, 1.0 / (1.0 / b_prior + sum_lam), np.nan)
    quantiles = gamma_quantiles(shape, QUANTILES) * scale[..., None]
    return RtEstimate(
        t_start=starts,
        t_end=ends,
        shape=shape,
        scale=scale,
        mean=shape * scale,
        std=np.sqrt(shape) * scale,
        quantiles=np.asarray(quantiles, dtype=np.float64),
        si_distr=si,
    )


# Above this shape, gamma quantiles are found by two Halley steps from the Wilson-Hilferty
# approximation (relative error below 1e-14 against scipy's gammaincinv, see the tests),
# about ten times faster than the general inverse.
HALLEY_MIN_SHAPE = 10.0


def gamma_quantiles(shape: FloatArray, probs: tuple[float, ...]) -> FloatArray:
    """Quantiles of Gamma(shape, scale 1), shape ``shape.shape + (len(probs),)``.

    The posterior shape is the prior's 1 plus a case count, so across many series the
    same shapes recur: each distinct shape is inverted once. NaN shapes give NaN.
    """
    flat = shape.ravel()
    out = np.full((flat.size, len(probs)), np.nan)
    ok = np.isfinite(flat)
    distinct, inverse = np.unique(flat[ok], return_inverse=True)
    p = np.asarray(probs, dtype=np.float64)[None, :]
    values = np.empty((distinct.size, p.size))
    large = distinct >= HALLEY_MIN_SHAPE
    values[~large] = special.gammaincinv(distinct[~large, None], p)
    values[large] = _halley_gamma_quantiles(distinct[large, None], p)
    out[ok] = values[inverse.ravel()]
    return out.reshape((*shape.shape, len(probs)))


def _halley_gamma_quantiles(a: FloatArray, p: FloatArray) -> FloatArray:
    z = special.ndtri(p)
    x = a * (1 - 1 / (9 * a) + z / (3 * np.sqrt(a))) ** 3
    log_gamma = special.gammaln(a)
    for _ in range(2):
        f = special.gammainc(a, x) - p
        u = f * np.exp(x - (a - 1) * np.log(x) + log_gamma)  # f / density
        x = x - u / (1 - 0.5 * u * ((a - 1) / x - 1))
    return np.asarray(x, dtype=np.float64)


def _windows(
    n_days: int, window: int, t_start: npt.ArrayLike | None, t_end: npt.ArrayLike | None
) -> tuple[IntArray, IntArray]:
    if t_start is None and t_end is None:
        return sliding_windows(n_days, window)
    if t_start is None or t_end is None:
        raise ValueError("give both t_start and t_end, or neither")
    starts = np.asarray(t_start, dtype=np.int64).ravel()
    ends = np.asarray(t_end, dtype=np.int64).ravel()
    if starts.shape != ends.shape:
        raise ValueError("t_start and t_end must have the same length")
    # EpiEstim ``check_times``: windows lie within days 2..T (1-based).
    if np.any(starts < 1) or np.any(ends > n_days - 1) or np.any(starts > ends):
        raise ValueError(
            f"windows must satisfy 1 <= t_start <= t_end <= {n_days - 1} (0-based days)"
        )
    return starts, ends
