from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.errors import ErrorCode, ServiceError

from . import services
from .queries import runs_for, scenarios_for, visible_province, warnings_for

router = Router(tags=["forecasting"])


class RunOut(Schema):
    province_code: str
    province_name: str
    as_of: dt.date
    rt_median: float | None
    rt_low: float | None
    rt_high: float | None
    days_to_first_breach: int | None
    first_breach_resource: str

    @staticmethod
    def resolve_province_code(obj: Any) -> str:
        return str(obj.province.code)

    @staticmethod
    def resolve_province_name(obj: Any) -> str:
        return str(obj.province.name)


class ScenarioOut(Schema):
    id: int
    name: str
    concurrent_cases: int
    tier1_beds: int | None
    tier2_beds: int | None
    icu_beds: int | None
    ventilators: int | None
    oxygen_concentrators: int | None
    staff: int | None
    is_active: bool
    is_demo: bool


class ScenarioIn(Schema):
    name: str
    concurrent_cases: int
    tier1_beds: int | None = None
    tier2_beds: int | None = None
    icu_beds: int | None = None
    ventilators: int | None = None
    oxygen_concentrators: int | None = None
    staff: int | None = None
    is_active: bool = False


class WarningOut(Schema):
    scenario: str
    kind: str
    resource: str
    as_of: dt.date
    breach_date: dt.date
    figure: float
    threshold: float

    @staticmethod
    def resolve_scenario(obj: Any) -> str:
        return str(obj.scenario.name)


def _province(request: HttpRequest, code: str) -> Any:
    accessible_to(request.user).require(Capability.VIEW)
    province = visible_province(request.user, code)
    if province is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    return province


@router.get("/runs", response=list[RunOut])
def list_runs(request: HttpRequest) -> Any:
    accessible_to(request.user).require(Capability.VIEW)
    return list(runs_for(request.user).order_by("province__code"))


@router.get("/provinces/{code}")
def province_forecast(request: HttpRequest, code: str) -> Any:
    """The province's latest forecast: Rt, projection, demand, capacity, breaches."""
    province = _province(request, code)
    run = runs_for(request.user).filter(province=province).first()
    if run is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    return run.payload


@router.get("/provinces/{code}/scenarios", response=list[ScenarioOut])
def list_scenarios(request: HttpRequest, code: str) -> Any:
    province = _province(request, code)
    return list(scenarios_for(request.user).filter(province=province))


@router.post("/provinces/{code}/scenarios", response=ScenarioOut)
def save_scenario(request: HttpRequest, code: str, payload: ScenarioIn) -> Any:
    province = _province(request, code)
    data = payload.dict()
    return services.record_scenario(
        province,
        name=data.pop("name"),
        concurrent_cases=data.pop("concurrent_cases"),
        is_active=data.pop("is_active"),
        actor=request.user,
        **data,
    )


@router.get("/provinces/{code}/warnings", response=list[WarningOut])
def list_warnings(request: HttpRequest, code: str) -> Any:
    province = _province(request, code)
    return list(warnings_for(request.user).filter(province=province))
