"""Test positivity of an area (province, district, commune of either map, or the nation)
by day and test type, from the stored test results; the same scoping as the sitrep."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from chongdich.epi.positivity import positivity
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, UnitLevel

from .models import TestResult, TestType
from .sitrep import _describe_area, _member_units, _require_view

MAX_DAYS = 366


def positivity_report(
    area: AdminUnit | None, date_from: dt.date, date_to: dt.date, *, user: Any
) -> dict[str, Any]:
    """Tests, positives and positivity (with its 95 % Wilson interval) per day, in total
    and per test type; generated demo results are not counted."""
    _require_view(area, user)
    if date_from > date_to:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The start date is after the end date."))
    if (date_to - date_from).days >= MAX_DAYS:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("At most %(days)d days at a time.") % {"days": MAX_DAYS}
        )
    grouped = (
        TestResult.objects.filter(
            _communes_of(_member_units(area)),
            is_demo=False,
            sampled_on__range=(date_from, date_to),
        )
        .values_list("sampled_on", "test_type")
        .annotate(tested=Count("id"), positive=Count("id", filter=Q(is_positive=True)))
        .order_by()
    )
    counts: dict[tuple[dt.date, str], tuple[int, int]] = {
        (day, kind): (tested, positive) for day, kind, tested, positive in grouped
    }
    days = []
    for i in range((date_to - date_from).days + 1):
        day = date_from + dt.timedelta(days=i)
        by_type = {kind: counts.get((day, kind), (0, 0)) for kind in TestType.values}
        tested = sum(t for t, _p in by_type.values())
        days.append(
            {
                "date": day.isoformat(),
                **_figures(tested, sum(p for _t, p in by_type.values())),
                "by_test": {kind: _figures(*by_type[kind]) for kind in TestType.values},
            }
        )
    return {
        "area": _describe_area(area),
        "from": date_from.isoformat(),
        "to": date_to.isoformat(),
        "days": days,
        "total": _figures(sum(d["tested"] for d in days), sum(d["positive"] for d in days)),
    }


def _figures(tested: int, positive: int) -> dict[str, Any]:
    return asdict(positivity(tested, positive))


def _communes_of(members: list[AdminUnit]) -> Q:
    """Tests whose commune lies in one of the member units (tests are kept on the pre-2025
    map, as cases are)."""
    by_level: dict[str, list[int]] = {}
    for unit in members:
        by_level.setdefault(unit.level, []).append(unit.pk)
    condition = Q(pk__in=[])
    if ids := by_level.get(UnitLevel.PROVINCE):
        condition |= Q(commune__province_id__in=ids)
    if ids := by_level.get(UnitLevel.DISTRICT):
        condition |= Q(commune__parent_id__in=ids)
    if ids := by_level.get(UnitLevel.COMMUNE):
        condition |= Q(commune_id__in=ids)
    return condition
