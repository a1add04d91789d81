from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to, visible_to
from chongdich.errors import ErrorCode, ServiceError

from . import services
from .models import BedType, Facility
from .queries import bed_totals, editable_facility, facilities_for, reserve_policies_for


@login_required
def facility_list(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    facilities = facilities_for(request.user).prefetch_related("beds")
    return render(
        request,
        "facilities/list.html",
        {
            "facilities": facilities,
            "totals": bed_totals(request.user),
            "policies": reserve_policies_for(request.user),
            "editable_ids": set(
                visible_to(
                    Facility.objects.all(), request.user, Capability.EDIT_FACILITY
                ).values_list("pk", flat=True)
            ),
        },
    )


@login_required
def edit_beds(request: HttpRequest, facility_id: int) -> HttpResponse:
    accessible_to(request.user).require(Capability.EDIT_FACILITY)
    facility = editable_facility(request.user, facility_id)
    if facility is None:
        raise Http404
    # Beds in use are the facility manager's to report; others see them, not the inputs.
    may_set_occupancy = accessible_to(request.user).can(
        Capability.UPDATE_OCCUPANCY, facility=facility
    )
    errors: dict[str, str] = {}
    if request.method == "POST":
        changes: dict[str, tuple[int, int | None]] = {}
        for bed_type in BedType.values:
            total, occupied = (
                request.POST.get(f"{bed_type}_{k}", "").strip() for k in ("total", "occupied")
            )
            if not total and not occupied:
                continue
            if total.isdigit() and (occupied.isdigit() or not occupied):
                # No occupancy field (not the manager): the stored one stays (None).
                changes[bed_type] = (int(total), int(occupied) if occupied else None)
            else:
                errors[bed_type] = _("Enter whole numbers.")
        if not errors:
            try:
                services.set_bed_capacities(facility, changes, actor=request.user)
            except ServiceError as exc:
                if exc.code != ErrorCode.INVALID_INPUT:
                    raise
                errors = {d["bed_type"]: d["message"] for d in exc.details}
        if not errors:
            messages.success(request, _("Beds saved."))
            return redirect("facilities:list")
    # After a refusal the form shows what the user typed, next to the reason.
    stored = {b.bed_type: {"total": b.total, "occupied": b.occupied} for b in facility.beds.all()}
    shown = {
        bed_type: {
            "total": request.POST.get(f"{bed_type}_total", ""),
            "occupied": request.POST.get(f"{bed_type}_occupied", "")
            if may_set_occupancy
            else (stored.get(bed_type) or {}).get("occupied"),
        }
        if errors
        else stored.get(bed_type)
        for bed_type in BedType.values
    }
    rows = [(value, label, shown[value], errors.get(value)) for value, label in BedType.choices]
    return render(
        request,
        "facilities/edit_beds.html",
        {"facility": facility, "rows": rows, "may_set_occupancy": may_set_occupancy},
        status=422 if errors else 200,
    )
