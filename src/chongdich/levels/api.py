from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from chongdich.epi.level_reasons import assess_records
from chongdich.epi.level_rules import LevelInputError, apply_overrides, get_rule_set
from chongdich.errors import ErrorCode, ServiceError

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
