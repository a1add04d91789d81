"""Epidemic levels: provinces' rule-set versions, the inputs beside case counts, the weekly
assessments (history) of every unit. Scheduled changes are surveillance.LevelAnnouncement."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RuleSetCode(models.TextChoices):
    QD4800 = "QD4800", _("QĐ 4800/QĐ-BYT (12/10/2021 – 26/01/2022)")
    QD218 = "QD218", _("QĐ 218/QĐ-BYT (from 27/01/2022)")


class RuleSetOverride(models.Model):
    """One version of a province's changes to a default rule set (NQ 128 lets them adjust).

    Versions only grow; the newest is in force. ``changes`` holds only what differs, in the
    form ``chongdich.epi.level_rules.apply_overrides`` takes.
    """

    province = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    rule_set = models.CharField(max_length=8, choices=RuleSetCode.choices)
    version = models.PositiveIntegerField()
    changes = models.JSONField(default=dict)
    note = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "province"

    class Meta:
        ordering = ["province_id", "rule_set", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "rule_set", "version"], name="levels_override_version_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.rule_set} v{self.version} ({self.province})"


class UnitIndicator(models.Model):
    """Vaccination coverage and treatment capacity of a unit, as of a date.

    A unit without its own row uses its nearest ancestor's (3b is set by the district and
    shared by its communes, QĐ 218/QĐ-BYT); the reasons say where a value came from.
    """

    area = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    as_of = models.DateField()
    adult_first_dose_pct = models.FloatField(null=True, blank=True)
    age50_full_pct = models.FloatField(null=True, blank=True)
    population_full_pct = models.FloatField(null=True, blank=True)
    high_risk_full_pct = models.FloatField(null=True, blank=True)
    capacity_met = models.BooleanField(null=True, blank=True)
    free_beds_per_100k = models.FloatField(null=True, blank=True)
    source = models.CharField(max_length=300, blank=True)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["area_id", "-as_of"]
        constraints = [
            models.UniqueConstraint(fields=["area", "as_of"], name="levels_indicator_unique")
        ]

    def __str__(self) -> str:
        return f"{self.area} {self.as_of}"


class LevelAssessment(models.Model):
    """The computed level of one unit for the week ending ``as_of``; re-running replaces it."""

    area = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    as_of = models.DateField()
    rule_set = models.CharField(max_length=8, choices=RuleSetCode.choices)
    rule_set_version = models.CharField(max_length=60)
    level = models.PositiveSmallIntegerField()
    level_min = models.PositiveSmallIntegerField()
    band = models.PositiveSmallIntegerField()
    cases_per_100k_week = models.FloatField()
    cases_week = models.FloatField()
    population = models.PositiveIntegerField()
    population_is_estimate = models.BooleanField(default=False)
    coverage_met = models.BooleanField()
    held_by_capacity = models.BooleanField(default=False)
    evidence = models.CharField(max_length=1)
    reasons_vi = models.JSONField(default=list)
    reasons_en = models.JSONField(default=list)
    inputs = models.JSONField(default=dict)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["area_id", "-as_of"]
        constraints = [
            models.UniqueConstraint(fields=["area", "as_of"], name="levels_assessment_unique")
        ]
        indexes = [models.Index(fields=["as_of", "level"])]

    def __str__(self) -> str:
        return f"{self.area} {self.as_of}: {self.level}"

    @property
    def color(self) -> str:
        return {1: "xanh", 2: "vàng", 3: "cam", 4: "đỏ"}[self.level]

    @property
    def is_range(self) -> bool:
        return self.level_min != self.level
