"""What a user may see and change: ``accessible_to(user)``, defined once, default deny.

A role assigned on a unit of one map covers that unit and everything below it, plus, on the
other map, the communes the old/new converter links to those communes and any higher unit
whose communes all lie inside. Records declare how they reach an area (``scope_area_field``)
or a facility (``scope_facility_field``); ``visible_to`` filters any queryset with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.db.models import Count, Model, Q, QuerySet

from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, UnitLevel, UnitSuccession

from .roles import ROLE_CAPABILITIES, ROLE_SCOPE, Capability, Role, ScopeKind

M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Scope:
    is_national: bool = False
    unit_ids: frozenset[int] = frozenset()
    facility_ids: frozenset[int] = frozenset()

    def __or__(self, other: Scope) -> Scope:
        return Scope(
            self.is_national or other.is_national,
            self.unit_ids | other.unit_ids,
            self.facility_ids | other.facility_ids,
        )

    @property
    def is_empty(self) -> bool:
        return not (self.is_national or self.unit_ids or self.facility_ids)


EMPTY = Scope()


@dataclass
class Jurisdiction:
    is_authenticated: bool
    has_assignment: bool
    scopes: dict[Capability, Scope] = field(default_factory=dict)
    roles: frozenset[str] = frozenset()

    def scope(self, capability: Capability) -> Scope:
        return self.scopes.get(capability, EMPTY)

    def can(
        self, capability: Capability, *, unit: AdminUnit | None = None, facility: Any = None
    ) -> bool:
        """May the user do ``capability`` at this unit or facility (or anywhere, if neither)?"""
        scope = self.scope(capability)
        if scope.is_national:
            return True
        if facility is not None:
            if facility.pk in scope.facility_ids:
                return True
            unit = facility.area
        if unit is not None:
            return unit.pk in scope.unit_ids
        return not scope.is_empty

    def require(
        self, capability: Capability, *, unit: AdminUnit | None = None, facility: Any = None
    ) -> None:
        if not self.is_authenticated:
            raise ServiceError(ErrorCode.NOT_AUTHENTICATED)
        if not self.has_assignment:
            raise ServiceError(ErrorCode.NO_ASSIGNMENT)
        if not self.can(capability, unit=unit, facility=facility):
            raise ServiceError(ErrorCode.FORBIDDEN)


def _units_covered_by(unit: AdminUnit) -> frozenset[int]:
    if unit.level == UnitLevel.PROVINCE:
        own = AdminUnit.objects.filter(province_id=unit.pk)
    elif unit.level == UnitLevel.DISTRICT:
        own = AdminUnit.objects.filter(Q(pk=unit.pk) | Q(parent_id=unit.pk))
    else:
        own = AdminUnit.objects.filter(pk=unit.pk)
    own_rows = list(own.values_list("pk", "level"))
    ids = {pk for pk, _ in own_rows}
    communes = [pk for pk, level in own_rows if level == UnitLevel.COMMUNE]
    if unit.is_legacy:
        linked = set(
            UnitSuccession.objects.filter(old_unit_id__in=communes).values_list(
                "new_unit_id", flat=True
            )
        )
    else:
        linked = set(
            UnitSuccession.objects.filter(new_unit_id__in=communes).values_list(
                "old_unit_id", flat=True
            )
        )
    return frozenset(ids | linked | _parents_fully_inside(linked))


def _parents_fully_inside(commune_ids: set[int]) -> set[int]:
    """Districts and provinces (of the other map) all of whose communes are in the set."""
    if not commune_ids:
        return set()
    inside: set[int] = set()
    for parent_field in ("parent_id", "province_id"):
        counts_inside = dict(
            AdminUnit.objects.filter(pk__in=commune_ids)
            .values(parent_field)
            .annotate(n=Count("pk"))
            .values_list(parent_field, "n")
        )
        totals = dict(
            AdminUnit.objects.filter(
                level=UnitLevel.COMMUNE, **{f"{parent_field}__in": list(counts_inside)}
            )
            .values(parent_field)
            .annotate(n=Count("pk"))
            .values_list(parent_field, "n")
        )
        inside |= {pid for pid, n in counts_inside.items() if pid and totals.get(pid) == n}
    return inside


def _scope_of(assignment: Any) -> Scope:
    kind = ROLE_SCOPE[assignment.role]
    if assignment.facility_id is not None:
        return Scope(facility_ids=frozenset({assignment.facility_id}))
    if assignment.area_id is not None and kind != ScopeKind.NATIONAL:
        return Scope(unit_ids=_units_covered_by(assignment.area))
    if kind in (ScopeKind.NATIONAL, ScopeKind.OPTIONAL_AREA):
        return Scope(is_national=True)
    return EMPTY  # an area role stored without its area grants nothing


def accessible_to(user: Any) -> Jurisdiction:
    """The user's jurisdiction, computed once per user object (per request)."""
    cached = getattr(user, "_chongdich_jurisdiction", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    jurisdiction = _compute_jurisdiction(user)
    if user is not None and getattr(user, "is_authenticated", False):
        user._chongdich_jurisdiction = jurisdiction
    return jurisdiction


def forget_jurisdiction(user: Any) -> None:
    if hasattr(user, "_chongdich_jurisdiction"):
        del user._chongdich_jurisdiction


def _compute_jurisdiction(user: Any) -> Jurisdiction:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Jurisdiction(is_authenticated=False, has_assignment=False)
    if user.is_system:
        national = Scope(is_national=True)
        return Jurisdiction(True, True, dict.fromkeys(Capability, national), frozenset())
    scopes: dict[Capability, Scope] = {}
    assignments = list(user.assignments.select_related("area", "facility__area"))
    for assignment in assignments:
        scope = _scope_of(assignment)
        for capability in ROLE_CAPABILITIES[assignment.role]:
            scopes[capability] = scopes.get(capability, EMPTY) | scope
        if assignment.role == Role.FACILITY_MANAGER and assignment.facility is not None:
            # A facility manager sees its facility's own commune figures, nothing wider.
            area_scope = Scope(unit_ids=frozenset({assignment.facility.area_id}))
            scopes[Capability.VIEW] = scopes.get(Capability.VIEW, EMPTY) | area_scope
    return Jurisdiction(
        is_authenticated=True,
        has_assignment=bool(assignments),
        scopes=scopes,
        roles=frozenset(a.role for a in assignments),
    )


def visible_to(
    queryset: QuerySet[M], user: Any, capability: Capability = Capability.VIEW
) -> QuerySet[M]:
    """Filter any queryset to what the user may ``capability``: the one read path."""
    scope = accessible_to(user).scope(capability)
    if scope.is_national:
        return queryset
    model = queryset.model
    area_field = getattr(model, "scope_area_field", None)
    facility_field = getattr(model, "scope_facility_field", None)
    condition = Q(pk__in=[])
    if area_field and scope.unit_ids:
        condition |= Q(**{f"{area_field}__in": scope.unit_ids})
    if facility_field and scope.facility_ids:
        condition |= Q(**{f"{facility_field}__in": scope.facility_ids})
    return queryset.filter(condition)
