"""Forecast pages: national days-to-breach table, a province's Rt, projection, demand,
scenarios and warnings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi.demand import PARAMETER_SOURCES, DemandParameters
from chongdich.errors import ServiceError

from . import services
from .charts import Series, line_chart
from .models import DemandSettings, ForecastRun
from .queries import can_plan, runs_for, scenarios_for, visible_province, warnings_for

# The nav link in base.html; extracted here so the app catalogue carries its translation.
NAV_LABEL = gettext_lazy("Forecasts")
RESOURCE_LABELS = {
    "tier1_beds": gettext_lazy("Tier 1 beds"),
    "tier2_beds": gettext_lazy("Tier 2 beds"),
    "icu_beds": gettext_lazy("ICU beds"),
    "ventilators": gettext_lazy("Ventilators"),
    "oxygen_lpm": gettext_lazy("Oxygen (litres/minute)"),
    "oxygen_concentrators": gettext_lazy("Oxygen concentrators"),
    "staff": gettext_lazy("Health workers"),
    "active_f0": gettext_lazy("F0 under treatment"),
}
PLACE_LABELS = {
    "home": gettext_lazy("Home care"),
    "tier1": gettext_lazy("Tier 1"),
    "tier2": gettext_lazy("Tier 2"),
    "tier3": gettext_lazy("Tier 3"),
}
SCENARIO_INPUTS = ("concurrent_cases", *services.SCENARIO_FIELDS)
STOCK_FIELDS = (
    ("oxygen_concentrators", RESOURCE_LABELS["oxygen_concentrators"]),
    ("ventilators", RESOURCE_LABELS["ventilators"]),
    ("staff", RESOURCE_LABELS["staff"]),
    ("oxygen_supply_lpm", gettext_lazy("Oxygen supply (litres/minute)")),
)


@login_required
def national(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    runs = runs_for(request.user).order_by("days_to_first_breach", "province__code")
    active = {s.province_id: s for s in scenarios_for(request.user).filter(is_active=True)}
    rows = []
    for run in sorted(
        runs, key=lambda r: (r.days_to_first_breach is None, r.days_to_first_breach or 0)
    ):
        scenario = active.get(run.province_id)
        rows.append(
            {
                "run": run,
                "resource": RESOURCE_LABELS.get(run.first_breach_resource, ""),
                "breach_date": _breach_date(run),
                "scenario": scenario,
                "active_f0": run.payload.get("active_f0"),
                "has_capacity": bool(run.payload.get("capacity")),
                "over": scenario is not None
                and run.payload.get("active_f0", 0) > scenario.concurrent_cases,
            }
        )
    return render(request, "forecasting/national.html", {"rows": rows})


def _breach_date(run: ForecastRun) -> dt.date | None:
    if run.days_to_first_breach is None:
        return None
    return run.as_of + dt.timedelta(days=run.days_to_first_breach)


@login_required
def province(request: HttpRequest, code: str) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    unit = visible_province(request.user, code)
    if unit is None:
        raise Http404
    run = runs_for(request.user).filter(province=unit).first()
    scenarios = list(scenarios_for(request.user).filter(province=unit))
    context: dict[str, Any] = {
        "province": unit,
        "run": run,
        "scenarios": scenarios,
        "warnings": [
            (w, RESOURCE_LABELS.get(w.resource, w.resource))
            for w in warnings_for(request.user)
            .filter(province=unit)
            .prefetch_related("recipients")[:20]
        ],
        "can_plan": can_plan(request.user, unit),
        "scenario_inputs": [(f, scenario_label(f)) for f in SCENARIO_INPUTS],
    }
    if run is not None:
        context.update(_run_context(run))
    settings_row = DemandSettings.objects.filter(province=unit).first()
    context["stock"] = [
        (name, label, getattr(settings_row, name, None)) for name, label in STOCK_FIELDS
    ]
    params = services.demand_parameters(unit)
    context["parameters"] = [
        (k, v, _source_label(PARAMETER_SOURCES.get(k, ""))) for k, v in params.as_dict().items()
    ]
    return render(request, "forecasting/province.html", context)


def scenario_label(field: str) -> str:
    from .models import Scenario

    return str(getattr(Scenario._meta.get_field(field), "verbose_name", field))


def _run_context(run: ForecastRun) -> dict[str, Any]:
    p = run.payload
    rt, hist, proj = p["rt"], p["history"], p["projection"]
    rt_chart = line_chart(
        len(rt["dates"]),
        [Series(rt["median"], "rt", rt["low"], rt["high"])],
        labels=rt["dates"],
        title=_("Rt with its 95% credible interval"),
        hline=1.0,
        hline_label="Rt = 1",
    )
    n_hist = len(hist["dates"])
    cases_chart = line_chart(
        n_hist + len(proj["dates"]),
        [
            Series(hist["corrected"], "observed"),
            Series(proj["median"], "projected", proj["low"], proj["high"], offset=n_hist),
        ],
        labels=hist["dates"] + proj["dates"],
        title=_("New cases: reported and projected (90% prediction interval)"),
    )
    breaches = {b["resource"]: _with_dates(b) for b in p["breaches"]}
    demand_rows = []
    for resource, need in p["need"].items():
        b = breaches.get(resource)
        demand_rows.append(
            {
                "label": RESOURCE_LABELS[resource],
                "capacity": p["capacity"].get(resource),
                "today": need["median"][0],
                "day14": (need["median"][13], need["low"][13], need["high"][13]),
                "day28": (need["median"][-1], need["low"][-1], need["high"][-1]),
                "breach": b,
            }
        )
    census_rows = [
        (
            PLACE_LABELS[k],
            v["median"][0],
            v["median"][13],
            v["median"][-1],
            v["low"][-1],
            v["high"][-1],
        )
        for k, v in p["census"].items()
    ]
    return {
        "rt_chart": mark_safe(rt_chart),  # built from numbers and escaped text
        "cases_chart": mark_safe(cases_chart),
        "demand_rows": demand_rows,
        "census_rows": census_rows,
        "active_f0": p["active_f0"],
    }


def _with_dates(breach: dict[str, Any]) -> dict[str, Any]:
    """The breach with its ISO dates as dates, so templates format them for the language."""
    return {
        **breach,
        **{
            key: dt.date.fromisoformat(breach[key]) if breach.get(key) else None
            for key in ("median_date", "early_date", "late_date")
        },
    }


@login_required
def save_scenario(request: HttpRequest, code: str) -> HttpResponse:
    accessible_to(request.user).require(Capability.EDIT_FACILITY)
    unit = visible_province(request.user, code)
    if unit is None or request.method != "POST":
        raise Http404
    values: dict[str, Any] = {}
    for field in SCENARIO_INPUTS:
        raw = request.POST.get(field, "").strip().replace(".", "")
        if raw and not raw.isdigit():
            messages.error(request, _("Enter whole numbers."))
            return redirect("forecasting:province", code=code)
        values[field] = int(raw) if raw else None
    try:
        services.record_scenario(
            unit,
            name=request.POST.get("name", ""),
            concurrent_cases=values.pop("concurrent_cases") or 0,
            is_active=request.POST.get("is_active") == "on",
            actor=request.user,
            **values,
        )
    except ServiceError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Scenario saved. Warnings are checked at the next run."))
    return redirect("forecasting:province", code=code)


@login_required
def save_demand(request: HttpRequest, code: str) -> HttpResponse:
    """The province's stock in service and its own demand assumptions."""
    accessible_to(request.user).require(Capability.EDIT_FACILITY)
    unit = visible_province(request.user, code)
    if unit is None or request.method != "POST":
        raise Http404
    defaults = DemandParameters().as_dict()
    try:
        stock: dict[str, Any] = {
            name: _whole(request.POST.get(name, "")) for name, _label in STOCK_FIELDS
        }
        overrides = {}
        for name, default in defaults.items():
            raw = request.POST.get(name, "").strip().replace(",", ".")
            if raw and float(raw) != default:
                overrides[name] = float(raw)
    except ValueError:
        messages.error(request, _("Enter numbers."))
        return redirect("forecasting:province", code=code)
    try:
        services.set_demand_settings(
            unit, parameter_overrides=overrides, actor=request.user, **stock
        )
    except ServiceError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Saved. The forecast uses it from the next run."))
    return redirect("forecasting:province", code=code)


def _source_label(source: str) -> str:
    """epi/ names sources in English; the word users act on, "assumption", is translated."""
    if source == "assumption (as above)":
        return _("assumption (as above)")
    if source.startswith("assumption"):
        return _("assumption") + source[len("assumption") :]
    return source


def _whole(raw: str) -> int | None:
    raw = raw.strip().replace(".", "")
    if not raw:
        return None
    if not raw.isdigit():
        raise ValueError(raw)
    return int(raw)
