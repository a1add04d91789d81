"""Every write of support between provinces: checked, in one transaction, audited.

Quantities that many people change at once (stock, an offer's allocated quantity, a need's
allocated quantity) change only through conditional ``UPDATE ... SET q = q + n WHERE
<still within limits>`` statements under row locks taken in a fixed order (offers, then
needs, then stock rows by id), never by read-modify-write. Two coordinators allocating the
same offer at once therefore never over-allocate it: the second waits for the first's lock,
then sees what is left.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change, snapshot
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import Jurisdiction, accessible_to
from chongdich.epi import allocation as optimiser
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit

from .catalogue import CATALOGUE
from .models import (
    Allocation,
    Deployment,
    DeploymentMember,
    DeploymentStatus,
    Holder,
    HolderKind,
    MovementKind,
    Need,
    NeedStatus,
    Offer,
    Shipment,
    ShipmentStatus,
    StaffRole,
    StockLevel,
    StockMovement,
    SupportEvent,
    SupportItem,
    SupportItemCode,
)

NOT_STOCKED = {SupportItemCode.MONEY_VND, SupportItemCode.MEDICAL_STAFF}  # ledger / deployments


# ---------------------------------------------------------------- who may act


def _may_act_for(jurisdiction: Jurisdiction, area: AdminUnit | None, facility: Any = None) -> bool:
    """Coordinators act anywhere; a province, district or commune officer for its area; a
    facility manager for its facility."""
    if jurisdiction.can(Capability.COORDINATE_SUPPORT):
        return True
    if facility is not None and jurisdiction.can(Capability.EDIT_FACILITY, facility=facility):
        return True
    return area is not None and jurisdiction.can(Capability.EDIT_SURVEILLANCE, unit=area)


def _require_for(actor: Any, area: AdminUnit | None, facility: Any = None) -> None:
    jurisdiction = accessible_to(actor)
    if not _may_act_for(jurisdiction, area, facility):
        jurisdiction.require(Capability.COORDINATE_SUPPORT)  # raises the fitting refusal


def _check_item(item: str) -> None:
    if item not in SupportItemCode.values:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Unknown item “%(item)s”.") % {"item": item})


def _check_positive(quantity: Any, label: str = "") -> None:
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            _("The quantity must be a whole number above zero, not “%(value)s”.")
            % {"value": quantity},
        )


def _province_of(area: AdminUnit) -> AdminUnit:
    return area.province if area.province_id else area  # type: ignore[return-value]


# ---------------------------------------------------------------- holders and stock


def holder_for(
    *,
    kind: str,
    name: str,
    area: AdminUnit | None = None,
    facility: Any = None,
    actor: Any,
) -> Holder:
    """The holder of that kind and name (in that area), created on first use."""
    if kind not in HolderKind.values:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown holder kind “%(kind)s”.") % {"kind": kind}
        )
    if kind in (HolderKind.PROVINCE, HolderKind.FACILITY):
        _require_for(actor, area, facility)
    with transaction.atomic():
        holder, created = Holder.objects.get_or_create(
            kind=kind, name=name.strip(), area=area, defaults={"facility": facility}
        )
        if created:
            record_change(
                actor=actor,
                action="logistics.create_holder",
                obj=holder,
                area=area,
                after=snapshot(holder),
            )
    return holder


def province_holder(area: AdminUnit, *, actor: Any) -> Holder:
    province = _province_of(area)
    return holder_for(kind=HolderKind.PROVINCE, name=province.name, area=province, actor=actor)


def _facility_holder(facility: Any, *, actor: Any) -> Holder:
    return holder_for(
        kind=HolderKind.FACILITY,
        name=facility.name,
        area=facility.area,
        facility=facility,
        actor=actor,
    )


def _stock_row(holder: Holder, item: str) -> StockLevel:
    stock, _created = StockLevel.objects.get_or_create(holder=holder, item=item)
    return stock


def _move(
    holder: Holder,
    item: str,
    change: int,
    kind: str,
    *,
    actor: Any,
    reason: str = "",
    shipment: Shipment | None = None,
) -> StockMovement:
    """Add ``change`` (signed) to the holder's stock in one conditional UPDATE under the row
    lock; refuse to go below zero. Call inside a transaction."""
    stock = _stock_row(holder, item)
    StockLevel.objects.select_for_update().filter(pk=stock.pk).get()
    changed = StockLevel.objects.filter(pk=stock.pk, quantity__gte=-change).update(
        quantity=F("quantity") + change, updated_at=timezone.now()
    )
    if not changed:
        stock.refresh_from_db()
        raise ServiceError(
            ErrorCode.CONFLICT,
            _("%(holder)s holds only %(have)d of this item; %(asked)d asked.")
            % {"holder": holder.name, "have": stock.quantity, "asked": -change},
        )
    stock.refresh_from_db()
    movement = StockMovement.objects.create(
        stock=stock,
        kind=kind,
        change=change,
        balance_after=stock.quantity,
        reason=reason[:300],
        shipment=shipment,
        actor=actor if getattr(actor, "pk", None) else None,
    )
    record_change(
        actor=actor,
        action=f"logistics.stock_{kind}",
        obj=movement,
        area=holder.area,
        facility=holder.facility,
        after={"holder": holder.pk, "item": item, "change": change, "balance": stock.quantity},
    )
    return movement


SIGNS: dict[str, int] = {
    MovementKind.RECEIPT: 1,
    MovementKind.ISSUE: -1,
    MovementKind.USE: -1,
    MovementKind.LOSS: -1,
    MovementKind.ADJUSTMENT: 1,  # the quantity itself carries the sign
}


def record_stock_movement(
    holder: Holder, item: str, kind: str, quantity: int, *, reason: str = "", actor: Any
) -> StockMovement:
    """A receipt, issue, use, loss or (signed) adjustment of one holder's stock."""
    _require_for(actor, holder.area, holder.facility)
    _check_item(item)
    if kind not in SIGNS:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown movement “%(kind)s”.") % {"kind": kind}
        )
    if kind == MovementKind.ADJUSTMENT:
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity == 0:
            raise ServiceError(ErrorCode.INVALID_INPUT, _("An adjustment must change the stock."))
        if not reason.strip():
            raise ServiceError(ErrorCode.INVALID_INPUT, _("An adjustment needs a reason."))
    else:
        _check_positive(quantity)
    with transaction.atomic():
        return _move(holder, item, SIGNS[kind] * quantity, kind, actor=actor, reason=reason)


