from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to, visible_to
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit

from . import services
from .queries import cases_for, daily_counts_for, situations_for

router = Router(tags=["surveillance"])


class DailyOut(Schema):
    area_id: int
    date: dt.date
    source: str
    new_cases: int
    new_deaths: int | None


@router.get("/daily", response=list[DailyOut])
def daily(request: HttpRequest, area_id: int | None = None) -> Any:
    accessible_to(request.user).require(Capability.VIEW)
    counts = daily_counts_for(request.user)
    if area_id is not None:
        counts = counts.filter(area_id=area_id)
    return list(counts[:5000])


class SituationOut(Schema):
    area_id: int
    as_of: dt.date
    cumulative_cases: int | None
    new_cases_24h: int | None
    community_cases_24h: int | None
    imported_cases: int | None
    local_cases: int | None
    under_treatment: int | None
    recovered: int | None
    deaths: int | None
    first_dose_pct: float | None
    second_dose_pct: float | None
    communes_at_level_4: int | None
    communes_total: int | None
    source_title: str

    @staticmethod
    def resolve_source_title(obj: Any) -> str:
        return str(obj.source.title)


@router.get("/situations", response=list[SituationOut])
def situations(request: HttpRequest) -> Any:
    accessible_to(request.user).require(Capability.VIEW)
    return list(situations_for(request.user))


class CaseOut(Schema):
    id: int
    full_name: str
    id_number: str
    phone: str
    address: str
    birth_year: int | None
    sex: str
    commune_id: int
    reported_on: dt.date
    outcome: str
    is_demo: bool
    detection_setting: str


class CaseIn(Schema):
    full_name: str
    commune_id: int
    reported_on: dt.date
    id_number: str = ""
    phone: str = ""
    address: str = ""
    birth_year: int | None = None
    sex: str = "unknown"
    detection_setting: str = ""


@router.get("/cases", response=list[CaseOut])
def cases(request: HttpRequest, limit: int = 200) -> Any:
    accessible_to(request.user).require(Capability.VIEW_PERSONAL)
    return list(cases_for(request.user)[: max(1, min(limit, 5000))])


@router.post("/cases", response={201: CaseOut})
def create_case(request: HttpRequest, payload: CaseIn) -> Any:
    commune = AdminUnit.objects.filter(pk=payload.commune_id).first()
    if commune is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    data = payload.dict(exclude={"commune_id"})
    return Status(201, services.create_case(commune=commune, actor=request.user, **data))


@router.get("/sitrep")
def sitrep(request: HttpRequest, area: str, date: dt.date) -> Any:
    """The situation report of an area (``95``, ``2025:<code>``, ``VN``) on a date, with the
    sources of every figure, conflicts, the epi curve and its suspect days."""
    from chongdich.geo.queries import resolve_area_code

    from .sitrep import build_sitrep

    try:
        unit = resolve_area_code(area)
    except LookupError:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT, details=[{"area": area}]) from None
    return build_sitrep(unit, date, user=request.user)


class FigureChoiceIn(Schema):
    area: str
    date: dt.date
    field: str
    source_key: str
    reason: str = ""


@router.post("/sitrep/choices", response={201: dict})
def choose_figure(request: HttpRequest, payload: FigureChoiceIn) -> Any:
    from chongdich.geo.queries import resolve_area_code

    try:
        unit = resolve_area_code(payload.area)
    except LookupError:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT, details=[{"area": payload.area}]) from None
    if unit is None:
        raise ServiceError(ErrorCode.INVALID_INPUT, details=[{"area": "VN"}])
    choice = services.choose_figure(
        unit,
        payload.date,
        payload.field,
        payload.source_key,
        reason=payload.reason,
        actor=request.user,
    )
    return Status(201, {"id": choice.pk, "field": choice.field, "source_key": choice.source_key})


class TestResultIn(Schema):
    commune_id: int
    sampled_on: dt.date
    test_type: str
    is_positive: bool
    site: str = ""
    case_id: int | None = None


class TestResultOut(Schema):
    id: int
    commune_id: int
    sampled_on: dt.date
    test_type: str
    is_positive: bool
    site: str
    case_id: int | None


@router.post("/test-results", response={201: TestResultOut})
def record_test_result(request: HttpRequest, payload: TestResultIn) -> Any:
    from .models import Case

    commune = AdminUnit.objects.filter(pk=payload.commune_id).first()
    if commune is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT, details=[{"commune_id": payload.commune_id}])
    case = None
    if payload.case_id is not None:
        # Only a case the user may see: no way to learn that another province's case exists.
        case = visible_to(Case.objects.all(), request.user).filter(pk=payload.case_id).first()
        if case is None:
            raise ServiceError(ErrorCode.NOT_FOUND, details=[{"case_id": payload.case_id}])
    return Status(
        201,
        services.record_test_result(
            commune=commune,
            sampled_on=payload.sampled_on,
            test_type=payload.test_type,
            is_positive=payload.is_positive,
            site=payload.site,
            case=case,
            actor=request.user,
        ),
    )


@router.get("/positivity")
def positivity(request: HttpRequest, area: str, date_from: dt.date, date_to: dt.date) -> Any:
    """Tests, positives and positivity (95 % Wilson interval) of an area per day, in total
    and per test type (``rt_pcr``, ``antigen``)."""
    from chongdich.geo.queries import resolve_area_code

    from .positivity import positivity_report

    try:
        unit = resolve_area_code(area)
    except LookupError:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT, details=[{"area": area}]) from None
    return positivity_report(unit, date_from, date_to, user=request.user)
