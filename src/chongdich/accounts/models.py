"""Users, their role assignments on areas or facilities, and the audit log."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from .roles import Role


class User(AbstractUser):
    display_name = models.CharField(_("display name"), max_length=150, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    # The account used by command-line operations run on the server itself.
    is_system = models.BooleanField(default=False)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["username"]

    def __str__(self) -> str:
        return self.display_name or self.username


class RoleAssignment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments"
    )
    role = models.CharField(max_length=32, choices=Role.choices)
    area = models.ForeignKey(
        "geo.AdminUnit", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    facility = models.ForeignKey(
        "facilities.Facility", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"
    scope_facility_field = "facility"

    class Meta:
        ordering = ["user_id", "role", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~(models.Q(area__isnull=False) & models.Q(facility__isnull=False)),
                name="accounts_assignment_area_or_facility",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "area", "facility"],
                name="accounts_assignment_unique",
                nulls_distinct=False,
            ),
        ]

    def __str__(self) -> str:
        where = self.facility or self.area or _("whole country")
        return f"{self.user} · {self.get_role_display()} · {where}"


class AuditEvent(models.Model):
    """One row per change, written by the service that made it, in the same transaction.

    ``before``/``after`` never hold personal data: models name their personal fields and the
    snapshot replaces their values with a marker.
    """

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=150)
    action = models.CharField(max_length=64)
    object_type = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64, blank=True)
    object_repr = models.CharField(max_length=200, blank=True)
    area = models.ForeignKey(
        "geo.AdminUnit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    facility = models.ForeignKey(
        "facilities.Facility",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    # Scoped like any other record: by the area or facility the change touched.
    scope_area_field = "area"
    scope_facility_field = "facility"

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"
