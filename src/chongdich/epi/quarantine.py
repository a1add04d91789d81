"""Quarantine of contacts (F1) by the rule in force on the exposure date (DOMAIN.md §6.2).

Each period is data with its evidence tag. Where the texts were not found ([?]: an F1 not
fully vaccinated between 17/12/2021 and 20/02/2022) no length is invented: the result says
the province must set it, and a province-set length is used when given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

VACCINE_PROTECTION_MIN_DAYS = 14  # last dose ≥ 14 days before (DOMAIN §6.2, from ~17/12/2021) [C]
VACCINE_PROTECTION_MAX_DAYS = 183  # ... and ≤ 6 months before [C]
RECOVERY_PROTECTION_DAYS = 183  # recovered ≤ 6 months [C]


@dataclass(frozen=True)
class QuarantinePeriod:
    starts: dt.date
    document: str
    protected_days: int | None  # quarantine for a vaccinated/recovered F1; None: not found
    protected_monitor_days: int | None
    unprotected_days: int | None  # for an F1 not fully vaccinated
    unprotected_monitor_days: int | None
    test_days: tuple[int, ...]
    tag_protected: str
    tag_unprotected: str


# DOMAIN.md §6.2, in date order.
PERIODS: tuple[QuarantinePeriod, ...] = (
    QuarantinePeriod(
        dt.date(2020, 1, 1),
        "practice before mid-12/2021 (province-dependent)",
        14,
        0,
        14,
        0,
        (),
        "S",
        "S",
    ),
    QuarantinePeriod(
        dt.date(2021, 12, 17), "MoH guidance of ~17/12/2021", 7, 7, None, None, (1, 7), "C", "?"
    ),
    QuarantinePeriod(
        dt.date(2022, 2, 21), "MoH guidance of 21/02/2022", 5, 5, 7, 3, (5,), "C", "C"
    ),
    QuarantinePeriod(dt.date(2022, 4, 15), "CV 1909/BYT-DP (15/04/2022)", 0, 0, 0, 0, (), "C", "C"),
)


@dataclass(frozen=True)
class Quarantine:
    period: QuarantinePeriod
    is_protected: bool
    quarantine_ends: dt.date | None  # last day of quarantine; None: the length is not known
    monitoring_ends: dt.date | None
    test_dates: tuple[dt.date, ...]
    tag: str
    needs_province_setting: bool


def period_on(exposure: dt.date) -> QuarantinePeriod:
    candidates = [p for p in PERIODS if p.starts <= exposure]
    if not candidates:
        raise ValueError(f"no quarantine rule before {PERIODS[0].starts}: exposure {exposure}")
    return candidates[-1]


def is_protected(
    exposure: dt.date,
    *,
    last_dose: dt.date | None,
    fully_vaccinated: bool,
    recovered_on: dt.date | None,
) -> bool:
    """Fully vaccinated with the last dose 14 days to 6 months before, or recovered ≤ 6 months."""
    if recovered_on is not None and 0 <= (exposure - recovered_on).days <= RECOVERY_PROTECTION_DAYS:
        return True
    if fully_vaccinated and last_dose is not None:
        since = (exposure - last_dose).days
        return VACCINE_PROTECTION_MIN_DAYS <= since <= VACCINE_PROTECTION_MAX_DAYS
    return False


def quarantine_for(
    exposure: dt.date,
    *,
    last_dose: dt.date | None = None,
    fully_vaccinated: bool = False,
    recovered_on: dt.date | None = None,
    province_unprotected_days: int | None = None,
) -> Quarantine:
    """Quarantine from the day after exposure, by the rule in force on the exposure date."""
    if province_unprotected_days is not None and province_unprotected_days < 0:
        raise ValueError(f"a quarantine length is not negative: {province_unprotected_days}")
    period = period_on(exposure)
    protected = is_protected(
        exposure, last_dose=last_dose, fully_vaccinated=fully_vaccinated, recovered_on=recovered_on
    )
    days = period.protected_days if protected else period.unprotected_days
    monitor = period.protected_monitor_days if protected else period.unprotected_monitor_days
    tag = period.tag_protected if protected else period.tag_unprotected
    needs_setting = days is None
    if days is None and province_unprotected_days is not None:
        days, monitor, tag = province_unprotected_days, 0, "province"
    if days is None:
        return Quarantine(period, protected, None, None, (), tag, True)
    ends = exposure + dt.timedelta(days=days)
    monitoring = ends + dt.timedelta(days=monitor or 0)
    tests = tuple(exposure + dt.timedelta(days=d) for d in period.test_days) if days else ()
    return Quarantine(period, protected, ends, monitoring, tests, tag, needs_setting)
