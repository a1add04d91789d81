"""The Bạc Liêu demo's epidemic levels.

Real: the province's daily totals (national COVID portal), its first-dose coverage of 60.65%
and its strained treatment capacity (seed 002, 31/10/2021). Generated and flagged
``is_demo``: the split of each day's provincial total among the 64 communes (no commune
series was published), made with a fixed seed so every machine gets the same demo.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel, UnitSuccession
from chongdich.surveillance import services as surveillance
from chongdich.surveillance.models import DailyCaseCount

from . import services

BAC_LIEU = "95"
SEED_002 = "Bài 002 (Thanh Niên, 31/10/2021)"


def load_levels_demo(*, actor: Any) -> dict[str, Any]:
    province = AdminUnit.objects.get(
        map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE, code=BAC_LIEU
    )
    communes = list(
        AdminUnit.objects.filter(province=province, level=UnitLevel.COMMUNE).order_by("code")
    )
    split = _split_province_counts(province, communes, actor)
    services.record_unit_indicator(
        province,
        dt.date(2021, 10, 31),
        actor=actor,
        source=f"{SEED_002}: mũi 1 đạt 60,65% (mẫu số không nêu); khó khăn về thu dung, điều trị",
        adult_first_dose_pct=60.65,
        capacity_met=False,
    )
    summary = services.assess_province_weeks(BAC_LIEU, actor=actor)
    # The same weeks on the 2025 map: Bạc Liêu's communes now lie in the new Cà Mau, whose
    # other communes have no counts, so only the communes are assessed there.
    link = UnitSuccession.objects.filter(old_unit__in=communes, is_default=True).first()
    current = 0
    if link is not None and link.new_unit.province is not None:
        current = len(
            services.assess_province_weeks(
                link.new_unit.province.code, map_version=MapVersion.CURRENT, actor=actor
            )["weeks"]
        )
    return {"commune_series": split, "weeks": len(summary["weeks"]), "current_map_weeks": current}


def _split_province_counts(province: AdminUnit, communes: list[AdminUnit], actor: Any) -> int:
    """Share each day's provincial cases and deaths among the communes (multinomial, weights
    = population × a fixed per-commune hotspot factor); the shares add up to the real total."""
    if DailyCaseCount.objects.filter(area__in=communes).exists():
        return 0
    days = list(DailyCaseCount.objects.filter(area=province, source="ncsc").order_by("date"))
    rng = np.random.default_rng(20211102)
    population = np.array([c.population or 1 for c in communes], dtype=np.float64)
    hotspot = rng.lognormal(mean=0.0, sigma=1.0, size=len(communes))
    weights = population * hotspot
    weights /= weights.sum()
    per_commune: list[list[tuple[dt.date, int, int | None]]] = [[] for _ in communes]
    for day in days:
        cases = rng.multinomial(day.new_cases, weights)
        deaths = rng.multinomial(day.new_deaths, weights) if day.new_deaths is not None else None
        for k in range(len(communes)):
            per_commune[k].append(
                (day.date, int(cases[k]), int(deaths[k]) if deaths is not None else None)
            )
    for commune, rows in zip(communes, per_commune, strict=True):
        surveillance.import_daily_counts(commune, rows, source="ncsc", actor=actor, is_demo=True)
    return len(communes)
