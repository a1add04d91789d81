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


NATION_CODE = "VN"
CURRENT_PREFIX = "2025:"
_LEVEL_BY_CODE_LENGTH = {
    MapVersion.LEGACY: {2: UnitLevel.PROVINCE, 3: UnitLevel.DISTRICT, 5: UnitLevel.COMMUNE},
    MapVersion.CURRENT: {2: UnitLevel.PROVINCE, 5: UnitLevel.COMMUNE},
}


def resolve_area_code(code: str) -> AdminUnit | None:
    """An area as users' scripts name it: ``95`` (a pre-2025 GSO code: 2 digits a province,
    3 a district, 5 a commune), ``2025:`` and a code of the current map, or ``VN`` (None:
    the nation). Raises LookupError for anything else."""
    text = code.strip()
    if text.upper() == NATION_CODE:
        return None
    map_version = MapVersion.LEGACY
    if text.startswith(CURRENT_PREFIX):
        map_version, text = MapVersion.CURRENT, text.removeprefix(CURRENT_PREFIX)
    level = _LEVEL_BY_CODE_LENGTH[map_version].get(len(text)) if text.isdigit() else None
    unit = find_unit(map_version, level, text) if level else None
    if unit is None:
        raise LookupError(code)
    return unit


def area_code(unit: AdminUnit | None) -> str:
    """The inverse of :func:`resolve_area_code`."""
    if unit is None:
        return NATION_CODE
    prefix = CURRENT_PREFIX if unit.map_version == MapVersion.CURRENT else ""
    return f"{prefix}{unit.code}"
