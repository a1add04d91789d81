"""Reads of geography. Reference units are public within the system: any signed-in user with
a role may read the tree; figures attached to units are scoped by their own models."""

from __future__ import annotations

from django.db.models import Count

from .models import AdminUnit, MapVersion, UnitLevel


def unit_counts() -> dict[str, dict[str, int]]:
    """{"legacy": {"provinces", "districts", "communes"}, "current": {"provinces", "communes"}}"""
    rows = AdminUnit.objects.values("map_version", "level").annotate(n=Count("id"))
    counts = {(r["map_version"], r["level"]): r["n"] for r in rows}
    return {
        MapVersion.LEGACY.value: {
            "provinces": counts.get((MapVersion.LEGACY, UnitLevel.PROVINCE), 0),
            "districts": counts.get((MapVersion.LEGACY, UnitLevel.DISTRICT), 0),
            "communes": counts.get((MapVersion.LEGACY, UnitLevel.COMMUNE), 0),
        },
        MapVersion.CURRENT.value: {
            "provinces": counts.get((MapVersion.CURRENT, UnitLevel.PROVINCE), 0),
            "communes": counts.get((MapVersion.CURRENT, UnitLevel.COMMUNE), 0),
        },
    }


def find_unit(map_version: str, level: str, code: str) -> AdminUnit | None:
    return (
        AdminUnit.objects.filter(map_version=map_version, level=level, code=code)
        .select_related("parent", "province")
        .first()
    )
