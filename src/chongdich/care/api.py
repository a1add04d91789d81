"""The care API: check-ins (by the patient's token or the station's session), the referral
queue and its actions, ambulances, and the capacity board."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.security import APIKeyHeader, django_auth

from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel

from . import services
from .models import Episode, EpisodeStatus, ReferralRequest
from .queries import ambulances_for, capacity_board, episode_for, home_patients, referral_queue

router = Router(tags=["care"])


class CheckinToken(APIKeyHeader):
    """The patient's phone sends its episode's token in ``X-Checkin-Token``."""

    param_name = "X-Checkin-Token"

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        if not key:
            return None
        episode = (
            Episode.objects.select_related("case__commune__province", "commune")
            .filter(checkin_token=key, status=EpisodeStatus.ACTIVE)
            .first()
        )
        if episode is None:
            return None
        request.care_episode = episode  # type: ignore[attr-defined]
        return services.PatientActor(episode.pk)


class CheckinIn(Schema):
    idempotency_key: str
    measured_at: dt.datetime | None = None
    spo2: int | None = None
    pulse: int | None = None
    respiratory_rate: int | None = None
    temperature: float | None = None
    symptoms: list[str] = []


class CheckinOut(Schema):
    id: int
    episode_id: int
    idempotency_key: str
    measured_at: dt.datetime
    severity: str
    warnings: list[str]
    action: str
    rule_set: str
    created: bool


@router.post(
    "/episodes/{episode_id}/checkins",
    response={200: CheckinOut, 201: CheckinOut},
    auth=[CheckinToken(), django_auth],
)
def submit_checkin(request: HttpRequest, episode_id: int, payload: CheckinIn) -> Any:
    actor = request.auth  # type: ignore[attr-defined]
    if isinstance(actor, services.PatientActor):
        episode = request.care_episode  # type: ignore[attr-defined]
        if episode.pk != episode_id:
            raise ServiceError(ErrorCode.FORBIDDEN)
    else:
        actor = request.user
        found = episode_for(actor, episode_id)
        if found is None:
            raise ServiceError(ErrorCode.NOT_FOUND)
        episode = found
    values = payload.dict(exclude={"idempotency_key", "measured_at"})
    checkin, created = services.submit_checkin(
        episode,
        idempotency_key=payload.idempotency_key,
        measured_at=payload.measured_at,
        values=values,
        actor=actor,
    )
    body = {
        "id": checkin.pk,
        "episode_id": checkin.episode_id,
        "idempotency_key": checkin.idempotency_key,
        "measured_at": checkin.measured_at,
        "severity": checkin.severity,
        "warnings": checkin.warnings,
        "action": checkin.action,
        "rule_set": checkin.rule_set,
        "created": created,
    }
    return Status(201 if created else 200, body)


class EpisodeOut(Schema):
    id: int
    case_id: int
    commune_id: int
    place: str
    status: str
    severity: str
    warnings: list[str]
    last_checkin_at: dt.datetime | None


class HomeCareIn(Schema):
    case_id: int
    started_at: dt.datetime | None = None
    # The home conditions asked on the first visit (QĐ 4038/261); omitted = not known.
    can_self_care: bool | None = None
    has_phone: bool | None = None
    has_caregiver: bool | None = None


class HomeCareOut(EpisodeOut):
    checkin_token: str  # handed to the patient's phone once, for its check-ins


@router.post("/episodes", response={201: HomeCareOut})
def start_home_care(request: HttpRequest, payload: HomeCareIn) -> Any:
    """The commune station takes a confirmed case into home care."""
    from chongdich.accounts.roles import Capability
    from chongdich.accounts.scoping import visible_to
    from chongdich.surveillance.models import Case

    case = visible_to(Case.objects.all(), request.user, Capability.EDIT_SURVEILLANCE).filter(
        pk=payload.case_id
    )
    found = case.select_related("commune").first()
    if found is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    episode = services.start_home_care(
        found,
        started_at=payload.started_at,
        can_self_care=payload.can_self_care,
        has_phone=payload.has_phone,
        has_caregiver=payload.has_caregiver,
        actor=request.user,
    )
    return Status(201, episode)


@router.get("/home-patients", response=list[EpisodeOut])
def list_home_patients(request: HttpRequest) -> Any:
    return list(home_patients(request.user))


class ReferralOut(Schema):
    id: int
    episode_id: int
    severity: str
    tier: int
    bed_type: str
    status: str
    requested_at: dt.datetime
    facility_id: int | None
    km: float | None


@router.get("/referrals", response=list[ReferralOut])
def list_referrals(request: HttpRequest) -> Any:
    return list(referral_queue(request.user))


def _referral(request: HttpRequest, referral_id: int) -> ReferralRequest:
    found = referral_queue(request.user).filter(pk=referral_id).first()
    if found is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    return found


class PlanOut(Schema):
    held: list[ReferralOut]
    unassigned: list[int]
    total_km: float
    # What the plan minimised: "minutes" (a loaded travel-time matrix covers every pair of
    # the plan) or "km" (great-circle, between centroids); travel_note says why.
    metric: str
    total_minutes: float | None
    travel_note: str
    method: str


class PlanIn(Schema):
    province: str | None = None  # legacy province code; none: everything the user coordinates


@router.post("/referrals/plan", response=PlanOut)
def plan(request: HttpRequest, payload: PlanIn) -> Any:
    province = None
    if payload.province:
        province = AdminUnit.objects.filter(
            map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE, code=payload.province
        ).first()
        if province is None:
            raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    return services.plan_referrals(province=province, actor=request.user)


@router.post("/referrals/{referral_id}/confirm", response=ReferralOut)
def confirm(request: HttpRequest, referral_id: int) -> Any:
    return services.confirm_admission(_referral(request, referral_id), actor=request.user)


@router.post("/referrals/{referral_id}/release", response=ReferralOut)
def release(request: HttpRequest, referral_id: int) -> Any:
    return services.release_bed(_referral(request, referral_id), actor=request.user)


class DispatchOut(Schema):
    id: int
    ambulance_id: int
    referral_id: int
    km_to_patient: float


@router.post("/referrals/{referral_id}/dispatch", response=DispatchOut)
def dispatch(request: HttpRequest, referral_id: int) -> Any:
    return services.dispatch_ambulance(_referral(request, referral_id), actor=request.user)


class AmbulanceOut(Schema):
    id: int
    name: str
    plate: str
    base_id: int
    status: str
    is_demo: bool


@router.get("/ambulances", response=list[AmbulanceOut])
def list_ambulances(request: HttpRequest) -> Any:
    return list(ambulances_for(request.user))


class CapacityOut(Schema):
    area_id: int
    name: str
    total: int
    occupied: int
    held: int
    free: int
    beds: dict[str, dict[str, int]]
    reserved_beds: int | None
    reserve_exceeded: bool | None
    is_demo: bool


@router.get("/capacity", response=list[CapacityOut])
def capacity(request: HttpRequest) -> Any:
    return [
        {
            "area_id": row.area.pk,
            "name": row.area.name,
            "total": row.total,
            "occupied": row.occupied,
            "held": row.held,
            "free": row.free,
            "beds": row.beds,
            "reserved_beds": row.reserved_beds,
            "reserve_exceeded": row.reserve_exceeded,
            "is_demo": row.is_demo,
        }
        for row in capacity_board(request.user)
    ]
