"""Pages: coverage map and table, a unit's coverage with its members and history, lots,
dose entry, dose file upload, XLSX export."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi.coverage import TARGET_ADULT_FIRST, TARGET_AGE50_FULL
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel
from chongdich.geo.queries import area_code, resolve_area_code
from chongdich.geo.svgmap import province_map
from chongdich.levels.views import find_unit
from chongdich.upload_view import file_import_page, read_then_save

from . import queries, services
from .dosefile import parse_count, read_dose_file
from .models import AgeGroup, AgePopulation, Brand, DoseNumber

# The demo's date: Bạc Liêu's reported coverage (seed 002, 31/10/2021).
DEFAULT_DATE = dt.date(2021, 10, 31)
HISTORY_START = dt.date(2021, 7, 4)


def _date(request: HttpRequest) -> dt.date:
    try:
        return dt.date.fromisoformat(request.GET.get("date", ""))
    except ValueError:
        return DEFAULT_DATE


def _map_version(request: HttpRequest) -> str:
    asked = request.GET.get("map", MapVersion.LEGACY)
    return asked if asked in MapVersion.values else MapVersion.LEGACY


def coverage_band(value: float | None) -> str:
    """CSS class of a coverage value: the map's colours (cov-none, cov-1 … cov-4)."""
    if value is None:
        return "cov-none"
    return (
        "cov-4" if value >= 80 else "cov-3" if value >= 70 else "cov-2" if value >= 50 else "cov-1"
    )


def _row(unit: AdminUnit, cov: queries.UnitCoverage) -> dict[str, Any]:
    return {
        "unit": unit,
        "code": area_code(unit),
        "cov": cov,
        "adult": cov.values.get("adult_first_dose_pct"),
        "age50": cov.values.get("age50_full_pct"),
        "everyone": cov.values.get("population_full_pct"),
        "adult_full": cov.values.get("adult_full_pct"),
        "misses_adult": cov.misses("adult_first_dose_pct", TARGET_ADULT_FIRST),
        "misses_age50": cov.misses("age50_full_pct", TARGET_AGE50_FULL),
        "band": coverage_band(cov.values.get("adult_first_dose_pct")),
        "source": cov.text(),
    }


def _unit_url(unit: AdminUnit, date: dt.date) -> str:
    url = reverse("vaccination:unit", args=[unit.code]) + f"?date={date.isoformat()}"
    return url if unit.map_version == MapVersion.LEGACY else f"{url}&map={unit.map_version}"


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """Provinces coloured by adults' first-dose coverage as of a date, on either map."""
    accessible_to(request.user).require(Capability.VIEW)
    date, map_version = _date(request), _map_version(request)
    provinces = list(
        AdminUnit.objects.filter(map_version=map_version, level=UnitLevel.PROVINCE).order_by("code")
    )
    found = queries.coverage_for(provinces, [date])
    rows = [_row(p, found[p.pk][0]) for p in provinces]
    fills = {r["unit"].code: r["band"] for r in rows}
    titles = {
        r["unit"].code: r["unit"].name
        + (
            f" · {number_format(r['adult'], 1)}%"
            if r["adult"] is not None
            else f" · {_('no data')}"
        )
        for r in rows
    }
    links = {r["unit"].code: _unit_url(r["unit"], date) for r in rows}
    national = queries.national_series().filter(date__lte=date).order_by("-date").first()
    return render(
        request,
        "vaccination/dashboard.html",
        {
            "date": date,
            "map_version": map_version,
            "maps": MapVersion.choices,
            "svg": province_map(map_version, fills, titles, links),
            "rows": [r for r in rows if r["cov"].kind],
            "national": national,
            "targets": (TARGET_ADULT_FIRST, TARGET_AGE50_FULL),
        },
    )


