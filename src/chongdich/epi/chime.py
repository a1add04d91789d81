"""CHIME-compatible hospital demand: the discrete SIR model of Penn Medicine's CHIME v1.1.5.

CHIME (COVID-19 Hospital Impact Model for Epidemics, Penn Medicine Predictive Healthcare,
https://github.com/CodeForPhilly/chime, MIT) projects admissions and census for
hospital, ICU and ventilators from a discrete-time SIR model. This module reproduces its
``penn_chime.model.sir.Sir`` results (written from the published method and checked
against the figures CHIME's own test-suite asserts), with the same parameter names:

- infected on the day of the first hospitalisation = 1 / market_share / hospitalised rate;
- growth rate from the doubling time, ``g = 2**(1/Td) - 1``; ``beta = (g + gamma) / S0 *
  (1 - relative_contact_rate)`` after the mitigation date, ``gamma = 1 / infectious_days``;
- with a doubling time, the day of the first hospitalisation (``i_day`` days before the
  current date) is fitted so that the census matches ``current_hospitalized``: over the
  days before the peak without a mitigation date, over days 0..n_days-1 (peak not before
  the day) with one;
- with ``date_first_hospitalized`` instead, the doubling time is fitted on a grid
  (1..15 days, refined four times), as CHIME does;
- admissions are the daily increase of ``ever_infected * rate * market_share``; the census
  is admissions summed over the length of stay (``days``).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
DISPOSITIONS = ("hospitalized", "icu", "ventilated")


@dataclass(frozen=True)
class Disposition:
    rate: float
    days: int


@dataclass
class ChimeParameters:
    """CHIME's ``Parameters`` (same names, same meaning)."""

    population: int
    current_hospitalized: int
    hospitalized: Disposition
    icu: Disposition
    ventilated: Disposition
    current_date: dt.date
    doubling_time: float | None = None
    date_first_hospitalized: dt.date | None = None
    infectious_days: int = 14
    market_share: float = 1.0
    relative_contact_rate: float = 0.0
    mitigation_date: dt.date | None = None
    n_days: int = 100
    recovered: int = 0

    def __post_init__(self) -> None:
        _require(self.population > 0, "population", self.population, "> 0")
        _require(
            self.current_hospitalized >= 0,
            "current_hospitalized",
            self.current_hospitalized,
            ">= 0",
        )
        _require(0 < self.market_share <= 1, "market_share", self.market_share, "in (0, 1]")
        _require(
            0 <= self.relative_contact_rate <= 1,
            "relative_contact_rate",
            self.relative_contact_rate,
            "in [0, 1]",
        )
        _require(self.infectious_days > 0, "infectious_days", self.infectious_days, "> 0")
        _require(self.n_days > 0, "n_days", self.n_days, "> 0")
        _require(self.recovered >= 0, "recovered", self.recovered, ">= 0")
        for name in DISPOSITIONS:
            d: Disposition = getattr(self, name)
            _require(0 <= d.rate <= 1, f"{name}.rate", d.rate, "in [0, 1]")
            _require(d.days >= 1, f"{name}.days", d.days, ">= 1")
        _require(self.hospitalized.rate > 0, "hospitalized.rate", self.hospitalized.rate, "> 0")
        has_dt = self.doubling_time is not None
        if has_dt == (self.date_first_hospitalized is not None):
            raise ValueError("give exactly one of doubling_time and date_first_hospitalized")
        if self.doubling_time is not None:
            _require(self.doubling_time != 0, "doubling_time", self.doubling_time, "!= 0")
        if self.date_first_hospitalized is not None:
            _require(
                self.date_first_hospitalized < self.current_date,
                "date_first_hospitalized",
                self.date_first_hospitalized,
                "before current_date",
            )


def _require(ok: bool, name: str, value: object, rule: str) -> None:
    if not ok:
        raise ValueError(f"{name} must be {rule}, got {value!r}")


@dataclass
class ChimeResult:
    i_day: int
    beta: float
    beta_t: float
    r_t: float
    r_naught: float
    doubling_time: float
    doubling_time_t: float
    intrinsic_growth_rate: float
    date_first_hospitalized: dt.date
    columns: dict[str, FloatArray] = field(default_factory=dict)
    dates: list[dt.date] = field(default_factory=list)


def growth_rate(doubling_time: float | None) -> float:
    """Daily growth rate from a doubling time (CHIME ``get_growth_rate``)."""
    if doubling_time is None or doubling_time == 0.0:
        return 0.0
    return float(2.0 ** (1.0 / doubling_time) - 1.0)


def contact_beta(
    growth: float, gamma: float, susceptible: float, contact_reduction: float
) -> float:
    return (growth + gamma) / susceptible * (1.0 - contact_reduction)


def simulate_sir(
    s: float, i: float, r: float, gamma: float, first_day: int, policies: list[tuple[float, int]]
) -> dict[str, FloatArray]:
    """Discrete SIR, renormalised to the population each step (CHIME ``sim_sir``)."""
    n = s + i + r
    total = 1 + sum(days for _, days in policies)
    out = np.empty((4, total))
    k = 0
    for beta, days in policies:
        for _ in range(days):
            out[:, k] = (first_day + k, s, i, r)
            k += 1
            s_n = s - beta * s * i
            i_n = i + beta * s * i - gamma * i
            r_n = r + gamma * i
            scale = n / (s_n + i_n + r_n)
            s, i, r = s_n * scale, i_n * scale, r_n * scale
    out[:, k] = (first_day + k, s, i, r)
    return {"day": out[0], "susceptible": out[1], "infected": out[2], "recovered": out[3]}


