"""All writes to facilities and beds: checked, in one transaction, audited, under row locks."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change, snapshot
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit

from .models import BedCapacity, BedType, Facility, FacilityKind


def create_facility(
    *,
    name: str,
    kind: str,
    tier: int,
    area: AdminUnit,
    is_public: bool = True,
    staff_doctors: int = 0,
    staff_nurses: int = 0,
    is_demo: bool = False,
    actor: Any,
) -> Facility:
    accessible_to(actor).require(Capability.EDIT_FACILITY, unit=area)
    if kind not in FacilityKind.values:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown facility kind “%(kind)s”.") % {"kind": kind}
        )
    if min(staff_doctors, staff_nurses) < 0:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Staff numbers cannot be negative."))
    with transaction.atomic():
        facility = Facility.objects.create(
            name=name,
            kind=kind,
            tier=tier,
            area=area,
            is_public=is_public,
            staff_doctors=staff_doctors,
            staff_nurses=staff_nurses,
            is_demo=is_demo,
        )
        record_change(
            actor=actor,
            action="facilities.create_facility",
            obj=facility,
            area=area,
            facility=facility,
            after=snapshot(facility),
        )
    return facility


def set_bed_capacity(
    facility: Facility,
    bed_type: str,
    *,
    total: int,
    occupied: int | None = None,
    actor: Any,
    is_demo: bool = False,
) -> BedCapacity:
    """Set the beds of one type at a facility. Refuses occupancy above capacity.

    ``total`` is the facilities register: the province officer or the facility's manager.
    ``occupied`` (None: keep what is stored) is the facility manager's alone (issue 5,
    ADR 0090): an occupancy different from the stored one needs ``UPDATE_OCCUPANCY`` here.
    """
    jurisdiction = accessible_to(actor)
    jurisdiction.require(Capability.EDIT_FACILITY, facility=facility)
    if bed_type not in BedType.values:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown bed type “%(type)s”.") % {"type": bed_type}
        )
    if total < 0 or (occupied is not None and occupied < 0):
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Bed numbers cannot be negative."))
    with transaction.atomic():
        beds = (
            BedCapacity.objects.select_for_update()
            .filter(facility=facility, bed_type=bed_type)
            .first()
        )
        before = snapshot(beds) if beds else None
        stored = beds.occupied if beds is not None else 0
        if occupied is None:
            occupied = stored
        elif occupied != stored and not jurisdiction.can(
            Capability.UPDATE_OCCUPANCY, facility=facility
        ):
            raise ServiceError(
                ErrorCode.FORBIDDEN,
                _("Only the manager of %(facility)s updates its beds in use.")
                % {"facility": facility.name},
            )
        if occupied > total:
            raise ServiceError(
                ErrorCode.INVALID_INPUT,
                _("Occupied beds (%(occupied)d) exceed the total (%(total)d).")
                % {"occupied": occupied, "total": total},
            )
        if beds is not None and occupied + beds.held > total:
            raise ServiceError(
                ErrorCode.INVALID_INPUT,
                _(
                    "Occupied beds (%(occupied)d) and beds held for referred patients "
                    "(%(held)d) exceed the total (%(total)d)."
                )
                % {"occupied": occupied, "held": beds.held, "total": total},
            )
        if beds is None:
            beds = BedCapacity(facility=facility, bed_type=bed_type, is_demo=is_demo)
        beds.total, beds.occupied = total, occupied
        beds.save()
        record_change(
            actor=actor,
            action="facilities.set_bed_capacity",
            obj=beds,
            area=facility.area,
            facility=facility,
            before=before,
            after=snapshot(beds),
        )
    return beds


def set_bed_capacities(
    facility: Facility, beds: dict[str, tuple[int, int | None]], *, actor: Any
) -> list[BedCapacity]:
    """Set several bed types at once ({bed_type: (total, occupied or None)}): all or none.

    A refusal lists every bad bed type in ``details`` ({"bed_type", "message"}), so a form
    can show each error next to its row, and nothing of the form is stored.
    """
    errors: list[dict[str, str]] = []
    saved: list[BedCapacity] = []
    with transaction.atomic():
        for bed_type, (total, occupied) in beds.items():
            try:
                with transaction.atomic():
                    saved.append(
                        set_bed_capacity(
                            facility, bed_type, total=total, occupied=occupied, actor=actor
                        )
                    )
            except ServiceError as exc:
                if exc.code != ErrorCode.INVALID_INPUT:
                    raise
                errors.append({"bed_type": bed_type, "message": str(exc.message)})
        if errors:
            transaction.set_rollback(True)
    if errors:
        raise ServiceError(ErrorCode.INVALID_INPUT, details=errors)
    return saved


def set_bed_reserve_policy(
    province: AdminUnit,
    *,
    reserved_share: Any,
    applies_to: str,
    document: str,
    effective_from: Any,
    source: Any = None,
    actor: Any,
) -> Any:
    from .models import BedReservePolicy

    accessible_to(actor).require(Capability.EDIT_FACILITY, unit=province)
    with transaction.atomic():
        policy, created = BedReservePolicy.objects.get_or_create(
            province=province,
            document=document,
            effective_from=effective_from,
            defaults={"reserved_share": reserved_share, "applies_to": applies_to, "source": source},
        )
        if created:
            record_change(
                actor=actor,
                action="facilities.set_bed_reserve_policy",
                obj=policy,
                area=province,
                after=snapshot(policy),
            )
    return policy
