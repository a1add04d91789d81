"""All writes of the forecasting app: scenarios, demand settings, forecast runs, warnings."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change, snapshot
from chongdich.accounts.models import RoleAssignment
from chongdich.accounts.roles import Capability, Role
from chongdich.accounts.scoping import accessible_to
from chongdich.epi import demand as epi_demand
from chongdich.epi.projection import COVID_SI_MEAN, COVID_SI_SD, project_cases
from chongdich.epi.rt import estimate_rt
from chongdich.epi.series_quality import check_series
from chongdich.errors import ErrorCode, ServiceError
from chongdich.facilities.models import BedCapacity
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel
from chongdich.surveillance.models import CountSource, DailyCaseCount

from .models import DemandSettings, ForecastRun, Scenario, ScenarioWarning, WarningKind

HORIZON_DAYS = 28
RT_DAYS_SHOWN = 120
HISTORY_DAYS_SHOWN = 60
N_PATHS = 1000
SCENARIO_FIELDS = (
    "tier1_beds",
    "tier2_beds",
    "icu_beds",
    "ventilators",
    "oxygen_concentrators",
    "staff",
)


def _require_province(province: AdminUnit) -> None:
    if province.level != UnitLevel.PROVINCE:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Scenarios belong to a province."))


def record_scenario(
    province: AdminUnit,
    *,
    name: str,
    concurrent_cases: int,
    is_active: bool = False,
    is_demo: bool = False,
    actor: Any,
    **capacity: int | None,
) -> Scenario:
    """Create or update (by name) a province's scenario; activating it deactivates the others."""
    accessible_to(actor).require(Capability.EDIT_FACILITY, unit=province)
    _require_province(province)
    unknown = sorted(set(capacity) - set(SCENARIO_FIELDS))
    if unknown:
        raise ServiceError(ErrorCode.INVALID_INPUT, details=[{"field": f} for f in unknown])
    name = name.strip()
    if not name:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A scenario needs a name."))
    values = {"concurrent_cases": concurrent_cases, **capacity}
    for field_name, value in values.items():
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ServiceError(
                ErrorCode.INVALID_INPUT,
                _("%(field)s must be a whole number ≥ 0, not “%(value)s”.")
                % {"field": field_name, "value": value},
            )
    if concurrent_cases < 1:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A scenario plans for at least one case."))
    with transaction.atomic():
        scenario = Scenario.objects.select_for_update().filter(province=province, name=name).first()
        before = snapshot(scenario) if scenario else None
        if is_active:
            others = Scenario.objects.filter(province=province, is_active=True)
            if scenario is not None:
                others = others.exclude(pk=scenario.pk)
            others.update(is_active=False)
        if scenario is None:
            scenario = Scenario(province=province, name=name, created_by=actor, is_demo=is_demo)
        for field_name, value in values.items():
            setattr(scenario, field_name, value)
        scenario.is_active = is_active
        scenario.save()
        record_change(
            actor=actor,
            action="forecasting.record_scenario",
            obj=scenario,
            area=province,
            before=before,
            after=snapshot(scenario),
        )
    return scenario


def set_demand_settings(
    province: AdminUnit,
    *,
    parameter_overrides: dict[str, Any] | None = None,
    oxygen_concentrators: int | None = None,
    ventilators: int | None = None,
    staff: int | None = None,
    oxygen_supply_lpm: int | None = None,
    is_demo: bool = False,
    actor: Any,
) -> DemandSettings:
    """A province's own demand assumptions and the stock it has in service."""
    accessible_to(actor).require(Capability.EDIT_FACILITY, unit=province)
    _require_province(province)
    overrides = parameter_overrides or {}
    try:
        epi_demand.DemandParameters().with_overrides(overrides)
    except (TypeError, ValueError) as exc:
        raise ServiceError(ErrorCode.INVALID_INPUT, str(exc)) from exc
    for label, value in (
        ("oxygen_concentrators", oxygen_concentrators),
        ("ventilators", ventilators),
        ("staff", staff),
        ("oxygen_supply_lpm", oxygen_supply_lpm),
    ):
        if value is not None and value < 0:
            raise ServiceError(
                ErrorCode.INVALID_INPUT,
                _("%(field)s must be ≥ 0, not “%(value)s”.") % {"field": label, "value": value},
            )
    with transaction.atomic():
        current = DemandSettings.objects.select_for_update().filter(province=province).first()
        before = snapshot(current) if current else None
        settings_row = current or DemandSettings(province=province, is_demo=is_demo)
        settings_row.parameter_overrides = overrides
        settings_row.oxygen_concentrators = oxygen_concentrators
        settings_row.ventilators = ventilators
        settings_row.staff = staff
        settings_row.oxygen_supply_lpm = oxygen_supply_lpm
        settings_row.save()
        record_change(
            actor=actor,
            action="forecasting.set_demand_settings",
            obj=settings_row,
            area=province,
            before=before,
            after=snapshot(settings_row),
        )
    return settings_row


