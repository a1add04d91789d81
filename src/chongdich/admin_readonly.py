"""Django admin as a read-only window on reference data.

Writes must go through the services (jurisdiction check, transaction, audit), so the admin
never adds, changes or deletes our records.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Model
from django.http import HttpRequest


class ReadOnlyAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def register_read_only(model: type[Model], **options: Any) -> None:
    admin.site.register(model, type(f"{model.__name__}Admin", (ReadOnlyAdmin,), options))
