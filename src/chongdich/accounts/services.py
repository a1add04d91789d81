"""All writes to accounts: users and role assignments. Each checks, commits, audits."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, UnitLevel

from .audit import record_change, snapshot
from .models import RoleAssignment, User
from .roles import GRANTABLE_BY, ROLE_SCOPE, Capability, Role, ScopeKind
from .scoping import accessible_to, forget_jurisdiction

SYSTEM_USERNAME = "system"


def system_user() -> User:
    """The account command-line operations on the server act as (audited like any other)."""
    user, _created = User.objects.get_or_create(
        username=SYSTEM_USERNAME,
        defaults={"is_system": True, "is_active": True, "display_name": "chongdich (system)"},
    )
    if not user.is_system:
        raise ServiceError(
            ErrorCode.CONFLICT, "A user named 'system' exists and is not the system account."
        )
    return user


def _check_place(role: str, area: AdminUnit | None, facility: Any) -> None:
    kind = ROLE_SCOPE[role]
    wanted_level = {
        ScopeKind.PROVINCE: UnitLevel.PROVINCE,
        ScopeKind.DISTRICT: UnitLevel.DISTRICT,
        ScopeKind.COMMUNE: UnitLevel.COMMUNE,
    }.get(kind)
    if kind == ScopeKind.NATIONAL and (area or facility):
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("This role covers the whole country; give no area.")
        )
    if kind == ScopeKind.FACILITY and (facility is None or area is not None):
        raise ServiceError(ErrorCode.INVALID_INPUT, _("This role needs a facility."))
    if wanted_level and (area is None or area.level != wanted_level or facility is not None):
        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            _("This role needs a unit of level: %(level)s.")
            % {"level": UnitLevel(wanted_level).label},
        )
    if kind == ScopeKind.OPTIONAL_AREA and facility is not None:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("This role is given on an area, not a facility.")
        )


def _check_grant(actor: Any, role: str, area: AdminUnit | None, facility: Any) -> None:
    jurisdiction = accessible_to(actor)
    jurisdiction.require(Capability.MANAGE_ACCOUNTS)
    if actor.is_system:
        return
    grantable = set().union(*(GRANTABLE_BY.get(r, frozenset()) for r in jurisdiction.roles))
    if role not in grantable:
        raise ServiceError(ErrorCode.FORBIDDEN, _("You may not grant this role."))
    if area is None and facility is None:
        # A nationwide role can only come from someone whose own reach is national.
        if not jurisdiction.scope(Capability.MANAGE_ACCOUNTS).is_national:
            raise ServiceError(ErrorCode.FORBIDDEN)
    else:
        jurisdiction.require(Capability.MANAGE_ACCOUNTS, unit=area, facility=facility)


def create_user(
    *,
    username: str,
    password: str,
    display_name: str = "",
    organisation: str = "",
    is_demo: bool = False,
    actor: Any,
) -> User:
    accessible_to(actor).require(Capability.MANAGE_ACCOUNTS)
    username = username.strip()
    if not username:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A user name is required."))
    with transaction.atomic():
        if User.objects.filter(username=username).exists():
            raise ServiceError(
                ErrorCode.CONFLICT, _("The user name “%(name)s” is taken.") % {"name": username}
            )
        user = User(
            username=username, display_name=display_name, organisation=organisation, is_demo=is_demo
        )
        user.set_password(password)
        user.save()
        record_change(
            actor=actor,
            action="accounts.create_user",
            obj=user,
            after=snapshot(user, ["username", "display_name", "organisation", "is_demo"]),
        )
    return user


def assign_role(
    user: User, role: str, *, area: AdminUnit | None = None, facility: Any = None, actor: Any
) -> RoleAssignment:
    if role not in Role.values:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Unknown role “%(role)s”.") % {"role": role})
    _check_place(role, area, facility)
    _check_grant(actor, role, area, facility)
    try:
        with transaction.atomic():
            # SQLite cannot enforce the constraint when area or facility is NULL (W047);
            # its write transactions are serialised (IMMEDIATE), so this check holds there.
            duplicate = RoleAssignment.objects.filter(
                user=user, role=role, area=area, facility=facility
            )
            if duplicate.exists():
                raise IntegrityError("accounts_assignment_unique")
            assignment = RoleAssignment.objects.create(
                user=user,
                role=role,
                area=area,
                facility=facility,
                granted_by=actor if getattr(actor, "pk", None) else None,
            )
            record_change(
                actor=actor,
                action="accounts.assign_role",
                obj=assignment,
                area=area,
                facility=facility,
                after=snapshot(assignment),
            )
    except IntegrityError as exc:
        raise ServiceError(ErrorCode.CONFLICT, _("The user already has this role here.")) from exc
    forget_jurisdiction(user)
    return assignment


def revoke_role(assignment: RoleAssignment, *, actor: Any) -> None:
    _check_grant(actor, assignment.role, assignment.area, assignment.facility)
    with transaction.atomic():
        before = snapshot(assignment)
        area, facility = assignment.area, assignment.facility
        assignment.delete()
        record_change(
            actor=actor,
            action="accounts.revoke_role",
            object_type="accounts.roleassignment",
            object_id=before["id"],
            object_repr=str(before["role"]),
            area=area,
            facility=facility,
            before=before,
        )
    forget_jurisdiction(assignment.user)


def reset_password(user: User, password: str, *, actor: Any) -> None:
    jurisdiction = accessible_to(actor)
    jurisdiction.require(Capability.MANAGE_ACCOUNTS)
    if not actor.is_system and not any(
        jurisdiction.can(Capability.MANAGE_ACCOUNTS, unit=a.area, facility=a.facility)
        for a in user.assignments.select_related("area", "facility")
    ):
        raise ServiceError(ErrorCode.FORBIDDEN)
    with transaction.atomic():
        user.set_password(password)
        user.save(update_fields=["password"])
        record_change(actor=actor, action="accounts.reset_password", obj=user)
