"""Reads of the care pathway, always through ``visible_to``."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case as SqlCase
from django.db.models import IntegerField, QuerySet, Sum, Value, When

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import visible_to
from chongdich.epi.referral import SEVERITY_RANK
from chongdich.facilities.models import BedCapacity, BedReservePolicy, BedType
from chongdich.geo.models import AdminUnit

from .models import (
    OPEN_ALERT,
    Alert,
    Ambulance,
    Dispatch,
    Episode,
    EpisodeStatus,
    Place,
    ReferralRequest,
    ReferralStatus,
)


def home_patients(user: Any) -> QuerySet[Episode]:
    """Active home episodes whose patients the user may see by name (the station's list)."""
    return (
        visible_to(
            Episode.objects.filter(status=EpisodeStatus.ACTIVE, place=Place.HOME),
            user,
            Capability.VIEW_PERSONAL,
        )
        .select_related("case", "commune")
        .order_by("-last_checkin_at", "id")
    )


def episode_for(user: Any, episode_id: int) -> Episode | None:
    return (
        visible_to(Episode.objects.all(), user, Capability.VIEW_PERSONAL)
        .select_related("case", "commune", "facility")
        .filter(pk=episode_id)
        .first()
    )


def open_alerts(user: Any) -> QuerySet[Alert]:
    return (
        visible_to(Alert.objects.filter(OPEN_ALERT), user, Capability.VIEW_PERSONAL)
        .select_related("episode__case", "episode__commune", "checkin")
        .order_by("-created_at")
    )


def _severity_order() -> Any:
    return SqlCase(
        *[When(severity=s, then=Value(-rank)) for s, rank in SEVERITY_RANK.items()],
        default=Value(0),
        output_field=IntegerField(),
    )


def referral_queue(user: Any) -> QuerySet[ReferralRequest]:
    """Open referrals the user may see, most severe first, then longest waiting."""
    return (
        visible_to(
            ReferralRequest.objects.filter(
                status__in=[ReferralStatus.WAITING, ReferralStatus.HELD]
            ),
            user,
        )
        .select_related("episode__commune", "facility")
        .prefetch_related("dispatches__ambulance")
        .annotate(severity_order=_severity_order())
        .order_by("severity_order", "requested_at", "id")
    )


def ambulances_for(user: Any) -> QuerySet[Ambulance]:
    return visible_to(Ambulance.objects.all(), user).select_related("base")


def recent_dispatches(user: Any) -> QuerySet[Dispatch]:
    return visible_to(Dispatch.objects.all(), user).select_related(
        "ambulance", "referral__facility", "referral__episode__commune"
    )[:20]


@dataclass
class CapacityRow:
    area: AdminUnit
    beds: dict[str, dict[str, int]] = field(default_factory=dict)  # type -> total/occ/held/free
    total: int = 0
    occupied: int = 0
    held: int = 0
    is_demo: bool = False
    reserve_share: Any = None
    reserve_document: str = ""

    @property
    def free(self) -> int:
        return self.total - self.occupied - self.held

    @property
    def reserved_beds(self) -> int | None:
        if self.reserve_share is None:
            return None
        return math.floor(self.total * float(self.reserve_share))

    @property
    def reserve_exceeded(self) -> bool | None:
        """The province keeps ``share`` of its beds for COVID-19: are more than those in
        use (or promised)? Then the reserve is exhausted and more beds must be mobilised."""
        reserved = self.reserved_beds
        if reserved is None:
            return None
        return self.occupied + self.held > reserved


def capacity_board(user: Any, province: AdminUnit | None = None) -> list[CapacityRow]:
    """Beds by type per province (nation), or per facility's commune within one province;
    each province's row checked against its bed-reserve policy."""
    beds = visible_to(BedCapacity.objects.all(), user)
    group = "facility__area__province"
    if province is not None:
        beds = beds.filter(facility__area__province=province)
        group = "facility"
    sums = beds.values(group, "bed_type", "is_demo").annotate(
        total=Sum("total"), occupied=Sum("occupied"), held=Sum("held")
    )
    rows: dict[int, CapacityRow] = {}
    keys: dict[int, Any] = {}
    for s in sums:
        key = s[group]
        keys[key] = key
        row = rows.setdefault(key, CapacityRow(area=None))  # type: ignore[arg-type]
        cell = row.beds.setdefault(s["bed_type"], {"total": 0, "occupied": 0, "held": 0, "free": 0})
        for name in ("total", "occupied", "held"):
            cell[name] += s[name] or 0
        cell["free"] = cell["total"] - cell["occupied"] - cell["held"]
        row.total += s["total"] or 0
        row.occupied += s["occupied"] or 0
        row.held += s["held"] or 0
        row.is_demo = row.is_demo or s["is_demo"]
    if province is None:
        units = AdminUnit.objects.in_bulk(list(rows))
        policies: dict[int, BedReservePolicy] = {}
        for policy in BedReservePolicy.objects.filter(province_id__in=list(rows)).order_by(
            "province_id", "-effective_from"
        ):
            policies.setdefault(policy.province_id, policy)
        for key, row in rows.items():
            row.area = units[key]
            if key in policies:
                row.reserve_share = policies[key].reserved_share
                row.reserve_document = policies[key].document
    else:
        from chongdich.facilities.models import Facility

        facilities = Facility.objects.select_related("area").in_bulk(list(rows))
        for key, row in rows.items():
            row.area = facilities[key]  # type: ignore[assignment]
    return sorted(rows.values(), key=lambda r: r.area.name)


def capacity_totals(rows: list[CapacityRow]) -> dict[str, Any]:
    by_type: dict[str, dict[str, int]] = defaultdict(
        lambda: {"total": 0, "occupied": 0, "held": 0, "free": 0}
    )
    for row in rows:
        for bed_type, cell in row.beds.items():
            for name, value in cell.items():
                by_type[bed_type][name] += value
    return {
        "by_type": [(label, by_type.get(value)) for value, label in BedType.choices],
        "total": sum(r.total for r in rows),
        "occupied": sum(r.occupied for r in rows),
        "held": sum(r.held for r in rows),
        "free": sum(r.free for r in rows),
    }