class _Model:
    def __init__(self, p: ChimeParameters) -> None:
        self.p = p
        self.gamma = 1.0 / p.infectious_days
        self.infected0 = 1.0 / p.market_share / p.hospitalized.rate
        self.susceptible0 = p.population - self.infected0
        self.i_day = 0
        self.beta = 0.0
        self.beta_t = 0.0

    def set_doubling_time(self, doubling_time: float) -> None:
        g = growth_rate(doubling_time)
        self.beta = contact_beta(g, self.gamma, self.susceptible0, 0.0)
        self.beta_t = contact_beta(g, self.gamma, self.susceptible0, self.p.relative_contact_rate)

    def policy(self) -> list[tuple[float, int]]:
        p = self.p
        mitigation_day = -(p.current_date - p.mitigation_date).days if p.mitigation_date else 0
        mitigation_day = max(mitigation_day, -self.i_day)
        pre = self.i_day + mitigation_day
        return [(self.beta, pre), (self.beta_t, self.i_day + p.n_days - pre)]

    def project(self, policy: list[tuple[float, int]]) -> dict[str, FloatArray]:
        raw = simulate_sir(
            self.susceptible0,
            self.infected0,
            float(self.p.recovered),
            self.gamma,
            -self.i_day,
            policy,
        )
        ever_infected = raw["infected"] + raw["recovered"]
        for key in DISPOSITIONS:
            d: Disposition = getattr(self.p, key)
            ever = ever_infected * d.rate * self.p.market_share
            admits = np.empty_like(ever)
            admits[0] = np.nan
            admits[1:] = np.diff(ever)
            cum = np.zeros(ever.size + d.days)
            cum[d.days + 1 :] = np.cumsum(admits[1:])
            raw[f"ever_{key}"] = ever
            raw[f"admits_{key}"] = admits
            raw[f"census_{key}"] = cum[d.days :] - cum[: -d.days]
        return raw


def _fit_i_day(m: _Model) -> dict[str, FloatArray]:
    p = m.p
    if p.mitigation_date is None:
        m.i_day = 0
        census = m.project([(m.beta, p.n_days)])["census_hospitalized"]
        peak = int(census.argmax())
        m.i_day = int(np.argmin((census[:peak] - p.current_hospitalized) ** 2))
        return m.project(m.policy())
    best_day, best_loss, best = -1, math.inf, None
    for i_day in range(p.n_days):
        m.i_day = i_day
        raw = m.project(m.policy())
        if int(raw["census_hospitalized"].argmax()) < i_day:
            continue  # CHIME does not fit a census already past its peak
        loss = (raw["census_hospitalized"][i_day] - p.current_hospitalized) ** 2
        if loss < best_loss:
            best_day, best_loss, best = i_day, loss, raw
    if best is None:
        raise ValueError(
            "no day of first hospitalisation fits current_hospitalized before the peak"
        )
    m.i_day = best_day
    return best


def _fit_doubling_time(m: _Model) -> float:
    p = m.p
    assert p.date_first_hospitalized is not None
    m.i_day = (p.current_date - p.date_first_hospitalized).days

    def argmin(grid: FloatArray) -> int:
        losses = np.empty(grid.size)
        for k, candidate in enumerate(grid):
            m.set_doubling_time(float(candidate))
            predicted = m.project(m.policy())["census_hospitalized"][m.i_day]
            losses[k] = (p.current_hospitalized - predicted) ** 2
        return int(np.argmin(losses))

    grid = np.linspace(1, 15, 15)
    best = argmin(grid)
    for _ in range(4):
        if best + 1 >= grid.size:
            raise ValueError("the fitted doubling time is beyond 15 days: no fit")
        # CHIME indexes dts[best - 1], which wraps to the last value when best is 0.
        grid = np.linspace(grid[best - 1], grid[best + 1], 15)
        best = argmin(grid)
    return float(grid[best])


def run_chime(p: ChimeParameters) -> ChimeResult:
    """CHIME's projection: one row per day from ``-i_day`` to ``n_days``."""
    m = _Model(p)
    if p.doubling_time is not None:
        doubling_time = p.doubling_time
        m.set_doubling_time(doubling_time)
        raw = _fit_i_day(m)
    else:
        doubling_time = _fit_doubling_time(m)
        m.set_doubling_time(doubling_time)
        raw = m.project(m.policy())
    s0 = m.susceptible0
    days = raw["day"].astype(int)
    return ChimeResult(
        i_day=m.i_day,
        beta=m.beta,
        beta_t=m.beta_t,
        r_t=m.beta_t / m.gamma * s0,
        r_naught=m.beta / m.gamma * s0,
        doubling_time=doubling_time,
        doubling_time_t=float(1.0 / np.log2(m.beta_t * s0 - m.gamma + 1)),
        intrinsic_growth_rate=growth_rate(doubling_time),
        date_first_hospitalized=p.current_date - dt.timedelta(days=m.i_day),
        columns=raw,
        dates=[p.current_date + dt.timedelta(days=int(d)) for d in days],
    )


OUTPUT_COLUMNS = (
    "day",
    "date",
    "admits_hospitalized",
    "admits_icu",
    "admits_ventilated",
    "census_hospitalized",
    "census_icu",
    "census_ventilated",
    "ever_hospitalized",
    "ever_icu",
    "ever_ventilated",
    "susceptible",
    "infected",
    "recovered",
)
