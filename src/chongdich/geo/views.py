from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.errors import ErrorCode, ServiceError
from chongdich.surveillance.queries import level_announcements_for

from . import services
from .models import AdminUnit, MapVersion, UnitLevel
from .queries import find_unit, unit_counts
from .svgmap import province_map


@login_required
def unit_list(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    map_version = request.GET.get("map", MapVersion.LEGACY)
    if map_version not in MapVersion.values:
        map_version = MapVersion.LEGACY
    provinces = AdminUnit.objects.filter(map_version=map_version, level=UnitLevel.PROVINCE)
    return render(
        request,
        "geo/units.html",
        {
            "map_version": map_version,
            "maps": MapVersion.choices,
            "units": provinces,
            "counts": unit_counts(),
        },
    )


@login_required
def unit_detail(request: HttpRequest, map_version: str, level: str, code: str) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    unit = find_unit(map_version, level, code)
    if unit is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    children = unit.children.order_by("code")
    successors = (
        unit.successors.select_related("new_unit") if unit.level == UnitLevel.COMMUNE else []
    )
    predecessors = (
        unit.predecessors.select_related("old_unit") if unit.level == UnitLevel.COMMUNE else []
    )
    return render(
        request,
        "geo/unit.html",
        {
            "unit": unit,
            "children": children,
            "successors": successors,
            "predecessors": predecessors,
            "can_import": accessible_to(request.user).can(Capability.EDIT_REFERENCE, unit=unit),
        },
    )


@login_required
def map_view(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    map_version = request.GET.get("map", MapVersion.LEGACY)
    if map_version not in MapVersion.values:
        map_version = MapVersion.LEGACY
    provinces = {
        u.code: u
        for u in AdminUnit.objects.filter(map_version=map_version, level=UnitLevel.PROVINCE)
    }
    latest_level: dict[str, int] = {}
    for a in level_announcements_for(request.user).order_by("effective_at"):
        if a.area.map_version == map_version and a.area.level == UnitLevel.PROVINCE:
            latest_level[a.area.code] = a.level
    fills = {code: f"level-{lvl}" for code, lvl in latest_level.items()}
    titles = {
        code: f"{u.name}"
        + (f" · {_('level')} {latest_level[code]}" if code in latest_level else "")
        for code, u in provinces.items()
    }
    links = {
        code: reverse("geo:unit", args=[map_version, UnitLevel.PROVINCE, code])
        for code in provinces
    }
    return render(
        request,
        "geo/map.html",
        {
            "map_version": map_version,
            "maps": MapVersion.choices,
            "svg": province_map(map_version, fills, titles, links),
        },
    )


@login_required
def import_population(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.EDIT_REFERENCE)
    context: dict[str, object] = {}
    if request.method == "POST":
        upload = request.FILES.get("file")
        try:
            if upload is None:
                raise ServiceError(ErrorCode.INVALID_FILE, _("Choose a CSV file."))
            try:
                content = upload.read().decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ServiceError(
                    ErrorCode.INVALID_FILE, _("The file is not UTF-8 text.")
                ) from exc
            result = services.import_commune_populations(
                content, actor=request.user, map_version=request.POST.get("map", MapVersion.LEGACY)
            )
            messages.success(request, _("Imported %(rows)d commune populations.") % result)
            return redirect("geo:import_population")
        except ServiceError as exc:
            context["error"] = exc
    status = 422 if "error" in context else 200
    return render(request, "geo/import_population.html", context, status=status)