def _daily_series(province: AdminUnit, as_of: dt.date | None) -> tuple[list[dt.date], np.ndarray]:
    """The province's daily new cases, one source (the national portal when it has it)."""
    counts = DailyCaseCount.objects.filter(area=province)
    sources = set(counts.values_list("source", flat=True))
    source = next(
        (
            s
            for s in (
                CountSource.NCSC,
                CountSource.LINE_LIST,
                CountSource.MANUAL,
                CountSource.VNEXPRESS,
            )
            if s in sources
        ),
        None,
    )
    if source is None:
        return [], np.zeros(0)
    rows = counts.filter(source=source)
    if as_of is not None:
        rows = rows.filter(date__lte=as_of)
    pairs = list(rows.order_by("date").values_list("date", "new_cases"))
    if not pairs:
        return [], np.zeros(0)
    first, last = pairs[0][0], pairs[-1][0]
    days = (last - first).days + 1
    series = np.full(days, np.nan)  # a day without a report stays NaN for check_series
    for date, cases in pairs:
        series[(date - first).days] = cases
    return [first + dt.timedelta(days=k) for k in range(days)], series


def live_capacity(province: AdminUnit) -> dict[str, float]:
    """Beds from the facilities' capacity; stock the province entered in its settings."""
    beds = BedCapacity.objects.filter(facility__area__province=province)
    capacity: dict[str, float] = {}
    for key, flt in (
        ("tier1_beds", {"facility__tier": 1}),
        ("tier2_beds", {"facility__tier": 2}),
        ("icu_beds", {"bed_type": "icu"}),
    ):
        total = beds.filter(**flt).aggregate(n=Sum("total"))["n"]
        if total is not None:
            capacity[key] = float(total)
    settings_row = DemandSettings.objects.filter(province=province).first()
    if settings_row is not None:
        for key, field in (
            ("oxygen_concentrators", "oxygen_concentrators"),
            ("ventilators", "ventilators"),
            ("staff", "staff"),
            ("oxygen_lpm", "oxygen_supply_lpm"),
        ):
            value = getattr(settings_row, field)
            if value is not None:
                capacity[key] = float(value)
    return capacity


def demand_parameters(province: AdminUnit) -> epi_demand.DemandParameters:
    settings_row = DemandSettings.objects.filter(province=province).first()
    overrides = settings_row.parameter_overrides if settings_row else {}
    return epi_demand.DemandParameters().with_overrides(overrides)


def compute_forecast(province: AdminUnit, as_of: dt.date | None = None) -> dict[str, Any] | None:
    """Rt, projection, demand and days-to-breach of one province (nothing stored)."""
    dates, raw = _daily_series(province, as_of)
    if len(dates) < 30:
        return None
    corrected, suspects = check_series(raw)
    cases = corrected[None, :]
    rt = estimate_rt(cases, si_mean=COVID_SI_MEAN, si_sd=COVID_SI_SD, window=7)
    projection = project_cases(cases, horizon=HORIZON_DAYS, n_paths=N_PATHS)
    params = demand_parameters(province)
    demand = epi_demand.project_demand(cases[0], projection.paths[0], params)
    capacity = live_capacity(province)
    breaches = epi_demand.days_to_breach(demand, capacity)
    last = dates[-1]
    shown = slice(max(0, rt.t_end.size - RT_DAYS_SHOWN), rt.t_end.size)
    future = [(last + dt.timedelta(days=k + 1)).isoformat() for k in range(HORIZON_DAYS)]
    active_now = sum(float(np.median(c[:, 0])) for c in demand.census.values())
    return {
        "as_of": last.isoformat(),
        "rt": {
            "dates": [dates[int(t)].isoformat() for t in rt.t_end[shown]],
            "median": _clean(rt.median[0, shown]),
            "low": _clean(rt.quantiles[0, shown, 0]),
            "high": _clean(rt.quantiles[0, shown, -1]),
        },
        "history": {
            "dates": [d.isoformat() for d in dates[-HISTORY_DAYS_SHOWN:]],
            "reported": _clean(raw[-HISTORY_DAYS_SHOWN:]),
            "corrected_days": [dates[p.index].isoformat() for p in suspects],
            "corrected": cases[0, -HISTORY_DAYS_SHOWN:].tolist(),
        },
        "projection": {
            "dates": future,
            "median": projection.median[0].tolist(),
            "low": projection.lower[0.9][0].tolist(),
            "high": projection.upper[0.9][0].tolist(),
        },
        "census": {k: epi_demand.summarise(v) for k, v in demand.census.items()},
        "need": {k: epi_demand.summarise(v) for k, v in demand.need.items()},
        "capacity": capacity,
        "active_f0": active_now,
        "breaches": [
            {
                "resource": b.resource,
                "capacity": b.capacity,
                "probability": b.probability,
                **{
                    key: (None if day is None else (last + dt.timedelta(days=day + 1)).isoformat())
                    for key, day in (
                        ("median_date", b.median_day),
                        ("early_date", b.early_day),
                        ("late_date", b.late_day),
                    )
                },
                "median_day": None if b.median_day is None else b.median_day + 1,
            }
            for b in breaches
        ],
        "parameters": params.as_dict(),
    }


