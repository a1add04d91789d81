from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit

from .models import SupportEvent, SupportItem, SupportItemCode


def record_support_event(
    *,
    donor_name: str,
    recipient: AdminUnit,
    items: list[tuple[str, int, str]],
    date: dt.date | None = None,
    donor_area: AdminUnit | None = None,
    source: Any = None,
    actor: Any,
) -> SupportEvent:
    """Record support a source states was given; the same donor, recipient, source and items
    recorded twice are stored once."""
    jurisdiction = accessible_to(actor)
    if not (
        jurisdiction.can(Capability.COORDINATE_SUPPORT)
        or jurisdiction.can(Capability.EDIT_SURVEILLANCE, unit=recipient)
    ):
        jurisdiction.require(Capability.COORDINATE_SUPPORT)
    for code, quantity, _detail in items:
        if code not in SupportItemCode.values or quantity <= 0:
            raise ServiceError(
                ErrorCode.INVALID_INPUT, _("Bad support item: %(item)s") % {"item": code}
            )
    with transaction.atomic():
        existing = SupportEvent.objects.filter(
            donor_name=donor_name, recipient=recipient, source=source, date=date
        ).prefetch_related("items")
        wanted = sorted((c, q, d) for c, q, d in items)
        for event in existing:
            if sorted((i.item, i.quantity, i.detail) for i in event.items.all()) == wanted:
                return event
        event = SupportEvent.objects.create(
            donor_name=donor_name,
            donor_area=donor_area,
            recipient=recipient,
            date=date,
            source=source,
        )
        SupportItem.objects.bulk_create(
            SupportItem(event=event, item=c, quantity=q, detail=d) for c, q, d in items
        )
        record_change(
            actor=actor,
            action="logistics.record_support_event",
            obj=event,
            area=recipient,
            after={"donor": donor_name, "items": [list(i) for i in items]},
        )
    return event
