"""Pages: map of provinces and of a province's communes, drill-down, history, CSV export."""

from __future__ import annotations

import csv
import datetime as dt
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to, visible_to
from chongdich.epi.level_rules import NOTICE_HOURS
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel
from chongdich.geo.svgmap import province_map
from chongdich.surveillance.models import LevelAnnouncement, SituationReport

from . import queries

POINT_MAP = (420, 360)


def _week(request: HttpRequest, weeks: list[dt.date]) -> dt.date | None:
    try:
        asked = dt.date.fromisoformat(request.GET.get("week", ""))
    except ValueError:
        asked = None
    return asked if asked in weeks else (weeks[0] if weeks else None)


LEVEL_PREFERENCE = {UnitLevel.PROVINCE: 0, UnitLevel.DISTRICT: 1, UnitLevel.COMMUNE: 2}


def find_unit(map_version: str, code: str) -> AdminUnit:
    """The unit with this code; an island district and the commune standing for it share a
    code (ADR 0004): the district, whose page shows the commune too."""
    units = sorted(
        AdminUnit.objects.filter(map_version=map_version, code=code),
        key=lambda u: LEVEL_PREFERENCE.get(UnitLevel(u.level), 3),
    )
    if not units:
        raise Http404
    return units[0]


def _map_version(request: HttpRequest) -> str:
    asked = request.GET.get("map", MapVersion.LEGACY)
    return asked if asked in MapVersion.values else MapVersion.LEGACY


def _unit_url(unit: AdminUnit) -> str:
    url = reverse("levels:unit", args=[unit.code])
    return url if unit.map_version == MapVersion.LEGACY else f"{url}?map={unit.map_version}"


@login_required
def level_map(request: HttpRequest) -> HttpResponse:
    """Provinces coloured by their own latest assessment, on either map."""
    accessible_to(request.user).require(Capability.VIEW)
    map_version = _map_version(request)
    provinces = {
        u.pk: u for u in AdminUnit.objects.filter(map_version=map_version, level=UnitLevel.PROVINCE)
    }
    latest: dict[int, Any] = {}
    rows = queries.assessments_for(request.user).filter(area_id__in=provinces).order_by("as_of")
    for row in rows:
        latest[row.area_id] = row
    fills = {provinces[k].code: f"level-{r.level}" for k, r in latest.items()}
    titles = {
        u.code: u.name
        + (f" · {_('level')} {latest[k].level} ({latest[k].as_of:%d/%m/%Y})" if k in latest else "")
        for k, u in provinces.items()
    }
    links = {u.code: _unit_url(u) for u in provinces.values()}
    return render(
        request,
        "levels/map.html",
        {
            "map_version": map_version,
            "maps": MapVersion.choices,
            "svg": province_map(map_version, fills, titles, links),
            "assessed": [(provinces[k], r) for k, r in latest.items()],
        },
    )


@login_required
def unit_view(request: HttpRequest, code: str) -> HttpResponse:
    """A province, district or commune: its level with reasons, its members, its history."""
    unit = find_unit(_map_version(request), code)
    accessible_to(request.user).require(Capability.VIEW, unit=unit)
    province_id = unit.province_id or unit.pk
    weeks = queries.weeks_of(request.user, province_id)
    week = _week(request, weeks) or dt.date.min
    rows = list(
        queries.assessments_for(request.user)
        .filter(area__parent=unit, as_of=week)
        .order_by("-level", "area__name")
    )
    own = queries.assessments_for(request.user).filter(area=unit, as_of=week).first()
    communes = rows
    if unit.level == UnitLevel.PROVINCE:
        communes = list(
            queries.assessments_for(request.user).filter(
                area__province=unit, area__level=UnitLevel.COMMUNE, as_of=week
            )
        )
    history = list(queries.assessments_for(request.user).filter(area=unit).order_by("-as_of"))
    reported = None
    if unit.level == UnitLevel.PROVINCE:
        reported = (
            SituationReport.objects.filter(area=unit, communes_at_level_4__isnull=False)
            .select_related("source")
            .order_by("-as_of")
            .first()
        )
    lang_vi = (getattr(request, "LANGUAGE_CODE", "vi") or "vi").startswith("vi")
    announcements = list(
        visible_to(LevelAnnouncement.objects.filter(area=unit), request.user).order_by(
            "-effective_at"
        )[:10]
    )
    return render(
        request,
        "levels/unit.html",
        {
            "unit": unit,
            "week": week,
            "weeks": weeks,
            "own": own,
            "reasons": (own.reasons_vi if lang_vi else own.reasons_en) if own else [],
            "rows": rows,
            "counts": queries.level_counts(communes),
            "commune_total": _commune_total(unit) if communes else 0,
            "assessed_total": len(communes),
            "points": _points(communes),
            "history": history,
            "reported": reported,
            "lang_vi": lang_vi,
            "announcements": announcements,
            "can_edit": accessible_to(request.user).can(Capability.EDIT_SURVEILLANCE, unit=unit),
            "notice_hours": NOTICE_HOURS,
            "now": timezone.now(),
            "map_q": "" if unit.map_version == MapVersion.LEGACY else f"map={unit.map_version}",
        },
    )


