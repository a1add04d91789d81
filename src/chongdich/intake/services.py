from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from chongdich.accounts.audit import record_change
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to

from .models import SourceDocument


def register_source(
    *,
    file_name: str,
    kind: str,
    title: str,
    publisher: str = "",
    url: str = "",
    published_on: dt.date | None = None,
    text: str = "",
    actor: Any,
) -> SourceDocument:
    """Store a source document once, keyed by its file name (re-running changes nothing)."""
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE)
    with transaction.atomic():
        doc, created = SourceDocument.objects.get_or_create(
            file_name=file_name,
            defaults={
                "kind": kind,
                "title": title,
                "publisher": publisher,
                "url": url,
                "published_on": published_on,
                "text": text,
            },
        )
        if created:
            record_change(
                actor=actor,
                action="intake.register_source",
                obj=doc,
                after={"file_name": file_name, "title": title},
            )
    return doc
