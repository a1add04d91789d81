"""Administrative units of both maps: the 63 provinces before 1 July 2025 and the 34 after."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class MapVersion(models.TextChoices):
    LEGACY = "legacy", _("63 provinces (before 1 July 2025)")
    CURRENT = "current", _("34 provinces (from 1 July 2025)")


class UnitLevel(models.TextChoices):
    PROVINCE = "province", _("Province")
    DISTRICT = "district", _("District")
    COMMUNE = "commune", _("Commune")


class PopulationSeries(models.TextChoices):
    CENSUS_2019 = "census2019_ncsc", _("2019 census (as served by the national COVID portal)")
    GSO_2020 = "gso2020_avg", _("GSO 2020 average population")
    NSO_2024 = "nso2024", _("NSO 2024 population")
    IMPORTED = "imported", _("Imported from a commune population file")
    ESTIMATE = "estimate", _("Estimate apportioned from the province")
    SUM = "sum", _("Sum of member units")


class AdminUnit(models.Model):
    """A province, district or commune of one map version, with its official code.

    ``province`` points at the unit's own province (itself for a province) so that scoping a
    query to a province is one indexed comparison.
    """

    map_version = models.CharField(max_length=8, choices=MapVersion.choices)
    level = models.CharField(max_length=8, choices=UnitLevel.choices)
    code = models.CharField(max_length=8)
    name = models.CharField(max_length=120)
    short_name = models.CharField(max_length=100)
    unit_type = models.CharField(max_length=40)
    key = models.CharField(max_length=120, help_text="ASCII key used by vietnamadminunits")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    province = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    area_km2 = models.FloatField(null=True, blank=True)
    population = models.PositiveIntegerField(null=True, blank=True)
    population_series = models.CharField(
        max_length=20, choices=PopulationSeries.choices, blank=True
    )
    population_is_estimate = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["map_version", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["map_version", "level", "code"], name="geo_unit_unique_code"
            )
        ]
        indexes = [models.Index(fields=["map_version", "level", "province"])]

    def __str__(self) -> str:
        return self.name

    @property
    def is_legacy(self) -> bool:
        return self.map_version == MapVersion.LEGACY


class PopulationFigure(models.Model):
    """One population value for one unit from one series; the unit keeps the one in use."""

    unit = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="populations")
    series = models.CharField(max_length=20, choices=PopulationSeries.choices)
    value = models.PositiveIntegerField()
    source = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["unit_id", "series"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "series"], name="geo_population_unique")
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.series}={self.value}"


class UnitSuccession(models.Model):
    """Which current (2025) unit an old unit became part of.

    An old commune split between several new ones has one row per new commune, one of them
    marked as the default (where its centre lies), as in vietnamadminunits' converter.
    """

    old_unit = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="successors")
    new_unit = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="predecessors")
    is_default = models.BooleanField(default=True)
    is_split = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["old_unit_id", "new_unit_id"]
        constraints = [
            models.UniqueConstraint(fields=["old_unit", "new_unit"], name="geo_succession_unique")
        ]

    def __str__(self) -> str:
        return f"{self.old_unit} → {self.new_unit}"
