from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from .scoping import accessible_to


def jurisdiction(request: HttpRequest) -> dict[str, Any]:
    """Makes the user's jurisdiction available to every template (navigation, home)."""
    return {"jurisdiction": accessible_to(getattr(request, "user", None))}
