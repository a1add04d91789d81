from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Max
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to, visible_to
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.queries import area_code, resolve_area_code
from chongdich.upload_view import file_import_page, read_then_save

from . import services
from .charts import epi_curve_chart, layout_graph
from .lab_results import read_test_results
from .models import Cluster, CountSource, SituationReport
from .quality import suspect_points
from .queries import cases_for, daily_counts_for, level_announcements_for, situations_for
from .sitrep import build_sitrep
from .sitrep_formats import sitrep_markdown, sitrep_xlsx
from .tracing import transmission_graph


@login_required
def daily(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    counts = daily_counts_for(request.user).order_by("area_id", "-date")
    return render(
        request,
        "surveillance/daily.html",
        {
            "situations": situations_for(request.user).order_by("-as_of", "area_id"),
            "levels": level_announcements_for(request.user),
            "page": Paginator(counts, 60).get_page(request.GET.get("page")),
        },
    )


@login_required
def cases(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW_PERSONAL)
    page = Paginator(cases_for(request.user), 50).get_page(request.GET.get("page"))
    return render(request, "surveillance/cases.html", {"page": page})


def _default_area_code(user: Any) -> str:
    """The user's own province (or commune, district) first; the nation for national roles."""
    if accessible_to(user).scope(Capability.VIEW).is_national:
        return "VN"
    for assignment in user.assignments.select_related("area", "facility__area__province"):
        if assignment.area is not None:
            return area_code(assignment.area)
        if assignment.facility is not None:
            return area_code(assignment.facility.area.province)
    return "VN"


def _default_date(area: Any) -> dt.date:
    reports = SituationReport.objects.filter(area=area) if area else SituationReport.objects
    latest = reports.aggregate(latest=Max("as_of"))["latest"]
    return latest or timezone.localdate()


@login_required
def sitrep(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    code = request.GET.get("area") or _default_area_code(request.user)
    try:
        area = resolve_area_code(code)
    except LookupError:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT) from None
    try:
        date = (
            dt.date.fromisoformat(request.GET["date"])
            if request.GET.get("date")
            else _default_date(area)
        )
    except ValueError:
        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            _("“%(value)s” is not a date.") % {"value": request.GET["date"]},
        ) from None
    report = build_sitrep(area, date, user=request.user)
    export = request.GET.get("export")
    if export == "xlsx":
        response = HttpResponse(
            sitrep_xlsx(report),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="sitrep-{report["area"]["code"]}-{date}.xlsx"'
        )
        return response
    if export == "md":
        return HttpResponse(sitrep_markdown(report), content_type="text/markdown; charset=utf-8")
    can_choose = area is not None and accessible_to(request.user).can(
        Capability.EDIT_SURVEILLANCE, unit=area
    )
    return render(
        request,
        "surveillance/sitrep.html",
        {
            "report": report,
            "code": code,
            "can_choose": can_choose,
            "chart": epi_curve_chart(report["epi_curve"]),
        },
    )


@login_required
@require_POST
def choose_figure(request: HttpRequest) -> HttpResponse:
    try:
        area = resolve_area_code(request.POST.get("area", ""))
        date = dt.date.fromisoformat(request.POST.get("date", ""))
    except (LookupError, ValueError):
        raise ServiceError(ErrorCode.INVALID_INPUT) from None
    if area is None:
        raise ServiceError(ErrorCode.INVALID_INPUT)
    services.choose_figure(
        area,
        date,
        request.POST.get("field", ""),
        request.POST.get("source_key", ""),
        reason=request.POST.get("reason", ""),
        actor=request.user,
    )
    messages.success(request, _("Source chosen; the other figures stay stored."))
    return redirect(f"{reverse('surveillance:sitrep')}?area={area_code(area)}&date={date}")


@login_required
def data_quality(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    source = request.GET.get("source") or CountSource.NCSC
    if source not in CountSource.values:
        raise ServiceError(ErrorCode.INVALID_INPUT)
    points = [p for p in suspect_points(request.user, source=source) if p["reason"] != "missing"]
    page = Paginator(points, 100).get_page(request.GET.get("page"))
    return render(
        request, "surveillance/quality.html", {"page": page, "source": source, "total": len(points)}
    )


@login_required
def import_cases(request: HttpRequest) -> HttpResponse:
    """Upload a line list (CSV or XLSX); a refusal lists every bad line in Vietnamese."""
    return file_import_page(
        request,
        import_file=services.import_line_list_file,
        template="surveillance/import_cases.html",
    )


@login_required
def import_tests(request: HttpRequest) -> HttpResponse:
    """Upload test results (CSV or XLSX), as ``chongdich cases import-tests`` does."""
    return file_import_page(
        request,
        import_file=read_then_save(read_test_results, services.import_test_results),
        template="surveillance/import_tests.html",
    )


@login_required
def clusters(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    rows = (
        visible_to(Cluster.objects.all(), request.user)
        .select_related("area")
        .annotate(case_count=Count("cases"))
    )
    return render(request, "surveillance/clusters.html", {"clusters": rows})


@login_required
def cluster_graph(request: HttpRequest, cluster_id: int) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    cluster = visible_to(Cluster.objects.all(), request.user).filter(pk=cluster_id).first()
    if cluster is None:
        raise Http404
    graph = transmission_graph(cluster)
    return render(
        request,
        "surveillance/cluster.html",
        {"cluster": cluster, "graph": graph, "layout": layout_graph(graph)},
    )


@login_required
def positivity(request: HttpRequest) -> HttpResponse:
    """Test positivity of an area by day (default: the user's area, the last 30 days with
    tests up to the latest one)."""
    from .models import TestResult
    from .positivity import positivity_report

    accessible_to(request.user).require(Capability.VIEW)
    code = request.GET.get("area") or _default_area_code(request.user)
    try:
        area = resolve_area_code(code)
    except LookupError:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT) from None
    try:
        date_to = (
            dt.date.fromisoformat(request.GET["to"])
            if request.GET.get("to")
            else visible_to(TestResult.objects.filter(is_demo=False), request.user).aggregate(
                latest=Max("sampled_on")
            )["latest"]
            or timezone.localdate()
        )
        date_from = (
            dt.date.fromisoformat(request.GET["from"])
            if request.GET.get("from")
            else date_to - dt.timedelta(days=29)
        )
    except ValueError:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Dates are written YYYY-MM-DD.")) from None
    report = positivity_report(area, date_from, date_to, user=request.user)
    for day in report["days"]:
        if day["rate"] is not None:
            day |= {k + "_pct": 100 * day[k] for k in ("rate", "low", "high")}
            day["pct"] = day.pop("rate_pct")
    return render(request, "surveillance/positivity.html", {"report": report, "code": code})