def _commune_total(unit: AdminUnit) -> int:
    """The denominator of "9/64 communes at level 4": every commune, assessed or not."""
    if unit.level == UnitLevel.PROVINCE:
        return AdminUnit.objects.filter(province=unit, level=UnitLevel.COMMUNE).count()
    return unit.children.count()


def _points(rows: list[Any]) -> dict[str, Any]:
    located = [r for r in rows if r.area.latitude is not None and r.area.longitude is not None]
    if not located:
        return {"width": POINT_MAP[0], "height": POINT_MAP[1], "points": []}
    lats = [r.area.latitude for r in located]
    lons = [r.area.longitude for r in located]
    span = max(max(lats) - min(lats), max(lons) - min(lons), 0.01)
    scale = (POINT_MAP[0] - 40) / span
    points = [
        {
            "x": round(20 + (r.area.longitude - min(lons)) * scale, 1),
            "y": round(20 + (max(lats) - r.area.latitude) * scale, 1),
            "level": r.level,
            "title": f"{r.area.name} · {_('level')} {r.level}",
            "href": _unit_url(r.area),
        }
        for r in located
    ]
    height = 40 + (max(lats) - min(lats)) * scale
    return {"width": POINT_MAP[0], "height": round(height, 1), "points": points}


EXPORT_HEADER = [
    "week_end", "code", "unit", "unit_level", "level", "color", "level_min", "band",
    "cases_per_100k_week", "population", "population_is_estimate", "rule_set",
    "rule_set_version", "evidence", "is_demo", "reasons_vi", "reasons_en",
]  # fmt: skip


def _export_rows(request: HttpRequest, code: str) -> list[list[Any]]:
    """Every assessed unit of a province (or of a district and its communes), every week."""
    unit = find_unit(_map_version(request), code)
    accessible_to(request.user).require(Capability.VIEW, unit=unit)
    rows = queries.assessments_for(request.user).order_by("as_of", "area__level", "area__code")
    if unit.level == UnitLevel.PROVINCE:
        rows = rows.filter(area__province=unit)
    else:
        rows = rows.filter(area__in=[unit, *unit.children.all()])
    return [
        [r.as_of, r.area.code, r.area.name, r.area.level, r.level, r.color, r.level_min, r.band,
         round(r.cases_per_100k_week, 2), r.population, r.population_is_estimate, r.rule_set,
         r.rule_set_version, r.evidence, r.is_demo, " | ".join(r.reasons_vi),
         " | ".join(r.reasons_en)]
        for r in rows
    ]  # fmt: skip


@login_required
def export_csv(request: HttpRequest, code: str) -> HttpResponse:
    rows = _export_rows(request, code)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="cap-do-dich-{code}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 Vietnamese names correctly with a BOM
    writer = csv.writer(response)
    writer.writerow(EXPORT_HEADER)
    for row in rows:
        writer.writerow([row[0].isoformat(), *row[1:]])
    return response


@login_required
def export_xlsx(request: HttpRequest, code: str) -> HttpResponse:
    from openpyxl import Workbook

    rows = _export_rows(request, code)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "cap-do-dich"
    sheet.append(EXPORT_HEADER)
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    response = HttpResponse(
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="cap-do-dich-{code}.xlsx"'
    book.save(response)
    return response
