"""Suspect points and corrected daily series, per area and source (raw series kept as is)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from django.utils.translation import gettext_lazy as _

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import visible_to
from chongdich.epi.series_quality import check_series
from chongdich.geo.models import AdminUnit
from chongdich.geo.queries import area_code

from .models import DailyCaseCount

REASONS = {
    "spike": _("one-day spike: over 10× the median of the 15 days before and of the 7 days after"),
    "missing": _("no report that day"),
    "zero_gap": _("zero between days with cases: probably reported the next day"),
}


@dataclass
class DailySeries:
    area: AdminUnit
    dates: list[dt.date]
    raw: npt.NDArray[np.float64]  # NaN: no report
    corrected: npt.NDArray[np.float64]
    suspect: dict[int, str]


def daily_series(
    user: Any, *, source: str, areas: list[AdminUnit] | None = None
) -> list[DailySeries]:
    """Every visible area's series from first to last report, day by day, raw and corrected."""
    counts = visible_to(DailyCaseCount.objects.filter(source=source), user, Capability.VIEW)
    if areas is not None:
        counts = counts.filter(area__in=areas)
    by_area: dict[int, dict[dt.date, int]] = {}
    for area_id, date, cases in counts.order_by().values_list("area_id", "date", "new_cases"):
        by_area.setdefault(area_id, {})[date] = cases
    units = AdminUnit.objects.in_bulk(list(by_area))
    series = []
    for area_id, values in sorted(by_area.items(), key=lambda kv: units[kv[0]].code):
        first, last = min(values), max(values)
        dates = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        raw = np.array([values.get(d, np.nan) for d in dates], dtype=np.float64)
        corrected, points = check_series(raw)
        series.append(
            DailySeries(units[area_id], dates, raw, corrected, {p.index: p.reason for p in points})
        )
    return series


def suspect_points(
    user: Any, *, source: str, area: AdminUnit | None = None
) -> list[dict[str, Any]]:
    rows = []
    for s in daily_series(user, source=source, areas=[area] if area else None):
        for index, reason in sorted(s.suspect.items()):
            raw = s.raw[index]
            rows.append(
                {
                    "area": area_code(s.area),
                    "area_name": s.area.name,
                    "date": s.dates[index].isoformat(),
                    "reason": reason,
                    "reason_text": str(REASONS[reason]),
                    "raw": None if np.isnan(raw) else int(raw),
                    "corrected": round(float(s.corrected[index]), 1),
                }
            )
    return rows
