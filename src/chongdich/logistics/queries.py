"""Scoped reads of support between provinces: boards, stock, shipments, teams, ledger."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import F, QuerySet, Sum

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to, visible_to
from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit

from .catalogue import CATALOGUE
from .models import (
    Deployment,
    DeploymentStatus,
    Holder,
    Need,
    NeedStatus,
    Offer,
    Shipment,
    ShipmentStatus,
    StockLevel,
    SupportItemCode,
)
from .services import burn_rate

ARRIVED = (ShipmentStatus.RECEIVED, ShipmentStatus.PARTIALLY_RECEIVED, ShipmentStatus.RETURNED)


def require_view(user: Any) -> None:
    accessible_to(user).require(Capability.VIEW)


def holders_for(user: Any, capability: Capability = Capability.VIEW) -> QuerySet[Holder]:
    """Holders reaching an area or facility the user may see; the national reserve, donors
    and companies only for coordinators."""
    holders = Holder.objects.select_related("area", "facility")
    if accessible_to(user).can(Capability.COORDINATE_SUPPORT):
        return holders
    return visible_to(holders, user, capability)


def needs_for(user: Any, province: AdminUnit | None = None) -> QuerySet[Need]:
    needs = visible_to(Need.objects.all(), user).select_related("area", "facility")
    return needs.filter(area__province=province) if province else needs


def offers_for(user: Any) -> QuerySet[Offer]:
    """Offers are not scoped data: every user with a role sees what donors put forward (a
    province must see what it may ask for); a user with no role sees none."""
    jurisdiction = accessible_to(user)
    if not jurisdiction.has_assignment:
        return Offer.objects.none()
    return (
        Offer.objects.filter(is_withdrawn=False)
        .select_related("donor", "source")
        .prefetch_related("recipients")
    )


def shipments_for(user: Any, province: AdminUnit | None = None) -> QuerySet[Shipment]:
    shipments = visible_to(Shipment.objects.all(), user).select_related(
        "offer__donor", "offer__source", "recipient", "area", "allocation"
    )
    return shipments.filter(area__province=province) if province else shipments


def deployments_for(user: Any, province: AdminUnit | None = None) -> QuerySet[Deployment]:
    teams = (
        visible_to(Deployment.objects.all(), user)
        .select_related("area", "facility", "source")
        .prefetch_related("members")
    )
    return teams.filter(area__province=province) if province else teams


@dataclass
class BoardRow:
    item: str
    label: str
    unit: str
    needed: int = 0  # open needs, what is not yet allocated
    allocated: int = 0
    offered: int = 0  # offers not yet allocated
    delivered: int = 0

    @property
    def gap(self) -> int:
        return max(self.needed - self.offered, 0)


def board(user: Any, province: AdminUnit | None = None) -> list[BoardRow]:
    """Per item: what is still needed, allocated, still on offer, and delivered."""
    rows = {
        code: BoardRow(code, str(label), str(CATALOGUE[code].unit))
        for code, label in SupportItemCode.choices
    }
    open_needs = needs_for(user, province).filter(status=NeedStatus.OPEN)
    for item, left in open_needs.values_list("item").annotate(
        left=Sum(F("quantity") - F("allocated_quantity"))
    ):
        rows[item].needed = left or 0
    for item, allocated in (
        needs_for(user, province).values_list("item").annotate(a=Sum("allocated_quantity"))
    ):
        rows[item].allocated = allocated or 0
    offers = offers_for(user)
    if province is not None:
        offers = offers.exclude(recipients__isnull=False) | offers.filter(recipients=province)
    for item, left in offers.values_list("item").annotate(
        left=Sum(F("quantity") - F("allocated_quantity"))
    ):
        rows[item].offered = left or 0
    for item, received in (
        shipments_for(user, province)
        .filter(status__in=ARRIVED)
        .values_list("item")
        .annotate(r=Sum("received_quantity"))
    ):
        rows[item].delivered = received or 0
    return [r for r in rows.values() if r.needed or r.allocated or r.offered or r.delivered]


@dataclass
class TeamCounts:
    teams: int
    people: int


def team_counts(user: Any, province: AdminUnit | None = None) -> TeamCounts:
    active = deployments_for(user, province).filter(status=DeploymentStatus.ACTIVE)
    people = sum(d.headcount for d in active)
    return TeamCounts(len(active), people)


@dataclass
class StockRow:
    stock: StockLevel
    daily_use: float
    days_left: float | None

    @property
    def is_low(self) -> bool:
        return self.stock.is_low or (self.days_left is not None and self.days_left < 7)


def stock_for(user: Any, province: AdminUnit | None = None) -> list[StockRow]:
    stocks = visible_to(StockLevel.objects.all(), user).select_related("holder", "holder__area")
    if province is not None:
        stocks = stocks.filter(holder__area__province=province)
    rows = []
    for stock in stocks.order_by("holder__name", "item"):
        rate = burn_rate(stock)
        rows.append(StockRow(stock, rate, stock.quantity / rate if rate > 0 else None))
    # Oxygen first: "the most important is oxygen" (seed 001); then the lowest cover.
    return sorted(
        rows,
        key=lambda r: (
            "oxygen" not in r.stock.item,
            r.days_left if r.days_left is not None else float("inf"),
        ),
    )


@dataclass
class LedgerRow:
    donor: str
    recipient: str
    item: str
    label: str
    quantity: int
    value_vnd: int | None  # money, or in-kind value the donor stated; None when not stated
    source_title: str
    source_url: str


def donation_ledger(user: Any, province: AdminUnit | None = None) -> list[LedgerRow]:
    """What arrived, per donor and recipient; in-kind value only where the donor stated it
    (no price list is invented)."""
    labels = dict(SupportItemCode.choices)
    rows = []
    for s in shipments_for(user, province).filter(status__in=ARRIVED).order_by("id"):
        offer = s.offer
        if s.item == SupportItemCode.MONEY_VND:
            value: int | None = s.received_quantity
        elif offer.value_vnd is not None:
            value = offer.value_vnd * s.received_quantity // offer.quantity
        else:
            value = None
        rows.append(
            LedgerRow(
                offer.donor.name,
                s.recipient.name,
                s.item,
                str(labels[s.item]),
                s.received_quantity,
                value,
                offer.source.title if offer.source else "",
                offer.source.url if offer.source else "",
            )
        )
    return rows


def ledger_totals(rows: list[LedgerRow]) -> dict[str, int]:
    """Total VND stated per donor."""
    totals: dict[str, int] = {}
    for r in rows:
        if r.value_vnd is not None:
            totals[r.donor] = totals.get(r.donor, 0) + r.value_vnd
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


def province_by_code(code: str) -> AdminUnit:
    from chongdich.errors import ErrorCode

    unit = AdminUnit.objects.filter(map_version="legacy", level="province", code=code).first()
    if unit is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    return unit
