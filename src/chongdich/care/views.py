"""Pages: the commune station's home patients, one patient's episode, the coordination
unit's referral queue, and the live capacity board."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi.care.codes import SYMPTOMS, WARNINGS
from chongdich.epi.referral import SEVERITY_RANK
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel

from . import queries, services
from .models import OPEN_ALERT, ReferralStatus
from .travel import MINUTES, export_travel_times, load_travel_times, travel_matrices


def _labels(language: str) -> dict[str, str]:
    vi = language.startswith("vi")
    return {code: (v if vi else e) for code, (v, e) in {**SYMPTOMS, **WARNINGS}.items()}


def _refusal_to_message(request: HttpRequest, action: Callable[[], Any], done: str) -> bool:
    """Run a service; a conflict or bad input becomes a message on the page, not an error
    page (a coordinator who lost a race for a bed reads why and carries on)."""
    try:
        action()
    except ServiceError as exc:
        if exc.code not in (ErrorCode.CONFLICT, ErrorCode.INVALID_INPUT):
            raise
        details = "; ".join(str(d.get("message", d)) for d in exc.details if isinstance(d, dict))
        messages.error(request, f"{exc.message} {details}".strip())
        return False
    messages.success(request, done)
    return True


@login_required
def station(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW_PERSONAL)
    return render(
        request,
        "care/station.html",
        {
            "episodes": list(queries.home_patients(request.user)[:500]),
            "alerts": list(queries.open_alerts(request.user)[:200]),
            "labels": _labels(request.LANGUAGE_CODE),
            "can_scan": accessible_to(request.user).can(Capability.EDIT_SURVEILLANCE),
        },
    )


@login_required
@require_POST
def scan_missed(request: HttpRequest) -> HttpResponse:
    made = services.scan_missed_checkins(actor=request.user)
    queued = sum(alert.referral_id is not None for alert in made)
    messages.success(
        request,
        _("%(n)d missed check-ins found; %(queued)d patients queued for a bed.")
        % {"n": len(made), "queued": queued},
    )
    return redirect("care:station")


def _episode(request: HttpRequest, episode_id: int) -> Any:
    episode = queries.episode_for(request.user, episode_id)
    if episode is None:
        raise Http404
    return episode


@login_required
def episode_detail(request: HttpRequest, episode_id: int) -> HttpResponse:
    episode = _episode(request, episode_id)
    return render(
        request,
        "care/episode.html",
        {
            "episode": episode,
            "checkins": list(episode.checkins.all()[:60]),
            "events": list(episode.events.select_related("from_facility", "to_facility")),
            "alerts": list(episode.alerts.filter(OPEN_ALERT).select_related("checkin")),
            "referrals": list(episode.referrals.select_related("facility")),
            "labels": _labels(request.LANGUAGE_CODE),
            "symptoms": [
                (c, lab) for c, lab in _labels(request.LANGUAGE_CODE).items() if c in SYMPTOMS
            ],
            "severities": list(SEVERITY_RANK),
            "new_key": uuid.uuid4().hex,
        },
    )


def _int_or_none(raw: str, name: str) -> int | None:
    raw = raw.strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            _("“%(value)s” is not a whole number (%(field)s).") % {"value": raw, "field": name},
        )
    return int(raw)


def _measured_at(raw: str) -> Any:
    raw = raw.strip()
    if not raw:
        return None  # now
    try:
        when = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("“%(value)s” is not a date and time.") % {"value": raw}
        ) from None
    return timezone.make_aware(when) if timezone.is_naive(when) else when


@login_required
@require_POST
def record_checkin(request: HttpRequest, episode_id: int) -> HttpResponse:
    episode = _episode(request, episode_id)

    def run() -> Any:
        temperature = request.POST.get("temperature", "").strip().replace(",", ".")
        values = {
            "spo2": _int_or_none(request.POST.get("spo2", ""), "SpO2"),
            "pulse": _int_or_none(request.POST.get("pulse", ""), _("pulse")),
            "respiratory_rate": _int_or_none(
                request.POST.get("respiratory_rate", ""), _("breathing rate")
            ),
            "temperature": temperature or None,
            "symptoms": request.POST.getlist("symptoms"),
        }
        return services.submit_checkin(
            episode,
            idempotency_key=request.POST.get("idempotency_key", ""),
            measured_at=_measured_at(request.POST.get("measured_at", "")),
            values=values,
            actor=request.user,
        )

    _refusal_to_message(request, run, _("Check-in recorded."))
    return redirect("care:episode", episode_id=episode.pk)


@login_required
@require_POST
def escalate(request: HttpRequest, episode_id: int) -> HttpResponse:
    episode = _episode(request, episode_id)
    _refusal_to_message(
        request,
        lambda: services.request_referral(
            episode,
            severity=request.POST.get("severity", ""),
            reason=request.POST.get("reason", ""),
            actor=request.user,
        ),
        _("The patient is in the referral queue."),
    )
    return redirect("care:episode", episode_id=episode.pk)


@login_required
@require_POST
def acknowledge(request: HttpRequest, alert_id: int) -> HttpResponse:
    alert = queries.open_alerts(request.user).filter(pk=alert_id).first()
    if alert is None:
        raise Http404
    services.acknowledge_alert(alert, actor=request.user)
    messages.success(request, _("Alert acknowledged."))
    return redirect(request.POST.get("next") or "care:station")


# ---------------------------------------------------------------- coordination


@login_required
def referrals(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    queue = list(queries.referral_queue(request.user))
    now = timezone.now()
    for r in queue:
        r.waited_minutes = int((now - r.requested_at).total_seconds() // 60)  # type: ignore[attr-defined]
    return render(
        request,
        "care/referrals.html",
        {
            "waiting": [r for r in queue if r.status == ReferralStatus.WAITING],
            "held": [r for r in queue if r.status == ReferralStatus.HELD],
            "ambulances": list(queries.ambulances_for(request.user)),
            "dispatches": list(queries.recent_dispatches(request.user)),
        },
    )


@login_required
@require_POST
def plan(request: HttpRequest) -> HttpResponse:
    result = services.plan_referrals(actor=request.user)
    counts = {"held": len(result["held"]), "left": len(result["unassigned"])}
    if result["metric"] == MINUTES:
        done = _(
            "%(held)d beds held (total %(minutes).0f minutes by road, travel-time matrix);"
            " %(left)d patients still waiting."
        ) % {**counts, "minutes": result["total_minutes"]}
    else:
        done = _("%(held)d beds held (total %(km).1f km); %(left)d patients still waiting.") % {
            **counts,
            "km": result["total_km"],
        }
    messages.success(request, done)
    return redirect("care:referrals")


@login_required
def travel_times(request: HttpRequest) -> HttpResponse:
    """The coordination unit's travel-time matrices: what each province has loaded, and a
    file to load (replacing the province's matrix, all or nothing)."""
    accessible_to(request.user).require(Capability.VIEW)
    context: dict[str, Any] = {"errors": [], "result": None, "province_code": ""}
    if request.method == "POST":
        context["province_code"] = code = request.POST.get("province", "").strip()
        upload = request.FILES.get("file")
        province = AdminUnit.objects.filter(
            map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE, code=code
        ).first()
        if province is None:
            context["message"] = _("Choose a province.")
        elif upload is None:
            context["message"] = _("Choose a CSV file.")
        else:
            try:
                context["result"] = load_travel_times(
                    upload.read(),
                    province=province,
                    file_name=upload.name or "",
                    actor=request.user,
                )
                context["result"]["province_name"] = province.name
            except ServiceError as exc:
                if exc.code not in (ErrorCode.INVALID_FILE, ErrorCode.INVALID_INPUT):
                    raise
                context["message"], context["errors"] = str(exc.message), exc.details
    context["matrices"] = travel_matrices(request.user)
    if not context["matrices"]:
        raise ServiceError(ErrorCode.FORBIDDEN)
    context["loaded"] = [m for m in context["matrices"] if m.rows]
    status = 422 if context.get("message") else 200
    return render(request, "care/travel_times.html", context, status=status)


@login_required
def travel_times_csv(request: HttpRequest) -> HttpResponse:
    code = request.GET.get("province", "").strip()
    province = AdminUnit.objects.filter(
        map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE, code=code
    ).first()
    if province is None:
        raise Http404
    content = export_travel_times(province, actor=request.user)
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="travel-times-{code}.csv"'
    return response


def _referral(request: HttpRequest, referral_id: int) -> Any:
    referral = queries.referral_queue(request.user).filter(pk=referral_id).first()
    if referral is None:
        raise Http404
    return referral


@login_required
@require_POST
def referral_action(request: HttpRequest, referral_id: int, action: str) -> HttpResponse:
    referral = _referral(request, referral_id)
    actions = {
        "dispatch": (services.dispatch_ambulance, _("Ambulance dispatched.")),
        "confirm": (services.confirm_admission, _("Admission confirmed; the bed is occupied.")),
        "release": (services.release_bed, _("The bed is released; the patient waits again.")),
    }
    if action not in actions:
        raise Http404
    service, done = actions[action]
    _refusal_to_message(request, lambda: service(referral, actor=request.user), done)
    return redirect("care:referrals")


@login_required
def capacity(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    code = request.GET.get("province", "").strip()
    province = None
    if code:
        province = AdminUnit.objects.filter(
            map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE, code=code
        ).first()
        if province is None:
            raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    rows = queries.capacity_board(request.user, province)
    return render(
        request,
        "care/capacity.html",
        {"rows": rows, "province": province, "totals": queries.capacity_totals(rows)},
    )
