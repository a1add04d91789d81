"""REST API of support between provinces: needs, offers, allocation, shipments, stock."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit

from . import queries, services
from .models import HolderKind

router = Router(tags=["support"])


class NeedOut(Schema):
    id: int
    area_id: int
    facility_id: int | None
    item: str
    quantity: int
    allocated_quantity: int
    urgency: int
    reason: str
    status: str
    is_suggested: bool


class NeedIn(Schema):
    area_id: int
    item: str
    quantity: int = Field(..., gt=0)
    urgency: int = Field(..., ge=1, le=5)
    reason: str = ""


@router.get("/needs", response=list[NeedOut])
def list_needs(request: HttpRequest) -> Any:
    queries.require_view(request.user)
    return list(queries.needs_for(request.user)[:1000])


@router.post("/needs", response={201: NeedOut})
def raise_need(request: HttpRequest, payload: NeedIn) -> Any:
    area = AdminUnit.objects.filter(pk=payload.area_id).first()
    if area is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    need = services.raise_need(
        area,
        payload.item,
        payload.quantity,
        payload.urgency,
        reason=payload.reason,
        actor=request.user,
    )
    return Status(201, need)


class OfferOut(Schema):
    id: int
    donor: str
    item: str
    quantity: int
    allocated_quantity: int
    recipient_ids: list[int]
    available_from: dt.date | None
    available_until: dt.date | None

    @staticmethod
    def resolve_donor(obj: Any) -> str:
        return str(obj.donor.name)

    @staticmethod
    def resolve_recipient_ids(obj: Any) -> list[int]:
        return [r.pk for r in obj.recipients.all()]


class OfferIn(Schema):
    donor_name: str
    donor_kind: HolderKind = HolderKind.DONOR
    item: str
    quantity: int = Field(..., gt=0)
    recipient_ids: list[int] = []
    available_from: dt.date | None = None
    available_until: dt.date | None = None
    value_vnd: int | None = Field(None, ge=0)


@router.get("/offers", response=list[OfferOut])
def list_offers(request: HttpRequest) -> Any:
    queries.require_view(request.user)
    return list(queries.offers_for(request.user)[:1000])


@router.post("/offers", response={201: OfferOut})
def create_offer(request: HttpRequest, payload: OfferIn) -> Any:
    recipients = list(AdminUnit.objects.filter(pk__in=payload.recipient_ids))
    if len(recipients) != len(set(payload.recipient_ids)):
        raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    offer = services.create_offer(
        donor_name=payload.donor_name,
        donor_kind=payload.donor_kind,
        item=payload.item,
        quantity=payload.quantity,
        recipients=recipients,
        available_from=payload.available_from,
        available_until=payload.available_until,
        value_vnd=payload.value_vnd,
        actor=request.user,
    )
    return Status(201, offer)


class AllocationOut(Schema):
    id: int
    offer_id: int
    need_id: int
    quantity: int
    explanation: str
    is_override: bool
    override_reason: str
    shipment_id: int

    @staticmethod
    def resolve_shipment_id(obj: Any) -> int:
        return int(obj.shipment.pk)


@router.post("/allocate", response=list[AllocationOut])
def allocate(request: HttpRequest) -> Any:
    return services.allocate_offers(actor=request.user)


class ShipmentOut(Schema):
    id: int
    offer_id: int
    area_id: int
    item: str
    quantity: int
    received_quantity: int
    returned_quantity: int
    status: str
    discrepancy_note: str


class ReceiptIn(Schema):
    quantity: int = Field(..., gt=0)
    note: str = ""


def _shipment(request: HttpRequest, shipment_id: int) -> Any:
    shipment = queries.shipments_for(request.user).filter(pk=shipment_id).first()
    if shipment is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    return shipment


@router.get("/shipments", response=list[ShipmentOut])
def list_shipments(request: HttpRequest) -> Any:
    queries.require_view(request.user)
    return list(queries.shipments_for(request.user)[:1000])


@router.post("/shipments/{shipment_id}/dispatch", response=ShipmentOut)
def dispatch(request: HttpRequest, shipment_id: int) -> Any:
    return services.dispatch_shipment(_shipment(request, shipment_id), actor=request.user)


@router.post("/shipments/{shipment_id}/receive", response=ShipmentOut)
def receive(request: HttpRequest, shipment_id: int, payload: ReceiptIn) -> Any:
    return services.receive_shipment(
        _shipment(request, shipment_id),
        payload.quantity,
        note=payload.note,
        actor=request.user,
    )


class StockOut(Schema):
    holder: str
    item: str
    quantity: int
    minimum_level: int
    daily_use: float
    days_of_supply: float | None
    is_low: bool


@router.get("/stock", response=list[StockOut])
def list_stock(request: HttpRequest) -> Any:
    queries.require_view(request.user)
    return [
        {
            "holder": r.stock.holder.name,
            "item": r.stock.item,
            "quantity": r.stock.quantity,
            "minimum_level": r.stock.minimum_level,
            "daily_use": r.daily_use,
            "days_of_supply": r.days_left,
            "is_low": r.is_low,
        }
        for r in queries.stock_for(request.user)
    ]


class OverrideIn(Schema):
    offer_id: int
    need_id: int
    quantity: int = Field(..., gt=0)
    reason: str


@router.post("/allocations", response={201: AllocationOut})
def allocate_manually(request: HttpRequest, payload: OverrideIn) -> Any:
    """A coordinator's override of the optimiser, with its reason."""
    offer = queries.offers_for(request.user).filter(pk=payload.offer_id).first()
    need = queries.needs_for(request.user).filter(pk=payload.need_id).first()
    if offer is None or need is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    allocation = services.allocate_manually(
        offer, need, payload.quantity, reason=payload.reason, actor=request.user
    )
    return Status(201, allocation)


