"""/api/vaccination/: coverage (as of a date, history), doses, dose files, lots, national."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import File, Router, Schema, Status
from ninja.files import UploadedFile

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit
from chongdich.geo.queries import area_code, resolve_area_code

from . import queries, services
from .dosefile import read_dose_file
from .models import LotSource

router = Router(tags=["vaccination"])


def _unit(code: str, user: Any) -> AdminUnit:
    try:
        unit = resolve_area_code(code)
    except LookupError:
        unit = None
    if unit is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    accessible_to(user).require(Capability.VIEW, unit=unit)
    return unit


class CoverageOut(Schema):
    code: str
    unit: str
    level: str
    as_of: dt.date
    adult_first_dose_pct: float | None
    age50_full_pct: float | None
    population_full_pct: float | None
    high_risk_full_pct: float | None
    source_kind: str
    source: str
    is_demo: bool
    misses_70_80: bool


def _out(unit: AdminUnit, date: dt.date, cov: queries.UnitCoverage) -> dict[str, Any]:
    def rounded(name: str) -> float | None:
        value = cov.values.get(name)
        return None if value is None else round(float(value), 2)

    return {
        "code": area_code(unit),
        "unit": unit.name,
        "level": unit.level,
        "as_of": date,
        "adult_first_dose_pct": rounded("adult_first_dose_pct"),
        "age50_full_pct": rounded("age50_full_pct"),
        "population_full_pct": rounded("population_full_pct"),
        "high_risk_full_pct": rounded("high_risk_full_pct"),
        "source_kind": cov.kind,
        "source": cov.text("en"),
        "is_demo": cov.is_demo,
        "misses_70_80": queries.misses_targets(cov),
    }


@router.get("/coverage", response=list[CoverageOut])
def coverage(request: HttpRequest, area: str, date: dt.date | None = None) -> Any:
    """The unit and the units directly under it, as of the date (today by default)."""
    unit = _unit(area, request.user)
    date = date or timezone.localdate()
    units = [unit, *AdminUnit.objects.filter(parent=unit).order_by("code")]
    found = queries.coverage_for(units, [date])
    return [_out(u, date, found[u.pk][0]) for u in units]


@router.get("/coverage/history", response=list[CoverageOut])
def coverage_history(request: HttpRequest, area: str, start: dt.date, end: dt.date) -> Any:
    unit = _unit(area, request.user)
    if start > end or (end - start).days > 3 * 366:
        raise ServiceError(ErrorCode.INVALID_INPUT, "start must be before end, within 3 years")
    return [_out(unit, d, cov) for d, cov in queries.history(unit, start=start, end=end)]


class DoseIn(Schema):
    commune: str
    date: dt.date
    age_group: str
    dose_number: int
    brand: str
    doses: int


class DoseOut(Schema):
    id: int
    commune: str
    date: dt.date
    age_group: str
    dose_number: int
    brand: str
    doses: int
    is_demo: bool

    @staticmethod
    def resolve_commune(obj: Any) -> str:
        return str(obj.commune.code)


@router.post("/doses", response={201: DoseOut})
def record_doses(request: HttpRequest, payload: DoseIn) -> Any:
    commune = _unit(payload.commune, request.user)
    record = services.record_doses(
        commune,
        payload.date,
        payload.age_group,
        payload.dose_number,
        payload.brand,
        payload.doses,
        actor=request.user,
    )
    return Status(201, record)


@router.get("/doses", response=list[DoseOut])
def list_doses(request: HttpRequest, commune: str, start: dt.date | None = None) -> Any:
    unit = _unit(commune, request.user)
    rows = queries.doses_for(request.user).filter(commune=unit)
    if start:
        rows = rows.filter(date__gte=start)
    return list(rows[:5000])


@router.post("/doses/import")
def import_doses(
    request: HttpRequest,
    file: File[UploadedFile],
    province: str | None = None,
    dry_run: bool = False,
) -> Any:
    area = _unit(province, request.user) if province else None
    content = file.read()
    parsed = read_dose_file(content, file.name or "upload.csv", province=area)
    return services.import_doses(
        parsed,
        file_name=file.name or "upload.csv",
        content_sha256=hashlib.sha256(content).hexdigest(),
        province=area,
        dry_run=dry_run,
        actor=request.user,
    )


class LotOut(Schema):
    id: int
    brand: str
    lot_number: str
    expires_on: dt.date
    doses_received: int
    doses_used: int
    doses_wasted: int
    doses_passed_on: int
    doses_left: int
    received_on: dt.date
    source_kind: str
    source_name: str
    holder: str
    area: str
    shipment_id: int | None
    is_demo: bool
    expiry_warning: bool

    @staticmethod
    def resolve_holder(obj: Any) -> str:
        return str(obj.holder.name)

    @staticmethod
    def resolve_area(obj: Any) -> str:
        return str(obj.area.code)

    @staticmethod
    def resolve_expiry_warning(obj: Any) -> bool:
        return queries.expires_soon(obj)


@router.get("/lots", response=list[LotOut])
def list_lots(request: HttpRequest, area: str | None = None) -> Any:
    rows = queries.lots_for(request.user)
    if area:
        unit = _unit(area, request.user)
        rows = rows.filter(area__in=[unit, *AdminUnit.objects.filter(province=unit)])
    return list(rows)


class LotIn(Schema):
    area: str
    brand: str
    lot_number: str
    expires_on: dt.date
    doses: int
    received_on: dt.date
    source_kind: str = LotSource.MINISTRY
    source_name: str


@router.post("/lots", response={201: LotOut})
def receive_lot(request: HttpRequest, payload: LotIn) -> Any:
    unit = _unit(payload.area, request.user)
    holder = services.holder_of(unit, actor=request.user)
    lot = services.receive_vaccine_lot(
        holder,
        brand=payload.brand,
        lot_number=payload.lot_number,
        expires_on=payload.expires_on,
        doses=payload.doses,
        received_on=payload.received_on,
        source_kind=payload.source_kind,
        source_name=payload.source_name,
        actor=request.user,
    )
    return Status(201, lot)


class UseIn(Schema):
    used: int = 0
    wasted: int = 0
    reason: str = ""


@router.post("/lots/{lot_id}/use", response=LotOut)
def use_lot(request: HttpRequest, lot_id: int, payload: UseIn) -> Any:
    lot = get_object_or_404(queries.lots_for(request.user), pk=lot_id)
    return services.record_lot_use(
        lot, used=payload.used, wasted=payload.wasted, reason=payload.reason, actor=request.user
    )


class PassOnIn(Schema):
    district: str
    doses: int


@router.post("/lots/{lot_id}/allocate", response={201: LotOut})
def allocate_lot(request: HttpRequest, lot_id: int, payload: PassOnIn) -> Any:
    lot = get_object_or_404(queries.lots_for(request.user), pk=lot_id)
    district = _unit(payload.district, request.user)
    return Status(
        201, services.allocate_lot_doses(lot, district, payload.doses, actor=request.user)
    )


class ReportedIn(Schema):
    area: str
    as_of: dt.date
    adult_first_dose_pct: float | None = None
    adult_full_pct: float | None = None
    age50_full_pct: float | None = None
    population_full_pct: float | None = None
    high_risk_full_pct: float | None = None
    source_note: str
    interpretation: str = ""


@router.post("/reported", response={201: dict[str, Any]})
def record_reported(request: HttpRequest, payload: ReportedIn) -> Any:
    unit = _unit(payload.area, request.user)
    data = payload.dict()
    row = services.record_reported_coverage(
        unit,
        payload.as_of,
        source_note=payload.source_note,
        interpretation=payload.interpretation,
        actor=request.user,
        **{k: data[k] for k in services.COVERAGE_FIELDS},
    )
    return Status(201, {"id": row.pk, "area": area_code(unit), "as_of": row.as_of.isoformat()})


class NationalOut(Schema):
    date: dt.date
    doses_total_cumulative: int
    people_exactly_one_dose: int
    people_two_doses: int
    people_at_least_one_dose: int
    doses_given: int
    boosters_and_others: int
    source: str


@router.get("/national", response=list[NationalOut])
def national(request: HttpRequest) -> Any:
    accessible_to(request.user).require(Capability.VIEW)
    return list(queries.national_series())
