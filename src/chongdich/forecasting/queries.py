"""Scoped reads of the forecasting app (every read goes through ``visible_to``)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to, visible_to
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel

from .models import ForecastRun, Scenario, ScenarioWarning


def runs_for(user: Any) -> QuerySet[ForecastRun]:
    return visible_to(ForecastRun.objects.all(), user).select_related("province")


def scenarios_for(user: Any) -> QuerySet[Scenario]:
    return visible_to(Scenario.objects.all(), user).select_related("province")


def warnings_for(user: Any) -> QuerySet[ScenarioWarning]:
    return visible_to(ScenarioWarning.objects.all(), user).select_related("province", "scenario")


def visible_province(user: Any, code: str) -> AdminUnit | None:
    """The legacy-map province with this GSO code, if the user may see it."""
    province = AdminUnit.objects.filter(
        map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE, code=code
    ).first()
    if province is None or not accessible_to(user).can(Capability.VIEW, unit=province):
        return None
    return province


def can_plan(user: Any, province: AdminUnit) -> bool:
    return accessible_to(user).can(Capability.EDIT_FACILITY, unit=province)
