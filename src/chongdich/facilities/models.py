"""Health facilities, their beds by type, and provinces' bed-reserve policies."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class FacilityKind(models.TextChoices):
    CENTRAL_HOSPITAL = "central_hospital", _("Central hospital")
    PROVINCIAL_HOSPITAL = "provincial_hospital", _("Provincial hospital")
    DISTRICT_HOSPITAL = "district_hospital", _("District hospital / health centre")
    FIELD_HOSPITAL = "field_hospital", _("Field hospital")
    COMMUNE_STATION = "commune_station", _("Commune health station")
    PRIVATE_CLINIC = "private_clinic", _("Private hospital or clinic")
    COLLECTION_CENTRE = "collection_centre", _("Collection and treatment centre")
    MOBILE_STATION = "mobile_station", _("Mobile medical station")


class TreatmentTier(models.IntegerChoices):
    # QĐ 4111/QĐ-BYT (26/08/2021): the three-tier tower model of COVID-19 treatment.
    TIER_1 = 1, _("Tier 1: asymptomatic and mild")
    TIER_2 = 2, _("Tier 2: moderate")
    TIER_3 = 3, _("Tier 3: severe and critical (ICU)")


class BedType(models.TextChoices):
    GENERAL = "general", _("General COVID-19 bed")
    OXYGEN = "oxygen", _("Bed with oxygen")
    ICU = "icu", _("Intensive care bed")
    VENTILATOR = "ventilator", _("ICU bed with ventilator")


class Facility(models.Model):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=32, choices=FacilityKind.choices)
    tier = models.PositiveSmallIntegerField(_("treatment tier"), choices=TreatmentTier.choices)
    is_public = models.BooleanField(_("public"), default=True)
    area = models.ForeignKey(
        "geo.AdminUnit",
        on_delete=models.PROTECT,
        related_name="facilities",
        verbose_name=_("location"),
    )
    staff_doctors = models.PositiveIntegerField(_("doctors"), default=0)
    staff_nurses = models.PositiveIntegerField(_("nurses"), default=0)
    is_demo = models.BooleanField(default=False, help_text="Generated for the demo, not real")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"
    scope_facility_field = "pk"

    class Meta:
        ordering = ["name"]
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")

    def __str__(self) -> str:
        return self.name


class BedCapacity(models.Model):
    facility = models.ForeignKey(Facility, on_delete=models.CASCADE, related_name="beds")
    bed_type = models.CharField(max_length=16, choices=BedType.choices)
    total = models.PositiveIntegerField()
    occupied = models.PositiveIntegerField(default=0)
    # Beds promised to a referred patient who is on the way: not free, not yet occupied.
    held = models.PositiveIntegerField(default=0)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "facility__area"
    scope_facility_field = "facility"

    class Meta:
        ordering = ["facility_id", "bed_type"]
        constraints = [
            models.UniqueConstraint(fields=["facility", "bed_type"], name="facility_bed_unique"),
            models.CheckConstraint(
                condition=models.Q(occupied__lte=models.F("total")),
                name="facility_beds_occupied_within_total",
            ),
            models.CheckConstraint(
                condition=models.Q(occupied__lte=models.F("total") - models.F("held")),
                name="facility_beds_occupied_and_held_within_total",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.facility} {self.bed_type}: {self.occupied}/{self.total}"

    @property
    def free(self) -> int:
        return self.total - self.occupied - self.held


class BedReservePolicy(models.Model):
    """A province's rule that a share of treatment beds is kept for COVID-19 patients.

    Seed 004: Thông báo 72/TB-VP (Hà Nội, 02/03/2022) asks the DoH to ensure 50% of the
    city's treatment beds for COVID-19 should cases keep rising. DOMAIN.md §7: [S], no MoH rule.
    """

    province = models.ForeignKey(
        "geo.AdminUnit", on_delete=models.PROTECT, related_name="bed_reserve_policies"
    )
    reserved_share = models.DecimalField(max_digits=4, decimal_places=3)
    applies_to = models.CharField(max_length=200)
    document = models.CharField(max_length=100)
    effective_from = models.DateField()
    source = models.ForeignKey(
        "intake.SourceDocument",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "province"

    class Meta:
        ordering = ["province_id", "-effective_from"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(reserved_share__gte=0) & models.Q(reserved_share__lte=1),
                name="facility_reserve_share_0_1",
            )
        ]

    def __str__(self) -> str:
        return f"{self.province}: {self.reserved_share:.0%} ({self.document})"
