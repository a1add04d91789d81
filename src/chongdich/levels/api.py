from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi.level_reasons import assess_records
from chongdich.epi.level_rules import RULE_SETS, LevelInputError, apply_overrides, get_rule_set
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, UnitLevel

from . import services
from .queries import assessments_for

router = Router(tags=["levels"])


class AssessmentOut(Schema):
    code: str
    unit: str
    unit_level: str
    as_of: dt.date
    level: int
    color: str
    level_min: int
    band: int
    cases_per_100k_week: float
    population: int
    population_is_estimate: bool
    rule_set: str
    rule_set_version: str
    evidence: str
    is_demo: bool
    reasons_vi: list[str]
    reasons_en: list[str]

    @staticmethod
    def resolve_code(obj: Any) -> str:
        return str(obj.area.code)

    @staticmethod
    def resolve_unit(obj: Any) -> str:
        return str(obj.area.name)

    @staticmethod
    def resolve_unit_level(obj: Any) -> str:
        return str(obj.area.level)


@router.get("/assessments", response=list[AssessmentOut])
def list_assessments(
    request: HttpRequest,
    province: str | None = None,
    unit: str | None = None,
    as_of: dt.date | None = None,
) -> Any:
    """Weekly assessments you may see; filter by province code, unit code (its history) or
    week end date."""
    rows = assessments_for(request.user).filter(area__map_version="legacy")
    if province:
        rows = rows.filter(area__province__code=province)
    if unit:
        rows = rows.filter(area__code=unit)
    if as_of:
        rows = rows.filter(as_of=as_of)
    return list(rows.order_by("-as_of", "area__level", "area__code")[:5000])


class AssessIn(Schema):
    as_of: dt.date
    rule_set: str | None = None
    rule_options: dict[str, Any] | None = None
    units: list[dict[str, Any]]


@router.post("/assess")
def assess_units(request: HttpRequest, payload: AssessIn) -> Any:
    """The CLI contract (`chongdich levels assess`) over HTTP; stores nothing."""
    if not request.user.is_authenticated:
        raise ServiceError(ErrorCode.NOT_AUTHENTICATED)
    try:
        rule_set = get_rule_set(payload.rule_set, payload.as_of)
        if payload.rule_options:
            rule_set = apply_overrides(rule_set, payload.rule_options, f"{rule_set.version}+input")
        return assess_records(payload.units, rule_set)
    except LevelInputError as exc:
        raise ServiceError(ErrorCode.INVALID_INPUT, str(exc)) from None


def _unit(code: str, map_version: str = "legacy", level: str | None = None) -> AdminUnit:
    units = AdminUnit.objects.filter(map_version=map_version, code=code)
    if level:
        units = units.filter(level=level)
    unit = units.order_by("level").first()
    if unit is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT)
    return unit


class RuleSetOut(Schema):
    rule_set: dict[str, Any]
    needs_configuration: list[str]


@router.get("/rule-sets/{province_code}", response=list[RuleSetOut])
def province_rule_sets(request: HttpRequest, province_code: str, on: dt.date | None = None) -> Any:
    """Both rule sets as they apply to the province (its newest version), with tags."""
    province = _unit(province_code, level=UnitLevel.PROVINCE)
    accessible_to(request.user).require(Capability.VIEW, unit=province)
    out = []
    for base in RULE_SETS.values():
        day = on or base.effective_from
        rules = services.rule_set_for(province, max(day, base.effective_from), base.code)
        out.append(
            {"rule_set": rules.as_dict(), "needs_configuration": rules.needs_configuration()}
        )
    return out


class OverrideIn(Schema):
    rule_set: str
    changes: dict[str, Any]
    note: str = ""


@router.post("/rule-sets/{province_code}")
def new_rule_set_version(request: HttpRequest, province_code: str, payload: OverrideIn) -> Any:
    """A new version of the province's changes (merged with its last version; audited)."""
    province = _unit(province_code, level=UnitLevel.PROVINCE)
    override = services.set_rule_set_override(
        province, payload.rule_set, payload.changes, note=payload.note, actor=request.user
    )
    return {"rule_set": override.rule_set, "version": override.version, "changes": override.changes}


class IndicatorIn(Schema):
    area_code: str
    map_version: str = "legacy"
    as_of: dt.date
    adult_first_dose_pct: float | None = None
    age50_full_pct: float | None = None
    population_full_pct: float | None = None
    high_risk_full_pct: float | None = None
    capacity_met: bool | None = None
    free_beds_per_100k: float | None = None
    source: str = ""


@router.post("/indicators")
def record_indicator(request: HttpRequest, payload: IndicatorIn) -> Any:
    """Vaccination coverage and capacity of a unit as of a date (used by the assessment)."""
    data = payload.dict()
    area = _unit(data.pop("area_code"), data.pop("map_version"))
    as_of, source = data.pop("as_of"), data.pop("source")
    row = services.record_unit_indicator(area, as_of, source=source, actor=request.user, **data)
    return {"id": row.pk, "area": area.name, "as_of": row.as_of}


class RunIn(Schema):
    province_code: str
    map_version: str = "legacy"
    start: dt.date | None = None
    end: dt.date | None = None


@router.post("/run")
def run_weekly_assessment(request: HttpRequest, payload: RunIn) -> Any:
    """Assess every unit of the province for each week from the stored counts; keep history."""
    return services.assess_province_weeks(
        payload.province_code,
        map_version=payload.map_version,
        start=payload.start,
        end=payload.end,
        actor=request.user,
    )


class AnnouncementIn(Schema):
    area_code: str
    level: int
    effective_at: dt.datetime
    previous_level: int | None = None


@router.post("/announcements")
def announce(request: HttpRequest, payload: AnnouncementIn) -> Any:
    """Schedule a level from a given time; the answer says whether the 48-hour notice is met."""
    area = _unit(payload.area_code)
    result = services.schedule_level_change(
        area,
        payload.level,
        effective_at=payload.effective_at,
        previous_level=payload.previous_level,
        actor=request.user,
    )
    announcement = result.pop("announcement")
    return {"id": announcement.pk, "effective_at": announcement.effective_at, **result}
