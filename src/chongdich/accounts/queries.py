"""Scoped reads for accounts: the home summary, users one may manage, the audit log."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chongdich.errors import DEFAULT_MESSAGES, ErrorCode
from chongdich.formatting import grouped

from .models import AuditEvent, RoleAssignment, User
from .roles import ROLE_CAPABILITIES, Capability, Role
from .scoping import accessible_to, visible_to

CAPABILITY_LABELS = {
    Capability.VIEW: gettext_lazy("see figures, levels and facilities"),
    Capability.VIEW_PERSONAL: gettext_lazy("see patients' personal data"),
    Capability.EDIT_SURVEILLANCE: gettext_lazy("enter cases and daily counts"),
    Capability.EDIT_FACILITY: gettext_lazy("update facilities and beds"),
    Capability.UPDATE_OCCUPANCY: gettext_lazy("update the beds in use at their facility"),
    Capability.EDIT_REFERENCE: gettext_lazy("import populations and reference data"),
    Capability.MANAGE_ACCOUNTS: gettext_lazy("manage user accounts and roles"),
    Capability.VIEW_AUDIT: gettext_lazy("read the audit log"),
    Capability.COORDINATE_SUPPORT: gettext_lazy("coordinate support between provinces"),
    Capability.OFFER_SUPPORT: gettext_lazy("offer and pledge support"),
}


def describe_assignment(a: RoleAssignment) -> dict[str, Any]:
    if a.facility is not None:
        place = str(a.facility)
    elif a.area is not None:
        place = str(a.area)
    else:
        place = _("whole country")
    return {"role": a.role, "role_label": str(Role(a.role).label), "place_label": place, "id": a.pk}


def home_summary(user: Any) -> dict[str, Any]:
    jurisdiction = accessible_to(user)
    if not jurisdiction.is_authenticated:
        return {"has_assignment": False, "assignments": [], "capabilities": []}
    assignments = list(user.assignments.select_related("area", "facility"))
    capabilities = sorted(
        {c for a in assignments for c in ROLE_CAPABILITIES[a.role]}, key=list(Capability).index
    )
    return {
        "has_assignment": jurisdiction.has_assignment,
        "assignments": [describe_assignment(a) for a in assignments],
        "capabilities": [(str(c), str(CAPABILITY_LABELS[c])) for c in capabilities],
        "no_assignment_message": str(DEFAULT_MESSAGES[ErrorCode.NO_ASSIGNMENT]),
        "cards": _home_cards(user) if jurisdiction.has_assignment else [],
    }


def _home_cards(user: Any) -> list[dict[str, Any]]:
    from chongdich.facilities.queries import bed_totals
    from chongdich.surveillance.queries import latest_situations

    cards: list[dict[str, Any]] = []
    for report in latest_situations(user)[:3]:
        cards.append(
            {
                "title": _("%(area)s: cumulative cases") % {"area": report.area.short_name},
                "value": grouped(report.cumulative_cases),
                "detail": _("as of %(date)s, source: %(source)s")
                % {
                    "date": report.as_of.strftime("%d/%m/%Y"),
                    "source": report.source.publisher or report.source.title,
                },
                "url": reverse("surveillance:daily"),
            }
        )
    beds = bed_totals(user)
    if beds["total"]:
        cards.append(
            {
                "title": _("Treatment beds in use"),
                "value": " / ".join(grouped(beds[key]) for key in ("occupied", "total")),
                "detail": _("demo data") if beds["is_demo"] else "",
                "url": reverse("facilities:list"),
            }
        )
    from chongdich.forecasting.queries import home_cards as forecast_cards

    cards.extend(forecast_cards(user))
    return cards


def manageable_users(actor: Any) -> QuerySet[User]:
    """Users holding at least one role inside the actor's account-management reach."""
    scope = accessible_to(actor).scope(Capability.MANAGE_ACCOUNTS)
    if scope.is_national:
        return User.objects.filter(is_system=False).prefetch_related("assignments")
    assignments = visible_to(RoleAssignment.objects.all(), actor, Capability.MANAGE_ACCOUNTS)
    return (
        User.objects.filter(pk__in=assignments.values("user_id"), is_system=False)
        .distinct()
        .prefetch_related("assignments")
    )


def audit_events(actor: Any) -> QuerySet[AuditEvent]:
    return visible_to(AuditEvent.objects.all(), actor, Capability.VIEW_AUDIT).select_related("area")