@login_required
def unit_view(request: HttpRequest, code: str) -> HttpResponse:
    """A unit's coverage, its members (communes missing the targets first), its history."""
    unit = find_unit(_map_version(request), code)
    accessible_to(request.user).require(Capability.VIEW, unit=unit)
    date = _date(request)
    members = list(AdminUnit.objects.filter(parent=unit).order_by("name"))
    if unit.level == UnitLevel.PROVINCE and unit.map_version == MapVersion.LEGACY:
        members += list(AdminUnit.objects.filter(province=unit, level=UnitLevel.COMMUNE))
    found = queries.coverage_for([unit, *members], [date])
    own = _row(unit, found[unit.pk][0])
    member_rows = sorted(
        (_row(m, found[m.pk][0]) for m in members),
        key=lambda r: (r["unit"].level != UnitLevel.DISTRICT, r["adult"] or 0.0, r["unit"].name),
    )
    communes = [r for r in member_rows if r["unit"].level == UnitLevel.COMMUNE]
    history = [
        _row(unit, cov) | {"date": d}
        for d, cov in queries.history(unit, start=HISTORY_START, end=date)
    ]
    province = unit if unit.level == UnitLevel.PROVINCE else unit.province
    lots = (
        list(queries.lots_for(request.user).filter(area__in=_area_and_below(province)))
        if province
        else []
    )
    estimated = AgePopulation.objects.filter(area=unit, is_estimate=True).exists() or not (
        AgePopulation.objects.filter(area=unit).exists()
    )
    return render(
        request,
        "vaccination/unit.html",
        {
            "unit": unit,
            "date": date,
            "own": own,
            "members": member_rows,
            "missing": [r for r in communes if r["misses_adult"] or r["misses_age50"]],
            "commune_count": len(communes),
            "history": history,
            "lots": [(lot, queries.expires_soon(lot)) for lot in lots],
            "population_estimated": estimated,
            "targets": (TARGET_ADULT_FIRST, TARGET_AGE50_FULL),
            "code": area_code(unit),
            "may_report": accessible_to(request.user).can(Capability.EDIT_SURVEILLANCE, unit=unit),
        },
    )


def _area_and_below(province: AdminUnit) -> list[AdminUnit]:
    return [province, *AdminUnit.objects.filter(province=province, level=UnitLevel.DISTRICT)]


@login_required
def lots(request: HttpRequest) -> HttpResponse:
    """Lots in stock, soonest expiry first, with what was used, wasted and passed on."""
    accessible_to(request.user).require(Capability.VIEW)
    rows = list(queries.lots_for(request.user))
    return render(
        request,
        "vaccination/lots.html",
        {
            "lots": [(lot, queries.expires_soon(lot)) for lot in rows],
            "warning_days": queries.EXPIRY_WARNING_DAYS,
        },
    )


@login_required
def use_lot(request: HttpRequest, lot_id: int) -> HttpResponse:
    if request.method != "POST":
        return redirect("vaccination:lots")
    lot = queries.lots_for(request.user).filter(pk=lot_id).first()
    if lot is None:
        raise Http404
    used, wasted = (
        parse_count(request.POST.get("used") or 0),
        parse_count(request.POST.get("wasted") or 0),
    )
    try:
        if used is None or wasted is None:
            raise ServiceError(ErrorCode.INVALID_INPUT, _("Doses must be zero or more."))
        services.record_lot_use(lot, used=used, wasted=wasted, actor=request.user)
    except ServiceError as exc:
        return render(
            request,
            "vaccination/lots.html",
            {
                "lots": [(x, queries.expires_soon(x)) for x in queries.lots_for(request.user)],
                "warning_days": queries.EXPIRY_WARNING_DAYS,
                "message": exc.message,
            },
            status=exc.status,
        )
    return redirect("vaccination:lots")


REPORTED_FIELDS = ("adult_first_dose_pct", "adult_full_pct", "age50_full_pct")


