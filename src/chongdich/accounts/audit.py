"""Writing the audit log, with personal data kept out of it."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any

from django.db import models

from chongdich.bulk_insert import insert_unsaved

from .models import AuditEvent

PERSONAL_MARKER = "‹personal data›"


def snapshot(instance: models.Model, fields: list[str] | None = None) -> dict[str, Any]:
    """A JSON-safe copy of the instance's concrete fields, personal fields replaced."""
    personal = set(getattr(instance, "personal_fields", ()))
    result: dict[str, Any] = {}
    for f in instance._meta.concrete_fields:
        name = f.attname
        if fields is not None and f.name not in fields and name not in fields:
            continue
        value = getattr(instance, name)
        if f.name in personal:
            value = PERSONAL_MARKER if value not in (None, "") else value
        elif isinstance(value, dt.datetime | dt.date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        result[name] = value
    return result


def record_change(
    *,
    actor: Any,
    action: str,
    obj: models.Model | None = None,
    object_type: str = "",
    object_id: Any = "",
    object_repr: str = "",
    area: Any = None,
    facility: Any = None,
    before: Any = None,
    after: Any = None,
) -> AuditEvent:
    """Write one audit row; call it inside the service's transaction."""
    event = audit_event(
        actor=actor,
        action=action,
        obj=obj,
        object_type=object_type,
        object_id=object_id,
        object_repr=object_repr,
        area=area,
        facility=facility,
        before=before,
        after=after,
    )
    event.save()
    return event


def audit_event(
    *,
    actor: Any,
    action: str,
    obj: models.Model | None = None,
    object_type: str = "",
    object_id: Any = "",
    object_repr: str = "",
    area: Any = None,
    facility: Any = None,
    before: Any = None,
    after: Any = None,
) -> AuditEvent:
    """One audit row, not yet saved: for services that write many in one statement
    (``AuditEvent.objects.bulk_create``) inside their transaction."""
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or obj.pk
        personal = set(getattr(obj, "personal_fields", ()))
        object_repr = object_repr or (
            f"{obj._meta.verbose_name} #{obj.pk}" if personal else str(obj)[:200]
        )
    values = {
        "actor_id": getattr(actor, "pk", None) or None,
        "actor_label": str(getattr(actor, "username", None) or "system")[:150],
        "action": action,
        "object_type": object_type,
        "object_id": str(object_id),
        "object_repr": object_repr[:200],
        "area_id": area.pk if area is not None else None,
        "facility_id": facility.pk if facility is not None else None,
        "before": before,
        "after": after,
    }
    # In field order: a third of the cost of keyword arguments (hot paths write many).
    return AuditEvent(*(values.get(name) for name in _audit_attnames()))


@functools.cache
def _audit_attnames() -> tuple[str, ...]:
    return tuple(f.attname for f in AuditEvent._meta.concrete_fields)


def write_audit_events(events: list[AuditEvent]) -> None:
    """Insert unsaved audit rows (``audit_event``) in one statement, inside the caller's
    transaction. For hot paths: ``bulk_create`` compiles each value through the query
    compiler, several times the cost of the insert itself."""
    insert_unsaved(events)
