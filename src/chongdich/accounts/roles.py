"""Roles, what each may do, and what kind of place each is assigned to.

Default deny: a capability a role does not list here is refused everywhere.
"""

from __future__ import annotations

from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    NATIONAL_COORDINATOR = "national_coordinator", _("National coordinator (Ministry of Health)")
    PROVINCE_OFFICER = "province_officer", _("Province officer (steering committee / DoH)")
    DISTRICT_HEALTH = "district_health", _("District health centre")
    COMMUNE_HEALTH = "commune_health", _("Commune health station")
    FACILITY_MANAGER = "facility_manager", _("Facility manager")
    DONOR = "donor", _("Donor or partner")
    VIEWER = "viewer", _("Read-only viewer")


class Capability(StrEnum):
    VIEW = "view"  # aggregate figures, facilities, levels
    VIEW_PERSONAL = "view_personal"  # patients' names, ID numbers, phones, addresses
    EDIT_SURVEILLANCE = "edit_surveillance"
    EDIT_FACILITY = "edit_facility"  # register facilities, bed totals, reserve policy
    # Occupied beds per type: the facility's own manager only (issue 5, ADR 0090).
    UPDATE_OCCUPANCY = "update_occupancy"
    EDIT_REFERENCE = "edit_reference"  # populations and other reference data
    MANAGE_ACCOUNTS = "manage_accounts"
    VIEW_AUDIT = "view_audit"
    COORDINATE_SUPPORT = "coordinate_support"
    OFFER_SUPPORT = "offer_support"


class ScopeKind(StrEnum):
    NATIONAL = "national"  # no area: the whole country
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    FACILITY = "facility"
    OPTIONAL_AREA = "optional_area"  # an area, or none for the whole country


C = Capability
ROLE_CAPABILITIES: dict[str, frozenset[Capability]] = {
    Role.NATIONAL_COORDINATOR: frozenset(
        {C.VIEW, C.EDIT_REFERENCE, C.MANAGE_ACCOUNTS, C.VIEW_AUDIT, C.COORDINATE_SUPPORT}
    ),
    Role.PROVINCE_OFFICER: frozenset(
        {
            C.VIEW,
            C.VIEW_PERSONAL,
            C.EDIT_SURVEILLANCE,
            C.EDIT_FACILITY,
            C.EDIT_REFERENCE,
            C.MANAGE_ACCOUNTS,
            C.VIEW_AUDIT,
        }
    ),
    Role.DISTRICT_HEALTH: frozenset({C.VIEW, C.VIEW_PERSONAL, C.EDIT_SURVEILLANCE}),
    Role.COMMUNE_HEALTH: frozenset({C.VIEW, C.VIEW_PERSONAL, C.EDIT_SURVEILLANCE}),
    Role.FACILITY_MANAGER: frozenset(
        {C.VIEW, C.VIEW_PERSONAL, C.EDIT_FACILITY, C.UPDATE_OCCUPANCY}
    ),
    Role.DONOR: frozenset({C.VIEW, C.OFFER_SUPPORT}),
    Role.VIEWER: frozenset({C.VIEW}),
}

ROLE_SCOPE: dict[str, ScopeKind] = {
    Role.NATIONAL_COORDINATOR: ScopeKind.NATIONAL,
    Role.PROVINCE_OFFICER: ScopeKind.PROVINCE,
    Role.DISTRICT_HEALTH: ScopeKind.DISTRICT,
    Role.COMMUNE_HEALTH: ScopeKind.COMMUNE,
    Role.FACILITY_MANAGER: ScopeKind.FACILITY,
    Role.DONOR: ScopeKind.NATIONAL,
    Role.VIEWER: ScopeKind.OPTIONAL_AREA,
}

# Who may grant which role: a province officer staffs its own province, never the Ministry.
GRANTABLE_BY: dict[str, frozenset[str]] = {
    Role.NATIONAL_COORDINATOR: frozenset(Role.values),
    Role.PROVINCE_OFFICER: frozenset(
        {
            Role.PROVINCE_OFFICER,
            Role.DISTRICT_HEALTH,
            Role.COMMUNE_HEALTH,
            Role.FACILITY_MANAGER,
            Role.VIEWER,
        }
    ),
}