def transfer_stock(
    source: Holder,
    destination: Holder,
    item: str,
    quantity: int,
    *,
    reason: str = "",
    actor: Any,
) -> tuple[StockMovement, StockMovement]:
    """Move stock between two holders at once; both rows locked in id order."""
    _require_for(actor, source.area, source.facility)
    _check_item(item)
    _check_positive(quantity)
    if source.pk == destination.pk:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A transfer needs two different holders."))
    with transaction.atomic():
        rows = sorted([_stock_row(source, item).pk, _stock_row(destination, item).pk])
        list(StockLevel.objects.select_for_update().filter(pk__in=rows).order_by("pk"))
        out = _move(source, item, -quantity, MovementKind.TRANSFER_OUT, actor=actor, reason=reason)
        into = _move(
            destination, item, quantity, MovementKind.TRANSFER_IN, actor=actor, reason=reason
        )
    return out, into


def set_minimum_level(holder: Holder, item: str, minimum: int, *, actor: Any) -> StockLevel:
    _require_for(actor, holder.area, holder.facility)
    _check_item(item)
    if isinstance(minimum, bool) or not isinstance(minimum, int) or minimum < 0:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The minimum level cannot be negative."))
    with transaction.atomic():
        stock = _stock_row(holder, item)
        StockLevel.objects.filter(pk=stock.pk).update(minimum_level=minimum)
        stock.refresh_from_db()
        record_change(
            actor=actor,
            action="logistics.set_minimum_level",
            obj=stock,
            area=holder.area,
            after={"minimum_level": minimum},
        )
    return stock


