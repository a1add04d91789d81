"""Tiered treatment demand from projected F0: home, tier 1, 2, 3 census, oxygen, ICU, staff.

New F0 (observed, then projected paths) are split by where they are treated in the
three-tier tower of QĐ 4111/QĐ-BYT (DOMAIN.md §4), each kept for its length of stay; the
census of each place, the oxygen flow, ICU and ventilator census and the staff they need
follow. Compared with the province's capacity, each path gives the first day a resource
is exceeded; over the paths, that day has a median and an interval.

No public source gives Vietnam's 2021 split of F0 by severity, lengths of stay or oxygen
use per patient (DOMAIN.md §7, shared/data/SOURCES.md: "no hospital, ICU or ventilator
occupancy series exists"). Every default below is therefore either cited or marked
``assumption``, shown as such on the pages, and editable per province
(``DemandParameters.with_overrides``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

RESOURCES = (
    "tier1_beds",
    "tier2_beds",
    "icu_beds",
    "ventilators",
    "oxygen_lpm",
    "oxygen_concentrators",
    "staff",
)
PLACES = ("home", "tier1", "tier2", "tier3")


@dataclass(frozen=True)
class DemandParameters:
    # Shares of new F0 by place of care (sum to 1).
    share_home: float = 0.60
    share_tier1: float = 0.25
    share_tier2: float = 0.11
    share_tier3: float = 0.04
    # Of tier-3 patients: share in intensive care and share on a ventilator.
    icu_share_of_tier3: float = 0.5
    ventilated_share_of_tier3: float = 0.25
    # Lengths of stay (days).
    days_home: int = 10
    days_tier1: int = 10
    days_tier2: int = 14
    days_tier3: int = 21
    # Oxygen.
    oxygen_share_tier2: float = 0.5
    lpm_tier2: float = 5.0
    lpm_tier3: float = 10.0
    lpm_icu: float = 30.0
    concentrator_lpm: float = 10.0
    # Staff (health workers on the rolls, all shifts) per patient.
    staff_per_tier1_patient: float = 0.05
    staff_per_tier2_patient: float = 0.3
    staff_per_tier3_patient: float = 1.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not np.isfinite(value) or value < 0:
                raise ValueError(f"{f.name} must be a number >= 0, got {value!r}")
            if f.name.startswith("days_") and (int(value) != value or value < 1):
                raise ValueError(f"{f.name} must be a whole number of days >= 1, got {value!r}")
        total = self.share_home + self.share_tier1 + self.share_tier2 + self.share_tier3
        if abs(total - 1) > 1e-6:
            raise ValueError(f"the shares of home, tier 1, 2 and 3 must sum to 1, not {total:.4f}")
        if self.icu_share_of_tier3 > 1 or self.ventilated_share_of_tier3 > self.icu_share_of_tier3:
            raise ValueError("ventilated share <= ICU share <= 1 (of tier-3 patients)")
        if self.oxygen_share_tier2 > 1:
            raise ValueError(f"oxygen_share_tier2 must be <= 1, got {self.oxygen_share_tier2!r}")
        if self.concentrator_lpm <= 0:
            raise ValueError(f"concentrator_lpm must be > 0, got {self.concentrator_lpm!r}")

    def with_overrides(self, overrides: dict[str, Any]) -> DemandParameters:
        known = {f.name: f.type for f in fields(self)}
        unknown = sorted(set(overrides) - set(known))
        if unknown:
            raise ValueError(f"unknown demand parameter(s): {', '.join(unknown)}")
        cast: dict[str, Any] = {
            k: (int(v) if k.startswith("days_") else float(v)) for k, v in overrides.items()
        }
        return replace(self, **cast)

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


# Where each default comes from: a document, or "assumption" (shown to users as such).
PARAMETER_SOURCES: dict[str, str] = {
    "share_home": "assumption (no national split published; HCMC planned ~50% tier 1, "
    "27% tier 2, 10% tier 3 in 07/2021, DOMAIN.md §4.3 [C], before home care widened)",
    "share_tier1": "assumption (as above)",
    "share_tier2": "assumption (as above)",
    "share_tier3": "assumption (as above)",
    "icu_share_of_tier3": "assumption",
    "ventilated_share_of_tier3": "assumption",
    "days_home": "F0 isolation of 10 days (DOMAIN.md §3.5, QĐ 4038/QĐ-BYT) [C]",
    "days_tier1": "F0 isolation of 10 days (DOMAIN.md §3.5) [C]",
    "days_tier2": "assumption",
    "days_tier3": "assumption",
    "oxygen_share_tier2": "assumption",
    "lpm_tier2": "assumption (low-flow nasal cannula)",
    "lpm_tier3": "WHO, Oxygen sources and distribution for COVID-19 treatment centres "
    "(interim guidance, 4 April 2020): severe patients ~10 L/min",
    "lpm_icu": "WHO, same guidance: critical patients ~30 L/min",
    "concentrator_lpm": "10 L/min concentrators, the model donated to provinces in 2021 "
    "(assumption: set the province's own)",
    "staff_per_tier1_patient": "assumption",
    "staff_per_tier2_patient": "assumption",
    "staff_per_tier3_patient": "assumption",
}


@dataclass(frozen=True)
class Demand:
    """Census per place and resource need, each ``(n_paths, n_days)`` over the horizon."""

    census: dict[str, FloatArray]
    need: dict[str, FloatArray]


def _census(new: FloatArray, share: float, days: int) -> FloatArray:
    """Patients present each day: admissions of the last ``days`` days (incl. today)."""
    cum = np.concatenate([np.zeros((new.shape[0], 1)), np.cumsum(new * share, axis=1)], axis=1)
    start = np.clip(np.arange(1, new.shape[1] + 1) - days, 0, None)
    return np.asarray(cum[:, 1:] - cum[:, start], dtype=np.float64)


def project_demand(
    history: npt.ArrayLike, paths: npt.ArrayLike, params: DemandParameters
) -> Demand:
    """Demand over the horizon from the observed new F0 (1-D) and projected paths
    ``(n_paths, horizon)``: the census carries the patients admitted before day 0."""
    past = np.asarray(history, dtype=np.float64).ravel()
    future = np.atleast_2d(np.asarray(paths, dtype=np.float64))
    if np.any(past < 0) or np.any(future < 0):
        raise ValueError("new F0 counts must be >= 0")
    n_paths = future.shape[0]
    keep = max(params.days_home, params.days_tier1, params.days_tier2, params.days_tier3)
    lead = past[-keep:]
    series = np.concatenate([np.broadcast_to(lead, (n_paths, lead.size)), future], axis=1)
    p = params
    census = {
        "home": _census(series, p.share_home, p.days_home),
        "tier1": _census(series, p.share_tier1, p.days_tier1),
        "tier2": _census(series, p.share_tier2, p.days_tier2),
        "tier3": _census(series, p.share_tier3, p.days_tier3),
    }
    census = {k: v[:, lead.size :] for k, v in census.items()}
    icu = census["tier3"] * p.icu_share_of_tier3
    ventilated = census["tier3"] * p.ventilated_share_of_tier3
    tier2_oxygen = census["tier2"] * p.oxygen_share_tier2 * p.lpm_tier2
    need = {
        "tier1_beds": census["tier1"],
        "tier2_beds": census["tier2"],
        "icu_beds": icu,
        "ventilators": ventilated,
        "oxygen_lpm": tier2_oxygen + (census["tier3"] - icu) * p.lpm_tier3 + icu * p.lpm_icu,
        # Concentrators serve the low-flow patients of tier 2 (and tier-3 non-ICU patients
        # up to their 10 L/min); ICU flows need piped or liquid oxygen.
        "oxygen_concentrators": np.ceil(
            (tier2_oxygen + (census["tier3"] - icu) * p.lpm_tier3) / p.concentrator_lpm
        ),
        "staff": census["tier1"] * p.staff_per_tier1_patient
        + census["tier2"] * p.staff_per_tier2_patient
        + census["tier3"] * p.staff_per_tier3_patient,
    }
    return Demand(census=census, need=need)


@dataclass(frozen=True)
class Breach:
    """When a resource runs out: day index (0 = first projected day) or None."""

    resource: str
    capacity: float
    median_day: int | None
    early_day: int | None  # 5th percentile over paths: the early, pessimistic day
    late_day: int | None  # 95th percentile; None when most paths never run out
    probability: float  # share of paths that run out within the horizon


def days_to_breach(demand: Demand, capacity: dict[str, float]) -> list[Breach]:
    """For each resource with a known capacity, the first day the need exceeds it."""
    out = []
    for resource in RESOURCES:
        if resource not in capacity or capacity[resource] is None:
            continue
        cap = float(capacity[resource])
        if cap < 0:
            raise ValueError(f"capacity of {resource} must be >= 0, got {cap!r}")
        need = demand.need[resource]
        over = need > cap
        horizon = need.shape[1]
        first = np.where(over.any(axis=1), over.argmax(axis=1), horizon).astype(float)
        probability = float((first < horizon).mean())

        median, early, late = (_day_at(first, q, horizon) for q in (0.5, 0.05, 0.95))
        out.append(Breach(resource, cap, median, early, late, probability))
    return out


def _day_at(first: FloatArray, q: float, horizon: int) -> int | None:
    day = float(np.quantile(first, q, method="inverted_cdf"))
    return None if day >= horizon else int(day)


def summarise(values: FloatArray) -> dict[str, list[float]]:
    """Median and 90% interval per day over the paths."""
    return {
        "median": np.median(values, axis=0).round(1).tolist(),
        "low": np.quantile(values, 0.05, axis=0).round(1).tolist(),
        "high": np.quantile(values, 0.95, axis=0).round(1).tolist(),
    }
