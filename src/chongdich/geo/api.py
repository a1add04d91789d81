from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.errors import ErrorCode, ServiceError

from . import queries, services
from .models import AdminUnit, MapVersion, UnitLevel
from .reference import read_boundaries

router = Router(tags=["geo"])


class UnitOut(Schema):
    id: int
    map_version: str
    level: str
    code: str
    name: str
    unit_type: str
    parent_id: int | None
    province_id: int | None
    latitude: float | None
    longitude: float | None
    population: int | None
    population_series: str
    population_is_estimate: bool


@router.get("/summary")
def summary(request: HttpRequest) -> dict[str, dict[str, int]]:
    return queries.unit_counts()


@router.get("/units", response=list[UnitOut])
def units(
    request: HttpRequest,
    map_version: MapVersion = MapVersion.LEGACY,
    level: UnitLevel = UnitLevel.PROVINCE,
    parent_id: int | None = None,
) -> Any:
    accessible_to(request.user).require(Capability.VIEW)
    qs = AdminUnit.objects.filter(map_version=map_version, level=level)
    if parent_id is not None:
        qs = qs.filter(parent_id=parent_id)
    return list(qs[:20000])


@router.get("/units/{map_version}/{level}/{code}", response=UnitOut)
def unit(request: HttpRequest, map_version: MapVersion, level: UnitLevel, code: str) -> Any:
    accessible_to(request.user).require(Capability.VIEW)
    found = queries.find_unit(map_version, level, code)
    if found is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT, details=[{"code": code}])
    return found


@router.get("/boundaries/{map_version}")
def boundaries(request: HttpRequest, map_version: MapVersion) -> Any:
    return read_boundaries(map_version)


class PopulationImportOut(Schema):
    rows: int
    created: int
    updated: int


class PopulationImportIn(Schema):
    csv: str
    map_version: MapVersion = MapVersion.LEGACY


@router.post("/populations", response=PopulationImportOut)
def import_populations(request: HttpRequest, payload: PopulationImportIn) -> Any:
    return services.import_commune_populations(
        payload.csv, actor=request.user, map_version=payload.map_version
    )