@login_required
def record_reported(request: HttpRequest, code: str) -> HttpResponse:
    """A unit's coverage as its report states it (e.g. seed 002's 60.65% / 15.44%), with the
    document it comes from; used where the unit has no dose table."""
    unit = find_unit(_map_version(request), code)
    if request.method != "POST":
        return redirect(_unit_url(unit, _date(request)))
    try:
        try:
            as_of = dt.date.fromisoformat(request.POST.get("as_of", ""))
        except ValueError:
            raise ServiceError(
                ErrorCode.INVALID_INPUT, _("Give the date of the figures.")
            ) from None
        values: dict[str, float | None] = {}
        for name in REPORTED_FIELDS:
            raw = request.POST.get(name, "").strip().replace(",", ".")
            try:
                values[name] = float(raw) if raw else None
            except ValueError:
                raise ServiceError(
                    ErrorCode.INVALID_INPUT,
                    _("“%(value)s” is not a percentage.") % {"value": raw},
                ) from None
        services.record_reported_coverage(
            unit,
            as_of,
            source_note=request.POST.get("source_note", ""),
            actor=request.user,
            adult_first_dose_pct=values["adult_first_dose_pct"],
            adult_full_pct=values["adult_full_pct"],
            age50_full_pct=values["age50_full_pct"],
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
        return redirect(_unit_url(unit, _date(request)))
    messages.success(request, _("Reported coverage saved."))
    return redirect(_unit_url(unit, as_of))


@login_required
def enter_doses(request: HttpRequest) -> HttpResponse:
    """One commune, one day, one age group, dose and vaccine: the count."""
    accessible_to(request.user).require(Capability.EDIT_SURVEILLANCE)
    context: dict[str, Any] = {
        "age_groups": AgeGroup.choices,
        "dose_numbers": DoseNumber.choices,
        "brands": Brand.choices,
        "values": request.POST if request.method == "POST" else {},
    }
    if request.method == "POST":
        try:
            record = _record_from_form(request)
        except ServiceError as exc:
            context["message"] = exc.message
            return render(request, "vaccination/enter.html", context, status=exc.status)
        context["saved"] = record
    return render(request, "vaccination/enter.html", context)


def _record_from_form(request: HttpRequest) -> Any:
    code = request.POST.get("commune", "").strip()
    try:
        commune = resolve_area_code(code) if code else None
    except LookupError:
        commune = None
    if commune is None:
        raise ServiceError(
            ErrorCode.UNKNOWN_UNIT, _("Unknown commune code “%(code)s”.") % {"code": code}
        )
    try:
        date = dt.date.fromisoformat(request.POST.get("date", ""))
        dose_number = int(request.POST.get("dose_number", ""))
    except ValueError:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Give a date and a dose number.")) from None
    doses = parse_count(request.POST.get("doses"))
    if doses is None:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The number of doses must be zero or more."))
    return services.record_doses(
        commune,
        date,
        request.POST.get("age_group", ""),
        dose_number,
        request.POST.get("brand", ""),
        doses,
        actor=request.user,
    )


@login_required
def import_doses(request: HttpRequest) -> HttpResponse:
    """Upload a dose file (CSV or XLSX); a refusal lists every bad line in Vietnamese."""
    return file_import_page(
        request,
        import_file=read_then_save(read_dose_file, services.import_doses),
        template="vaccination/import.html",
    )


EXPORT_HEADER = [
    "ma",
    "dia_ban",
    "cap",
    "ngay",
    "nguoi_18_tro_len_it_nhat_1_mui_pct",
    "nguoi_50_tro_len_du_lieu_pct",
    "toan_dan_du_lieu_pct",
    "nhom_nguy_co_du_lieu_pct",
    "chua_dat_70_80",
    "nguon",
]


@login_required
def export_xlsx(request: HttpRequest, code: str) -> HttpResponse:
    """The unit and every unit under it, as of the date: one row each."""
    from openpyxl import Workbook

    unit = find_unit(_map_version(request), code)
    accessible_to(request.user).require(Capability.VIEW, unit=unit)
    date = _date(request)
    units = [unit, *AdminUnit.objects.filter(parent=unit).order_by("code")]
    if unit.level == UnitLevel.PROVINCE and unit.map_version == MapVersion.LEGACY:
        units += list(
            AdminUnit.objects.filter(province=unit, level=UnitLevel.COMMUNE).order_by("code")
        )
    found = queries.coverage_for(units, [date])
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "bao-phu-vac-xin"
    sheet.append(EXPORT_HEADER)
    for u in units:
        cov = found[u.pk][0]
        values = [
            cov.values.get(n)
            for n in (
                "adult_first_dose_pct",
                "age50_full_pct",
                "population_full_pct",
                "high_risk_full_pct",
            )
        ]
        sheet.append(
            [
                area_code(u),
                u.name,
                u.level,
                date.isoformat(),
                *[round(v, 2) if v is not None else None for v in values],
                "x" if queries.misses_targets(cov) else "",
                cov.text(),
            ]
        )
    sheet.freeze_panes = "A2"
    response = HttpResponse(
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="bao-phu-vac-xin-{code}-{date}.xlsx"'
    book.save(response)
    return response


def today() -> dt.date:
    return timezone.localdate()