class ReturnIn(Schema):
    quantity: int = Field(..., gt=0)


@router.post("/shipments/{shipment_id}/return", response=ShipmentOut)
def return_loan(request: HttpRequest, shipment_id: int, payload: ReturnIn) -> Any:
    return services.return_shipment(
        _shipment(request, shipment_id), payload.quantity, actor=request.user
    )


class MovementIn(Schema):
    item: str
    kind: str
    quantity: int
    reason: str = ""


@router.post("/stock/{holder_id}/movements", response={201: StockOut})
def record_movement(request: HttpRequest, holder_id: int, payload: MovementIn) -> Any:
    holder = queries.holders_for(request.user).filter(pk=holder_id).first()
    if holder is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    services.record_stock_movement(
        holder,
        payload.item,
        payload.kind,
        payload.quantity,
        reason=payload.reason,
        actor=request.user,
    )
    row = next(
        r
        for r in queries.stock_for(request.user)
        if r.stock.holder_id == holder.pk and r.stock.item == payload.item
    )
    return Status(
        201,
        {
            "holder": holder.name,
            "item": row.stock.item,
            "quantity": row.stock.quantity,
            "minimum_level": row.stock.minimum_level,
            "daily_use": row.daily_use,
            "days_of_supply": row.days_left,
            "is_low": row.is_low,
        },
    )


class MemberIn(Schema):
    role: str
    headcount: int = Field(1, gt=0)
    qualification: str = ""


class DeploymentIn(Schema):
    team_name: str
    origin: str
    area_id: int
    members: list[MemberIn]
    starts_on: dt.date | None = None
    planned_end: dt.date | None = None
    until_controlled: bool = False
    replaces_id: int | None = None


class DeploymentOut(Schema):
    id: int
    team_name: str
    origin: str
    area_id: int
    status: str
    starts_on: dt.date | None
    planned_end: dt.date | None
    ended_on: dt.date | None
    headcount: int


@router.get("/deployments", response=list[DeploymentOut])
def list_deployments(request: HttpRequest) -> Any:
    queries.require_view(request.user)
    return list(queries.deployments_for(request.user)[:1000])


@router.post("/deployments", response={201: DeploymentOut})
def deploy_team(request: HttpRequest, payload: DeploymentIn) -> Any:
    area = AdminUnit.objects.filter(pk=payload.area_id).first()
    if area is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    replaces = None
    if payload.replaces_id is not None:
        replaces = queries.deployments_for(request.user).filter(pk=payload.replaces_id).first()
        if replaces is None:
            raise ServiceError(ErrorCode.NOT_FOUND)
    deployment = services.deploy_team(
        team_name=payload.team_name,
        origin=payload.origin,
        area=area,
        members=[(m.role, m.headcount, m.qualification) for m in payload.members],
        starts_on=payload.starts_on,
        planned_end=payload.planned_end,
        until_controlled=payload.until_controlled,
        replaces=replaces,
        actor=request.user,
    )
    return Status(201, deployment)


@router.post("/deployments/{deployment_id}/end", response=DeploymentOut)
def end_deployment(request: HttpRequest, deployment_id: int) -> Any:
    deployment = queries.deployments_for(request.user).filter(pk=deployment_id).first()
    if deployment is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    services.end_deployment(deployment, actor=request.user)
    deployment.refresh_from_db()
    return deployment
