"""Scoped reads of the forecasting app (every read goes through ``visible_to``)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

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


def home_cards(user: Any) -> list[dict[str, Any]]:
    """The home page's forecast cards: each visible province whose active scenario is
    exceeded now or in the projection (at most three), newest first."""
    cards: list[dict[str, Any]] = []
    latest = warnings_for(user).order_by("-as_of", "province__code")
    seen: set[int] = set()
    for warning in latest:
        if warning.province_id in seen or len(seen) == 3:
            continue
        seen.add(warning.province_id)
        count = latest.filter(province=warning.province, as_of=warning.as_of).count()
        cards.append(
            {
                "title": _("%(area)s: scenario warnings") % {"area": warning.province.short_name},
                "value": str(count),
                "detail": _("“%(scenario)s”, computed %(date)s")
                % {"scenario": warning.scenario.name, "date": warning.as_of.strftime("%d/%m/%Y")},
                "url": reverse("forecasting:province", args=[warning.province.code]),
            }
        )
    return cards
