"""Pages that change things: a province's rule-set version, a scheduled level change."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi import level_rules
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel
from chongdich.surveillance.models import DailyCaseCount

from . import queries, services
from .models import RuleSetCode
from .views import find_unit

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def _province(request: HttpRequest, code: str) -> AdminUnit:
    unit = AdminUnit.objects.filter(
        map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE, code=code
    ).first()
    if unit is None:
        raise Http404
    accessible_to(request.user).require(Capability.VIEW, unit=unit)
    return unit


def _changes_from(post: Any) -> dict[str, Any]:
    """Only what the user filled in; blank means 'keep the default'."""
    changes: dict[str, Any] = {}
    cuts = [post.get(f"cut_{k}", "").strip().replace(",", ".") for k in (2, 3, 4)]
    if any(cuts):
        changes["incidence_cuts"] = [float(c) if c else "default" for c in cuts]
    for name in ("window", "numerator"):
        if post.get(name):
            changes[name] = post[name]
    if post.get("capacity_blocks_lowering") in ("yes", "no"):
        changes["capacity_blocks_lowering"] = post["capacity_blocks_lowering"] == "yes"
    if post.get("province_adjustment", "").strip():
        changes["province_adjustment"] = int(post["province_adjustment"])
    return changes


@login_required
def rule_sets(request: HttpRequest, code: str) -> HttpResponse:
    province = _province(request, code)
    can_edit = accessible_to(request.user).can(Capability.EDIT_SURVEILLANCE, unit=province)
    error = ""
    if request.method == "POST":
        accessible_to(request.user).require(Capability.EDIT_SURVEILLANCE, unit=province)
        try:
            changes = _changes_from(request.POST)
            services.set_rule_set_override(
                province,
                request.POST.get("rule_set", ""),
                changes,
                note=request.POST.get("note", "").strip(),
                actor=request.user,
            )
        except ValueError:
            error = _("Cut-points and the adjustment must be numbers.")
        except ServiceError as exc:
            if exc.code != ErrorCode.INVALID_INPUT:
                raise
            error = str(exc.message)
        if not error:
            if DailyCaseCount.objects.filter(area__province=province).exists():
                services.assess_province_weeks(province.code, actor=request.user)
                messages.success(request, _("Rule set saved; the weeks were assessed again."))
            else:
                messages.success(request, _("Rule set saved."))
            return redirect("levels:rules", code)
    today = dt.datetime.now(tz=VN_TZ).date()
    shown = []
    for base in level_rules.RULE_SETS.values():
        on = max(base.effective_from, min(today, base.effective_to or today))
        in_force = services.rule_set_for(province, on, base.code)
        columns = (
            [_("coverage met"), _("coverage not met")]
            if in_force.framework == "incidence_x_coverage"
            else [_("capacity high"), _("capacity medium"), _("capacity low")]
        )
        rows_label = (
            _("band") if in_force.framework == "incidence_x_coverage" else _("transmission")
        )
        shown.append(
            {"rules": in_force, "values": _rows(in_force), "columns": columns, "rows": rows_label}
        )
    return render(
        request,
        "levels/rules.html",
        {
            "province": province,
            "shown": shown,
            "versions": queries.overrides_for(request.user).filter(province=province),
            "can_edit": can_edit,
            "codes": RuleSetCode.choices,
            "error": error,
            "posted": request.POST if error else {},
        },
    )


def _rows(rs: level_rules.RuleSet) -> list[tuple[str, Any, str, str]]:
    """(what, value, tag, source) for the page."""
    rows: list[tuple[str, Any, str, str]] = [
        (_("Window"), rs.window, "S", "DOMAIN.md §1.2"),
        (_("Numerator"), rs.numerator, rs.numerator_rule.tag, rs.numerator_rule.source),
    ]
    for k, cut in enumerate(rs.incidence_cuts, start=2):
        rows.append((_("Criterion 1: band %(k)s from") % {"k": k}, cut.value, cut.tag, cut.source))
    for name, rule in rs.coverage_rules:
        rows.append((_("Criterion 2: %(name)s at least") % {"name": name}, rule.value, rule.tag,
                     rule.source))  # fmt: skip
    optional: list[tuple[str, level_rules.Rule | None]] = [
        (_("Indicator 1c: deaths per 100,000 per week above"), rs.deaths_above),
        (_("Indicator 3b: capacity high above"), rs.beds_high_above),
        (_("Indicator 3b: capacity low below"), rs.beds_low_below),
    ]
    for label, extra in optional:
        if extra is not None:
            rows.append((label, extra.value, extra.tag, extra.source))
    rows.append(
        (_("Unmet capacity blocks lowering"), rs.capacity_blocks_lowering,
         rs.capacity_rule.tag, rs.capacity_rule.source)
    )  # fmt: skip
    rows.append((_("Province adjustment"), rs.province_adjustment, "C", "NQ 128/NQ-CP"))
    return rows


@login_required
@require_POST
def schedule_change(request: HttpRequest, code: str) -> HttpResponse:
    """Announce a level for a unit from a given local time; report the 48-hour notice."""
    unit = find_unit(MapVersion.LEGACY, code)
    accessible_to(request.user).require(Capability.EDIT_SURVEILLANCE, unit=unit)
    try:
        level = int(request.POST.get("level", ""))
        effective_at = dt.datetime.fromisoformat(request.POST.get("effective_at", "")).replace(
            tzinfo=VN_TZ
        )
    except ValueError:
        messages.error(request, _("Choose a level and a date and time."))
        return redirect("levels:unit", code)
    try:
        result = services.schedule_level_change(
            unit, level, effective_at=effective_at, actor=request.user
        )
    except ServiceError as exc:
        if exc.code != ErrorCode.INVALID_INPUT:
            raise
        messages.error(request, str(exc.message))
        return redirect("levels:unit", code)
    text = _("Level %(level)s from %(when)s announced; notice %(hours)s hours.") % {
        "level": level,
        "when": effective_at.strftime("%H:%M %d/%m/%Y"),
        "hours": result["notice_hours"],
    }
    if result["meets_notice"]:
        messages.success(request, text)
    else:
        messages.warning(
            request,
            text
            + " "
            + _("Less than the %(hours)s hours' public notice reported for NQ 128 [S].")
            % {"hours": result["notice_required_hours"]},
        )
    return redirect("levels:unit", code)
