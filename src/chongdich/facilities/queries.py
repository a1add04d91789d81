from __future__ import annotations

from typing import Any

from django.db.models import QuerySet, Sum

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import visible_to

from .models import BedCapacity, BedReservePolicy, Facility


def facilities_for(user: Any) -> QuerySet[Facility]:
    return visible_to(Facility.objects.all(), user).select_related("area", "area__province")


def bed_totals(user: Any) -> dict[str, Any]:
    beds = visible_to(BedCapacity.objects.all(), user)
    sums = beds.aggregate(total=Sum("total"), occupied=Sum("occupied"))
    return {
        "total": sums["total"] or 0,
        "occupied": sums["occupied"] or 0,
        "is_demo": beds.filter(is_demo=True).exists(),
    }


def reserve_policies_for(user: Any) -> QuerySet[BedReservePolicy]:
    return visible_to(BedReservePolicy.objects.all(), user).select_related("province")


def editable_facility(user: Any, facility_id: int) -> Facility | None:
    return (
        visible_to(Facility.objects.all(), user, Capability.EDIT_FACILITY)
        .filter(pk=facility_id)
        .first()
    )
