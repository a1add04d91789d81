from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from chongdich.errors import ErrorCode, ServiceError

from . import services
from .queries import editable_facility, facilities_for

router = Router(tags=["facilities"])


class BedsOut(Schema):
    bed_type: str
    total: int
    occupied: int
    is_demo: bool


class FacilityOut(Schema):
    id: int
    name: str
    kind: str
    tier: int
    is_public: bool
    area_id: int
    is_demo: bool
    beds: list[BedsOut]

    @staticmethod
    def resolve_beds(obj: Any) -> list[Any]:
        return list(obj.beds.all())


@router.get("/", response=list[FacilityOut])
def list_facilities(request: HttpRequest) -> Any:
    return list(facilities_for(request.user).prefetch_related("beds"))


class BedsIn(Schema):
    total: int
    # Left out: unchanged. Only the facility's manager may change it (403 "forbidden").
    occupied: int | None = None


@router.put("/{facility_id}/beds/{bed_type}", response=BedsOut)
def set_beds(request: HttpRequest, facility_id: int, bed_type: str, payload: BedsIn) -> Any:
    facility = editable_facility(request.user, facility_id)
    if facility is None:
        # Same answer whether it does not exist or is not yours: no probing of other provinces.
        if facilities_for(request.user).filter(pk=facility_id).exists():
            raise ServiceError(ErrorCode.FORBIDDEN)
        raise ServiceError(ErrorCode.NOT_FOUND)
    return services.set_bed_capacity(
        facility, bed_type, total=payload.total, occupied=payload.occupied, actor=request.user
    )
