"""Scenarios (kịch bản), province demand settings, computed forecasts and breach warnings."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Scenario(models.Model):
    """A province's planned scenario: N concurrent F0 and the means prepared for them."""

    scope_area_field = "province"

    province = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("name"), max_length=200)
    concurrent_cases = models.PositiveIntegerField(_("concurrent F0 under treatment"))
    tier1_beds = models.PositiveIntegerField(_("tier 1 beds"), null=True, blank=True)
    tier2_beds = models.PositiveIntegerField(_("tier 2 beds"), null=True, blank=True)
    icu_beds = models.PositiveIntegerField(_("ICU beds"), null=True, blank=True)
    ventilators = models.PositiveIntegerField(_("ventilators"), null=True, blank=True)
    oxygen_concentrators = models.PositiveIntegerField(
        _("oxygen concentrators"), null=True, blank=True
    )
    staff = models.PositiveIntegerField(_("health workers"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=False)
    is_demo = models.BooleanField(default=False, help_text="Generated for the demo, not real")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["province_id", "concurrent_cases", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["province", "name"], name="scenario_unique_name"),
            models.UniqueConstraint(
                fields=["province"],
                condition=models.Q(is_active=True),
                name="scenario_one_active_per_province",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.concurrent_cases})"

    def capacity(self) -> dict[str, float]:
        return {
            key: float(value)
            for key, value in (
                ("tier1_beds", self.tier1_beds),
                ("tier2_beds", self.tier2_beds),
                ("icu_beds", self.icu_beds),
                ("ventilators", self.ventilators),
                ("oxygen_concentrators", self.oxygen_concentrators),
                ("staff", self.staff),
            )
            if value is not None
        }


class DemandSettings(models.Model):
    """A province's edits to the demand assumptions, and stock not tracked elsewhere."""

    scope_area_field = "province"

    province = models.OneToOneField("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    parameter_overrides = models.JSONField(default=dict, blank=True)
    oxygen_concentrators = models.PositiveIntegerField(
        _("oxygen concentrators in service"), null=True, blank=True
    )
    ventilators = models.PositiveIntegerField(_("ventilators in service"), null=True, blank=True)
    staff = models.PositiveIntegerField(_("health workers on COVID duty"), null=True, blank=True)
    # Piped and liquid oxygen the province's hospitals can deliver, litres per minute.
    oxygen_supply_lpm = models.PositiveIntegerField(
        _("oxygen supply (litres/minute)"), null=True, blank=True
    )
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["province_id"]

    def __str__(self) -> str:
        return f"demand settings of {self.province_id}"


class ForecastRun(models.Model):
    """The latest computed forecast of a province (rebuilt by ``chongdich forecast run``)."""

    scope_area_field = "province"

    province = models.OneToOneField("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    as_of = models.DateField()
    rt_median = models.FloatField(null=True)
    rt_low = models.FloatField(null=True)
    rt_high = models.FloatField(null=True)
    # Earliest median day (from as_of) on which any resource runs out; None if none does.
    days_to_first_breach = models.IntegerField(null=True)
    first_breach_resource = models.CharField(max_length=32, blank=True)
    payload = models.JSONField(default=dict)
    computed_at = models.DateTimeField(auto_now=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["province_id"]

    def __str__(self) -> str:
        return f"forecast of {self.province_id} as of {self.as_of}"


class WarningKind(models.TextChoices):
    ACTUAL = "actual", _("Actual figures exceed the scenario")
    PROJECTED = "projected", _("Projected figures will exceed the scenario")


class ScenarioWarning(models.Model):
    """A breach of the active scenario, sent to the province's officers."""

    scope_area_field = "province"

    province = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="warnings")
    kind = models.CharField(max_length=16, choices=WarningKind.choices)
    resource = models.CharField(max_length=32)
    as_of = models.DateField()
    breach_date = models.DateField()
    figure = models.FloatField()
    threshold = models.FloatField()
    recipients = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-as_of", "province_id", "resource", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["scenario", "kind", "resource", "as_of"], name="warning_unique_per_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.resource} {self.figure:.0f} > {self.threshold:.0f}"
