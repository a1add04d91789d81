from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status

from chongdich.errors import ErrorCode, ServiceError
from chongdich.facilities.models import Facility
from chongdich.geo.models import AdminUnit

from . import services
from .models import User
from .queries import audit_events, home_summary, manageable_users
from .roles import Capability
from .scoping import accessible_to, visible_to

router = Router(tags=["accounts"])


class AssignmentOut(Schema):
    id: int
    role: str
    role_label: str
    place_label: str


class MeOut(Schema):
    username: str
    display_name: str
    has_assignment: bool
    assignments: list[AssignmentOut]
    capabilities: list[str]


@router.get("/me", response=MeOut)
def me(request: HttpRequest) -> dict[str, Any]:
    summary = home_summary(request.user)
    return {
        "username": request.user.get_username(),
        "display_name": getattr(request.user, "display_name", ""),
        "has_assignment": summary["has_assignment"],
        "assignments": summary["assignments"],
        "capabilities": [c for c, _ in summary["capabilities"]],
    }


class AuditOut(Schema):
    id: int
    created_at: datetime
    actor_label: str
    action: str
    object_type: str
    object_id: str
    object_repr: str
    area_id: int | None
    before: Any = None
    after: Any = None


@router.get("/audit", response=list[AuditOut])
def audit(request: HttpRequest, action: str = "", limit: int = 100) -> Any:
    accessible_to(request.user).require(Capability.VIEW_AUDIT)
    events = audit_events(request.user)
    if action:
        events = events.filter(action__startswith=action)
    return list(events[: max(1, min(limit, 1000))])


class UserOut(Schema):
    id: int
    username: str
    display_name: str


@router.get("/users", response=list[UserOut])
def users(request: HttpRequest) -> Any:
    accessible_to(request.user).require(Capability.MANAGE_ACCOUNTS)
    return list(manageable_users(request.user))


class AssignIn(Schema):
    user_id: int
    role: str
    area_id: int | None = None
    facility_id: int | None = None


@router.post("/assignments", response={201: AssignmentOut})
def assign(request: HttpRequest, payload: AssignIn) -> Status[dict[str, Any]]:
    from .queries import describe_assignment

    accessible_to(request.user).require(Capability.MANAGE_ACCOUNTS)
    user = manageable_users(request.user).filter(pk=payload.user_id).first() or (
        User.objects.filter(pk=payload.user_id, assignments__isnull=True, is_system=False).first()
    )
    if user is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    area = get_object_or_404(AdminUnit, pk=payload.area_id) if payload.area_id else None
    facility = None
    if payload.facility_id:
        facility = (
            visible_to(Facility.objects.all(), request.user, Capability.MANAGE_ACCOUNTS)
            .filter(pk=payload.facility_id)
            .first()
        )
        if facility is None:
            raise ServiceError(ErrorCode.NOT_FOUND)
    assignment = services.assign_role(
        user, payload.role, area=area, facility=facility, actor=request.user
    )
    return Status(201, describe_assignment(assignment))