def _clean(values: np.ndarray) -> list[float | None]:
    return [None if not np.isfinite(v) else round(float(v), 4) for v in values]


def recompute_forecasts(
    *, actor: Any, as_of: str | dt.date | None = None, province_code: str | None = None
) -> dict[str, Any]:
    """Recompute every province's forecast (or one), store it, raise scenario warnings."""
    day = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of
    provinces = AdminUnit.objects.filter(map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE)
    if province_code:
        provinces = provinces.filter(code=province_code)
        if not provinces.exists():
            raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    with_counts = set(DailyCaseCount.objects.values_list("area_id", flat=True).distinct())
    done, warnings = [], 0
    for province in provinces.filter(pk__in=with_counts).order_by("code"):
        accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=province)
        payload = compute_forecast(province, day)
        if payload is None:
            continue
        with transaction.atomic():
            run = _store_run(province, payload)
            warnings += raise_scenario_warnings(province, payload, actor=actor)
            record_change(
                actor=actor,
                action="forecasting.recompute",
                obj=run,
                area=province,
                after={"as_of": payload["as_of"], "days_to_first_breach": run.days_to_first_breach},
            )
        done.append(province.code)
    return {"provinces": len(done), "codes": done, "warnings": warnings}


def _store_run(province: AdminUnit, payload: dict[str, Any]) -> ForecastRun:
    firsts = [b for b in payload["breaches"] if b["median_day"] is not None]
    first = min(firsts, key=lambda b: b["median_day"], default=None)
    rt = payload["rt"]
    run, _created = ForecastRun.objects.update_or_create(
        province=province,
        defaults={
            "as_of": dt.date.fromisoformat(payload["as_of"]),
            "rt_median": rt["median"][-1] if rt["median"] else None,
            "rt_low": rt["low"][-1] if rt["low"] else None,
            "rt_high": rt["high"][-1] if rt["high"] else None,
            "days_to_first_breach": first["median_day"] if first else None,
            "first_breach_resource": first["resource"] if first else "",
            "payload": payload,
        },
    )
    return run


def raise_scenario_warnings(province: AdminUnit, payload: dict[str, Any], *, actor: Any) -> int:
    """Warn when active F0 (now, or projected) or a projected need exceeds the active scenario.

    One warning per scenario, kind, resource and day; sent to the province's officers.
    """
    scenario = Scenario.objects.filter(province=province, is_active=True).first()
    if scenario is None:
        return 0
    as_of = dt.date.fromisoformat(payload["as_of"])
    checks: list[tuple[str, str, float, dt.date]] = []
    if payload["active_f0"] > scenario.concurrent_cases:
        checks.append((WarningKind.ACTUAL.value, "active_f0", payload["active_f0"], as_of))
    else:
        total = np.sum([v["median"] for v in payload["census"].values()], axis=0)
        over = np.flatnonzero(total > scenario.concurrent_cases)
        if over.size:
            day = as_of + dt.timedelta(days=int(over[0]) + 1)
            checks.append((WarningKind.PROJECTED.value, "active_f0", float(total[over[0]]), day))
    for resource, limit in scenario.capacity().items():
        median = np.asarray(payload["need"][resource]["median"])
        over = np.flatnonzero(median > limit)
        if over.size:
            kind = (WarningKind.ACTUAL if over[0] == 0 else WarningKind.PROJECTED).value
            day = as_of + dt.timedelta(days=int(over[0]) + 1)
            checks.append((kind, resource, float(median[over[0]]), day))
    officers = RoleAssignment.objects.filter(role=Role.PROVINCE_OFFICER, area=province).values_list(
        "user_id", flat=True
    )
    created = 0
    for kind, resource, figure, day in checks:
        threshold = float(
            scenario.concurrent_cases if resource == "active_f0" else scenario.capacity()[resource]
        )
        warning, is_new = ScenarioWarning.objects.update_or_create(
            scenario=scenario,
            kind=kind,
            resource=resource,
            as_of=as_of,
            defaults={
                "province": province,
                "breach_date": day,
                "figure": figure,
                "threshold": threshold,
            },
        )
        warning.recipients.set(list(officers))
        if is_new:
            created += 1
            record_change(
                actor=actor,
                action="forecasting.warn",
                obj=warning,
                area=province,
                after=snapshot(warning),
            )
    return created