# ---------------------------------------------------------------- needs


def raise_need(
    area: AdminUnit,
    item: str,
    quantity: int,
    urgency: int,
    *,
    reason: str = "",
    facility: Any = None,
    is_suggested: bool = False,
    is_demo: bool = False,
    actor: Any,
) -> Need:
    _require_for(actor, area, facility)
    _check_item(item)
    _check_positive(quantity)
    if isinstance(urgency, bool) or not isinstance(urgency, int) or not 1 <= urgency <= 5:
        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            _("Urgency runs from 1 to 5, not “%(value)s”.") % {"value": urgency},
        )
    with transaction.atomic():
        need = Need.objects.create(
            area=area,
            facility=facility,
            item=item,
            quantity=quantity,
            urgency=urgency,
            reason=reason[:300],
            is_suggested=is_suggested,
            is_demo=is_demo,
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        record_change(
            actor=actor,
            action="logistics.raise_need",
            obj=need,
            area=area,
            facility=facility,
            after=snapshot(need),
        )
    return need


def cancel_need(need: Need, *, actor: Any) -> Need:
    _require_for(actor, need.area, need.facility)
    with transaction.atomic():
        Need.objects.select_for_update().filter(pk=need.pk).get()
        Need.objects.filter(pk=need.pk).update(status=NeedStatus.CANCELLED)
        need.refresh_from_db()
        record_change(actor=actor, action="logistics.cancel_need", obj=need, area=need.area)
    return need


# Days of supply below which a stock gap becomes a suggested need, and its urgency. Our
# operating choice (no regulation sets them): 3 days is the oxygen re-supply time the
# provinces of seed 001 describe as critical; a 14-day cover is one outbreak doubling period.
SUGGEST_BELOW_DAYS = 7
CRITICAL_DAYS = 3
COVER_DAYS = 14
BURN_WINDOW_DAYS = 7


def burn_rate(stock: StockLevel, *, today: dt.date | None = None) -> float:
    """Average daily use over the last week (``use`` movements)."""
    since = timezone.now() - dt.timedelta(days=BURN_WINDOW_DAYS)
    used = sum(
        -m.change for m in stock.movements.filter(kind=MovementKind.USE, created_at__gte=since)
    )
    return used / BURN_WINDOW_DAYS


def days_of_supply(stock: StockLevel) -> float | None:
    rate = burn_rate(stock)
    return stock.quantity / rate if rate > 0 else None


def suggest_needs(area: AdminUnit, *, actor: Any) -> list[Need]:
    """Raise suggested needs for the stock gaps of the area's province and facilities: stock
    under its minimum level, or under a week of supply at the last week's burn rate."""
    _require_for(actor, area)
    province = _province_of(area)
    suggested = []
    stocks = StockLevel.objects.filter(holder__area__province=province).select_related(
        "holder", "holder__facility"
    )
    for stock in stocks:
        days = days_of_supply(stock)
        cover = math.ceil(burn_rate(stock) * COVER_DAYS) if days is not None else 0
        gap = max(stock.minimum_level, cover) - stock.quantity
        if gap <= 0 or (days is not None and days >= SUGGEST_BELOW_DAYS and not stock.is_low):
            continue
        if Need.objects.filter(
            area=stock.holder.area,
            facility=stock.holder.facility,
            item=stock.item,
            status=NeedStatus.OPEN,
        ).exists():
            continue
        urgency = 5 if days is not None and days < CRITICAL_DAYS else 4 if days else 3
        reason = (
            _("Stock %(have)d under minimum %(minimum)d")
            % {"have": stock.quantity, "minimum": stock.minimum_level}
            if days is None
            else _("%(days).1f days of supply left") % {"days": days}
        )
        suggested.append(
            raise_need(
                stock.holder.area or province,
                stock.item,
                gap,
                urgency,
                reason=reason,
                facility=stock.holder.facility,
                is_suggested=True,
                actor=actor,
            )
        )
    return suggested


# ---------------------------------------------------------------- offers


def create_offer(
    *,
    donor_name: str,
    item: str,
    quantity: int,
    donor_kind: str = HolderKind.DONOR,
    donor_area: AdminUnit | None = None,
    recipients: Iterable[AdminUnit] = (),
    available_from: dt.date | None = None,
    available_until: dt.date | None = None,
    value_vnd: int | None = None,
    detail: str = "",
    source: Any = None,
    actor: Any,
) -> Offer:
    """A donor's pledge, optionally restricted to named recipient provinces and dates."""
    jurisdiction = accessible_to(actor)
    if not jurisdiction.can(Capability.OFFER_SUPPORT):
        jurisdiction.require(Capability.COORDINATE_SUPPORT)
    _check_item(item)
    _check_positive(quantity)
    if not donor_name.strip():
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Name the donor."))
    if available_from and available_until and available_until < available_from:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The offer ends before it starts."))
    named = [_province_of(r) for r in recipients]
    with transaction.atomic():
        donor = Holder.objects.get_or_create(
            kind=donor_kind, name=donor_name.strip(), area=donor_area
        )[0]
        offer = Offer.objects.create(
            donor=donor,
            item=item,
            quantity=quantity,
            available_from=available_from,
            available_until=available_until,
            value_vnd=value_vnd,
            detail=detail[:200],
            source=source,
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        offer.recipients.set(named)
        record_change(
            actor=actor,
            action="logistics.create_offer",
            obj=offer,
            after={**snapshot(offer), "recipients": [u.pk for u in named]},
        )
    return offer


# ---------------------------------------------------------------- allocation


def _distance_km(a: AdminUnit | None, b: AdminUnit | None) -> float | None:
    """Great-circle km between two units' centroids (a lower bound of the road distance)."""
    if a is None or b is None:
        return None
    points = (a.latitude, a.longitude, b.latitude, b.longitude)
    if any(p is None for p in points):
        return None
    lat1, lon1, lat2, lon2 = (math.radians(float(p or 0)) for p in points)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _reserve(offer_id: int, need_id: int, quantity: int) -> None:
    """Take ``quantity`` from the offer and give it to the need, or refuse: both updates
    are conditional, so no interleaving can exceed either."""
    took = Offer.objects.filter(
        pk=offer_id, allocated_quantity__lte=F("quantity") - quantity
    ).update(allocated_quantity=F("allocated_quantity") + quantity)
    gave = took and Need.objects.filter(
        pk=need_id, status=NeedStatus.OPEN, allocated_quantity__lte=F("quantity") - quantity
    ).update(allocated_quantity=F("allocated_quantity") + quantity)
    if not (took and gave):
        raise ServiceError(
            ErrorCode.CONFLICT,
            _("The offer or the need no longer has %(quantity)d left; reload and try again.")
            % {"quantity": quantity},
        )
    Need.objects.filter(pk=need_id, allocated_quantity=F("quantity")).update(
        status=NeedStatus.COVERED
    )


def _commit_allocation(
    offer: Offer,
    need: Need,
    quantity: int,
    explanation: str,
    *,
    actor: Any,
    override_reason: str = "",
    distance_km: float | None = None,
    holders: dict[tuple[int, int | None], Holder] | None = None,
) -> Allocation:
    _reserve(offer.pk, need.pk, quantity)
    allocation = Allocation.objects.create(
        offer=offer,
        need=need,
        quantity=quantity,
        explanation=explanation[:300],
        urgency=need.urgency,
        distance_km=distance_km,
        is_override=bool(override_reason),
        override_reason=override_reason[:300],
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    key = (need.area_id, need.facility_id)
    recipient = (holders or {}).get(key) or (
        _facility_holder(need.facility, actor=actor)
        if need.facility
        else province_holder(need.area, actor=actor)
    )
    if holders is not None:
        holders[key] = recipient  # one lookup per recipient in a national run
    Shipment.objects.create(
        offer=offer,
        allocation=allocation,
        recipient=recipient,
        area=need.area,
        item=need.item,
        quantity=quantity,
        detail=offer.detail,
    )
    record_change(
        actor=actor,
        action="logistics.allocate",
        obj=allocation,
        area=need.area,
        after={
            "offer": offer.pk,
            "need": need.pk,
            "quantity": quantity,
            "why": explanation,
            "override": override_reason,
        },
    )
    return allocation


def _usable_offers(today: dt.date) -> Any:
    return (
        Offer.objects.filter(is_withdrawn=False, allocated_quantity__lt=F("quantity"))
        .exclude(available_from__gt=today)
        .exclude(available_until__lt=today)
    )


def allocate_offers(
    *, actor: Any, item: str | None = None, today: dt.date | None = None
) -> list[Allocation]:
    """Run the optimiser over every open need and every usable offer (what is left of
    them), and store its allocations, each with its explanation and a pledged shipment."""
    accessible_to(actor).require(Capability.COORDINATE_SUPPORT)
    today = today or timezone.localdate()
    with transaction.atomic():
        offer_rows = _usable_offers(today)
        need_rows = Need.objects.filter(
            status=NeedStatus.OPEN, allocated_quantity__lt=F("quantity")
        )
        if item:
            offer_rows, need_rows = offer_rows.filter(item=item), need_rows.filter(item=item)
        # Locks in a fixed order, offers then needs, each by id: no deadlock between two
        # coordinators, and the second one works on what the first left.
        offers = {
            o.pk: o
            for o in offer_rows.select_for_update(of=("self",))
            .select_related("donor__area")
            .order_by("pk")
        }
        needs = {
            n.pk: n for n in need_rows.select_for_update().select_related("area").order_by("pk")
        }
        named: dict[int, set[int]] = {}
        for offer_id, unit_id in Offer.recipients.through.objects.filter(
            offer_id__in=list(offers)
        ).values_list("offer_id", "adminunit_id"):
            named.setdefault(offer_id, set()).add(unit_id)
        provinces = {n.pk: _province_of(n.area) for n in needs.values()}
        # One distance per donor and recipient province (not per offer and need).
        donors = {o.donor_id: o.donor for o in offers.values()}
        targets = {p.pk: p for p in provinces.values()}
        distances: dict[tuple[str, str], float] = {}
        for donor_id, donor in donors.items():
            origin = _province_of(donor.area) if donor.area else None
            for target_id, target in targets.items():
                km = _distance_km(origin, target)
                if km is not None:
                    distances[(str(donor_id), str(target_id))] = round(km, 1)
        result = optimiser.allocate(
            [
                optimiser.Need(n.pk, str(provinces[n.pk].pk), n.item, n.remaining, n.urgency)
                for n in needs.values()
            ],
            [
                optimiser.Offer(
                    o.pk,
                    str(o.donor_id),
                    o.item,
                    o.remaining,
                    frozenset(map(str, named[o.pk])) if o.pk in named else None,
                )
                for o in offers.values()
            ],
            distances,
        )
        holders: dict[tuple[int, int | None], Holder] = {}
        return [
            _commit_allocation(
                offers[int(a.offer)],
                needs[int(a.need)],
                int(a.quantity),
                a.explain(),
                actor=actor,
                distance_km=a.distance_km,
                holders=holders,
            )
            for a in result.allocations
        ]


def allocate_manually(
    offer: Offer, need: Need, quantity: int, *, reason: str, actor: Any
) -> Allocation:
    """A coordinator's override of the optimiser: any open need, with a reason."""
    accessible_to(actor).require(Capability.COORDINATE_SUPPORT)
    _check_positive(quantity)
    if not reason.strip():
        raise ServiceError(ErrorCode.INVALID_INPUT, _("An override needs a reason."))
    if offer.item != need.item:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The offer is not of the item needed."))
    with transaction.atomic():
        offer = Offer.objects.select_for_update().get(pk=offer.pk)
        need = Need.objects.select_for_update().select_related("area").get(pk=need.pk)
        named = set(offer.recipients.values_list("pk", flat=True))
        if named and _province_of(need.area).pk not in named:
            raise ServiceError(
                ErrorCode.INVALID_INPUT, _("The donor reserved this offer for other recipients.")
            )
        return _commit_allocation(
            offer,
            need,
            quantity,
            "coordinator's decision",
            actor=actor,
            override_reason=reason.strip(),
        )


# ---------------------------------------------------------------- shipments


def ship_directly(
    offer: Offer, area: AdminUnit, quantity: int, *, source: Any = None, actor: Any
) -> Shipment:
    """A pledge sent straight to a recipient without a need raised first (how most of the
    seeds' support went): takes the quantity from the offer, under the same guard."""
    jurisdiction = accessible_to(actor)
    if not jurisdiction.can(Capability.OFFER_SUPPORT):
        jurisdiction.require(Capability.COORDINATE_SUPPORT)
    _check_positive(quantity)
    with transaction.atomic():
        offer = Offer.objects.select_for_update().get(pk=offer.pk)
        named = set(offer.recipients.values_list("pk", flat=True))
        if named and _province_of(area).pk not in named:
            raise ServiceError(
                ErrorCode.INVALID_INPUT, _("The donor reserved this offer for other recipients.")
            )
        took = Offer.objects.filter(
            pk=offer.pk, allocated_quantity__lte=F("quantity") - quantity
        ).update(allocated_quantity=F("allocated_quantity") + quantity)
        if not took:
            raise ServiceError(
                ErrorCode.CONFLICT,
                _("The offer no longer has %(quantity)d left.") % {"quantity": quantity},
            )
        shipment = Shipment.objects.create(
            offer=offer,
            recipient=province_holder(area, actor=actor),
            area=area,
            item=offer.item,
            quantity=quantity,
            detail=offer.detail,
            source=source,
        )
        record_change(
            actor=actor,
            action="logistics.ship_directly",
            obj=shipment,
            area=area,
            after=snapshot(shipment),
        )
    return shipment


def _locked_shipment(shipment: Shipment) -> Shipment:
    return (
        Shipment.objects.select_for_update()
        .select_related("offer__donor", "recipient")
        .get(pk=shipment.pk)
    )


def dispatch_shipment(shipment: Shipment, *, at: dt.datetime | None = None, actor: Any) -> Shipment:
    """The donor sends it; if the donor's stock is kept here, it is issued from it."""
    jurisdiction = accessible_to(actor)
    if not jurisdiction.can(Capability.OFFER_SUPPORT):
        jurisdiction.require(Capability.COORDINATE_SUPPORT)
    with transaction.atomic():
        shipment = _locked_shipment(shipment)
        if shipment.status != ShipmentStatus.PLEDGED:
            raise ServiceError(ErrorCode.CONFLICT, _("This shipment has already left."))
        donor = shipment.offer.donor
        if StockLevel.objects.filter(holder=donor, item=shipment.item).exists():
            _move(
                donor,
                shipment.item,
                -shipment.quantity,
                MovementKind.ISSUE,
                actor=actor,
                reason=str(shipment),
                shipment=shipment,
            )
        shipment.status = ShipmentStatus.DISPATCHED
        shipment.dispatched_at = at or timezone.now()
        shipment.save(update_fields=["status", "dispatched_at", "updated_at"])
        record_change(
            actor=actor,
            action="logistics.dispatch_shipment",
            obj=shipment,
            area=shipment.area,
            after=snapshot(shipment),
        )
    return shipment


def receive_shipment(
    shipment: Shipment,
    quantity: int,
    *,
    note: str = "",
    at: dt.datetime | None = None,
    actor: Any,
) -> Shipment:
    """The recipient counts what arrived: adds it to the recipient's stock; less than sent
    is a partial receipt with its discrepancy noted (more arrivals may follow)."""
    _require_for(actor, shipment.area, shipment.recipient.facility)
    _check_positive(quantity)
    with transaction.atomic():
        shipment = _locked_shipment(shipment)
        if shipment.status not in (ShipmentStatus.DISPATCHED, ShipmentStatus.PARTIALLY_RECEIVED):
            raise ServiceError(ErrorCode.CONFLICT, _("This shipment is not on its way."))
        left = shipment.quantity - shipment.received_quantity
        if quantity > left:
            raise ServiceError(
                ErrorCode.INVALID_INPUT,
                _("Only %(left)d are still expected on this shipment.") % {"left": left},
            )
        if shipment.item not in NOT_STOCKED:
            _move(
                shipment.recipient,
                shipment.item,
                quantity,
                MovementKind.RECEIPT,
                actor=actor,
                reason=str(shipment),
                shipment=shipment,
            )
        shipment.received_quantity += quantity
        shipment.received_at = at or timezone.now()
        full = shipment.received_quantity == shipment.quantity
        shipment.status = ShipmentStatus.RECEIVED if full else ShipmentStatus.PARTIALLY_RECEIVED
        if not full:
            missing = shipment.quantity - shipment.received_quantity
            shipment.discrepancy_note = (
                note.strip() or _("%(missing)d not yet received") % {"missing": missing}
            )[:300]
        shipment.save()
        record_change(
            actor=actor,
            action="logistics.receive_shipment",
            obj=shipment,
            area=shipment.area,
            after=snapshot(shipment),
        )
    return shipment


def return_shipment(shipment: Shipment, quantity: int, *, actor: Any) -> Shipment:
    """Give back lent durable items: out of the recipient's stock, back into the donor's
    (when the donor's stock is kept here)."""
    _require_for(actor, shipment.area, shipment.recipient.facility)
    _check_positive(quantity)
    if not CATALOGUE[shipment.item].is_durable:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Consumables are used up, not returned."))
    with transaction.atomic():
        shipment = _locked_shipment(shipment)
        held = shipment.received_quantity - shipment.returned_quantity
        if quantity > held:
            raise ServiceError(
                ErrorCode.INVALID_INPUT,
                _("Only %(held)d of this shipment are held.") % {"held": held},
            )
        _move(
            shipment.recipient,
            shipment.item,
            -quantity,
            MovementKind.RETURN,
            actor=actor,
            reason=str(shipment),
            shipment=shipment,
        )
        donor = shipment.offer.donor
        if StockLevel.objects.filter(holder=donor, item=shipment.item).exists():
            _move(
                donor,
                shipment.item,
                quantity,
                MovementKind.RECEIPT,
                actor=actor,
                reason=str(shipment),
                shipment=shipment,
            )
        shipment.returned_quantity += quantity
        shipment.returned_at = timezone.now()
        if shipment.returned_quantity == shipment.received_quantity:
            shipment.status = ShipmentStatus.RETURNED
        shipment.save()
        record_change(
            actor=actor,
            action="logistics.return_shipment",
            obj=shipment,
            area=shipment.area,
            after=snapshot(shipment),
        )
    return shipment


# ---------------------------------------------------------------- staff deployments


def deploy_team(
    *,
    team_name: str,
    origin: str,
    area: AdminUnit,
    members: list[tuple[str, int, str]],
    starts_on: dt.date | None = None,
    planned_end: dt.date | None = None,
    until_controlled: bool = False,
    facility: Any = None,
    origin_area: AdminUnit | None = None,
    replaces: Deployment | None = None,
    note: str = "",
    source: Any = None,
    actor: Any,
) -> Deployment:
    """Send a team (members as (role, headcount, qualification)); a team that relieves
    another (rotation) ends that one's deployment the day it starts."""
    _require_for(actor, area, facility)
    if not members or any(r not in StaffRole.values or n <= 0 for r, n, _q in members):
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Give each member's role and number."))
    if starts_on and planned_end and planned_end < starts_on:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The deployment ends before it starts."))
    with transaction.atomic():
        deployment = Deployment.objects.create(
            team_name=team_name,
            origin=origin,
            origin_area=origin_area,
            area=area,
            facility=facility,
            starts_on=starts_on,
            planned_end=planned_end,
            until_controlled=until_controlled,
            replaces=replaces,
            note=note[:300],
            source=source,
        )
        DeploymentMember.objects.bulk_create(
            DeploymentMember(deployment=deployment, role=r, headcount=n, qualification=q)
            for r, n, q in members
        )
        if replaces is not None:
            _end(replaces, starts_on or timezone.localdate(), actor)
        record_change(
            actor=actor,
            action="logistics.deploy_team",
            obj=deployment,
            area=area,
            after={**snapshot(deployment), "members": [list(m) for m in members]},
        )
    return deployment


def _end(deployment: Deployment, ended_on: dt.date, actor: Any) -> None:
    Deployment.objects.select_for_update().filter(pk=deployment.pk).get()
    Deployment.objects.filter(pk=deployment.pk).update(
        status=DeploymentStatus.RETURNED, ended_on=ended_on
    )
    record_change(
        actor=actor,
        action="logistics.end_deployment",
        obj=deployment,
        area=deployment.area,
        after={"ended_on": ended_on.isoformat()},
    )


def end_deployment(deployment: Deployment, *, ended_on: dt.date | None = None, actor: Any) -> None:
    """The team goes home."""
    _require_for(actor, deployment.area, deployment.facility)
    with transaction.atomic():
        _end(deployment, ended_on or timezone.localdate(), actor)


# ---------------------------------------------------------------- what the sources state


def record_support_event(
    *,
    donor_name: str,
    recipient: AdminUnit,
    items: list[tuple[str, int, str]],
    date: dt.date | None = None,
    donor_area: AdminUnit | None = None,
    source: Any = None,
    actor: Any,
) -> SupportEvent:
    """Record support a source states was given; the same donor, recipient, source and items
    recorded twice are stored once."""
    jurisdiction = accessible_to(actor)
    if not (
        jurisdiction.can(Capability.COORDINATE_SUPPORT)
        or jurisdiction.can(Capability.EDIT_SURVEILLANCE, unit=recipient)
    ):
        jurisdiction.require(Capability.COORDINATE_SUPPORT)
    for code, quantity, _detail in items:
        if code not in SupportItemCode.values or quantity <= 0:
            raise ServiceError(
                ErrorCode.INVALID_INPUT, _("Bad support item: %(item)s") % {"item": code}
            )
    with transaction.atomic():
        existing = SupportEvent.objects.filter(
            donor_name=donor_name, recipient=recipient, source=source, date=date
        ).prefetch_related("items")
        wanted = sorted((c, q, d) for c, q, d in items)
        for event in existing:
            if sorted((i.item, i.quantity, i.detail) for i in event.items.all()) == wanted:
                return event
        event = SupportEvent.objects.create(
            donor_name=donor_name,
            donor_area=donor_area,
            recipient=recipient,
            date=date,
            source=source,
        )
        SupportItem.objects.bulk_create(
            SupportItem(event=event, item=c, quantity=q, detail=d) for c, q, d in items
        )
        record_change(
            actor=actor,
            action="logistics.record_support_event",
            obj=event,
            area=recipient,
            after={"donor": donor_name, "items": [list(i) for i in items]},
        )
    return event
