"""Surveillance records: daily counts, reported situations, announced levels, cases (F0)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CountSource(models.TextChoices):
    NCSC = "ncsc", _("National COVID portal (Ministry of Health)")
    VNEXPRESS = "vnexpress", _("VnExpress dashboard")
    LINE_LIST = "line_list", _("Computed from the case line list")
    MANUAL = "manual", _("Entered by hand")


class DailyCaseCount(models.Model):
    """New cases and deaths reported for one unit on one day, from one source."""

    area = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    date = models.DateField()
    source = models.CharField(max_length=16, choices=CountSource.choices)
    new_cases = models.PositiveIntegerField()
    new_deaths = models.PositiveIntegerField(null=True, blank=True)
    is_demo = models.BooleanField(default=False, help_text="Generated for the demo, not real")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["area_id", "date"]
        constraints = [
            models.UniqueConstraint(
                fields=["area", "date", "source"], name="surveillance_daily_unique"
            )
        ]
        indexes = [models.Index(fields=["date"])]

    def __str__(self) -> str:
        return f"{self.area} {self.date}: {self.new_cases}"


class SituationReport(models.Model):
    """Figures a province reported as of a date (press bulletin, official report)."""

    area = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    as_of = models.DateField()
    cumulative_cases = models.PositiveIntegerField(null=True, blank=True)
    new_cases_24h = models.PositiveIntegerField(null=True, blank=True)
    community_cases_24h = models.PositiveIntegerField(null=True, blank=True)
    imported_cases = models.PositiveIntegerField(null=True, blank=True)
    local_cases = models.PositiveIntegerField(null=True, blank=True)
    under_treatment = models.PositiveIntegerField(null=True, blank=True)
    recovered = models.PositiveIntegerField(null=True, blank=True)
    deaths = models.PositiveIntegerField(null=True, blank=True)
    first_dose_pct = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    second_dose_pct = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    communes_at_level_4 = models.PositiveIntegerField(null=True, blank=True)
    communes_total = models.PositiveIntegerField(null=True, blank=True)
    source = models.ForeignKey(
        "intake.SourceDocument", on_delete=models.PROTECT, related_name="situation_reports"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["area_id", "-as_of", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["area", "as_of", "source"], name="surveillance_situation_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.area} {self.as_of}"


class EpidemicLevel(models.IntegerChoices):
    # NQ 128/NQ-CP (11/10/2021): four levels with their colours.
    LEVEL_1 = 1, _("Level 1: low risk (green)")
    LEVEL_2 = 2, _("Level 2: medium risk (yellow)")
    LEVEL_3 = 3, _("Level 3: high risk (orange)")
    LEVEL_4 = 4, _("Level 4: very high risk (red)")


class LevelAnnouncement(models.Model):
    """A level a unit announced, effective from a given time (seed 000: 12:00 on 2/11)."""

    area = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    level = models.PositiveSmallIntegerField(choices=EpidemicLevel.choices)
    previous_level = models.PositiveSmallIntegerField(
        choices=EpidemicLevel.choices, null=True, blank=True
    )
    effective_at = models.DateTimeField()
    source = models.ForeignKey(
        "intake.SourceDocument",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["area_id", "-effective_at"]

    def __str__(self) -> str:
        return f"{self.area} → {self.level} ({self.effective_at:%Y-%m-%d %H:%M})"


class Sex(models.TextChoices):
    MALE = "male", _("Male")
    FEMALE = "female", _("Female")
    UNKNOWN = "unknown", _("Unknown")


class CaseOutcome(models.TextChoices):
    UNDER_TREATMENT = "under_treatment", _("Under treatment")
    RECOVERED = "recovered", _("Recovered")
    DIED = "died", _("Died")


class TestType(models.TextChoices):
    RT_PCR = "rt_pcr", _("RT-PCR")
    ANTIGEN = "antigen", _("Rapid antigen test")


class DetectionSetting(models.TextChoices):
    COMMUNITY = "community", _("Community")
    QUARANTINE = "quarantine", _("Quarantine facility")
    LOCKDOWN = "lockdown", _("Lockdown zone")
    SCREENING = "screening", _("Screening")
    IMPORTED = "imported", _("Imported (entry)")
    OTHER_PROVINCE = "other_province", _("Returned from another province")


class LineListCount(models.Model):
    """The line list's new cases per unit and day, split by detection setting.

    One row per commune and day, and the same figures summed for its district and its
    province (the roll-up), kept in step by every write in the same transaction
    (``services._add_line_list_counts``) and checked by ``counts rebuild``. The situation
    report sums these rows, so the national report adds 63 province rows per day instead
    of ten thousand commune rows. Kept apart from ``DailyCaseCount``, whose per-unit series
    the levels and forecasts read as "this unit's own complete series": a roll-up of a
    partly imported line list must not stand in for a province's official series there.
    """

    area = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    date = models.DateField()
    new_cases = models.PositiveIntegerField(default=0)
    # One column per DetectionSetting (``<value>_cases``); cases with no stated setting are
    # new_cases minus their sum.
    community_cases = models.PositiveIntegerField(default=0)
    quarantine_cases = models.PositiveIntegerField(default=0)
    lockdown_cases = models.PositiveIntegerField(default=0)
    screening_cases = models.PositiveIntegerField(default=0)
    imported_cases = models.PositiveIntegerField(default=0)
    other_province_cases = models.PositiveIntegerField(default=0)

    scope_area_field = "area"

    class Meta:
        ordering = ["area_id", "date"]
        constraints = [
            models.UniqueConstraint(fields=["area", "date"], name="surveillance_linelist_unique")
        ]
        indexes = [models.Index(fields=["date"])]

    def __str__(self) -> str:
        return f"{self.area} {self.date}: {self.new_cases}"


def setting_column(setting: str) -> str:
    """The LineListCount column of a detection setting."""
    return f"{setting}_cases"


class ImportBatch(models.Model):
    """One imported line-list file. The same file (same SHA-256) is never imported twice."""

    file_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64, unique=True)
    province = models.ForeignKey(
        "geo.AdminUnit", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    row_count = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    duplicate_count = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "province"

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.file_name


class Case(models.Model):
    """A confirmed case (F0). Name, ID number, phone and address are personal data."""

    # The dedupe key is derived from the ID number or the name: personal data too.
    personal_fields = ("full_name", "id_number", "phone", "address", "dedupe_key")

    full_name = models.CharField(_("full name"), max_length=150)
    id_number = models.CharField(_("ID number"), max_length=20, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    sex = models.CharField(_("sex"), max_length=8, choices=Sex.choices, default=Sex.UNKNOWN)
    commune = models.ForeignKey(
        "geo.AdminUnit", on_delete=models.PROTECT, related_name="+", verbose_name=_("commune")
    )
    reported_on = models.DateField(_("reported on"))
    sampled_on = models.DateField(_("sampled on"), null=True, blank=True)
    test_type = models.CharField(_("test"), max_length=10, choices=TestType.choices, blank=True)
    detection_setting = models.CharField(
        _("detected in"), max_length=16, choices=DetectionSetting.choices, blank=True
    )
    # The first 128 bits of SHA-256("id:<ID number>") or of SHA-256("p:<name>|<birth
    # year>|<commune>|<report date>"): how duplicates are recognised across files and
    # entries, without keeping the ID in clear. A uuid column on PostgreSQL, 32 hex
    # characters on SQLite: a small index, and the database itself refuses a second real
    # case with the same key (constraint below). See docs/adr/0062.
    dedupe_key = models.UUIDField(null=True, blank=True)
    # No database constraint: the import writes a million rows naming the batch it created
    # a moment before in the same transaction, and PostgreSQL would check that reference
    # once per row at commit (a third of a bare load's time). Batches are never deleted
    # (PROTECT, and no service deletes one). ADR 0062.
    import_batch = models.ForeignKey(
        ImportBatch,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cases",
        db_constraint=False,
    )
    cluster = models.ForeignKey(
        "Cluster", null=True, blank=True, on_delete=models.SET_NULL, related_name="cases"
    )
    # Codes of epi.comorbidities (QĐ 4038 App. 01); text that named none of them is kept.
    comorbidities = models.JSONField(_("comorbidities"), default=list, blank=True)
    comorbidity_notes = models.CharField(max_length=300, blank=True)
    is_pregnant = models.BooleanField(_("pregnant"), null=True, blank=True)
    # [{"dose": 1, "on": "2021-08-01"}, ...] in dose order
    doses = models.JSONField(_("vaccine doses"), default=list, blank=True)
    outcome_on = models.DateField(_("outcome date"), null=True, blank=True)
    place_of_care = models.CharField(_("place of care"), max_length=200, blank=True)
    source_case = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="infected"
    )
    outcome = models.CharField(
        _("outcome"),
        max_length=20,
        choices=CaseOutcome.choices,
        default=CaseOutcome.UNDER_TREATMENT,
    )
    is_demo = models.BooleanField(default=False, help_text="Generated for the demo, not real")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "commune"

    class Meta:
        ordering = ["-reported_on", "-id"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        indexes = [models.Index(fields=["commune", "reported_on"])]
        constraints = [
            # Generated demo cases may repeat a person; real ones may not.
            models.UniqueConstraint(
                fields=["dedupe_key"],
                condition=models.Q(is_demo=False),
                name="surveillance_case_one_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"F0 #{self.pk}"

    @property
    def entered_by(self) -> Any:
        """Who entered the case: its creator, or for an imported case (whose rows carry no
        creator, one foreign key less per row) the user who imported its file."""
        if self.created_by_id is not None or self.import_batch is None:
            return self.created_by
        return self.import_batch.created_by


class TestResult(models.Model):
    """One SARS-CoV-2 test (RT-PCR or antigen) and its result, placed in the commune where
    the sample was taken; what the positivity by area and day is computed from."""

    commune = models.ForeignKey(
        "geo.AdminUnit", on_delete=models.PROTECT, related_name="+", verbose_name=_("commune")
    )
    sampled_on = models.DateField(_("sampled on"))
    test_type = models.CharField(_("test"), max_length=10, choices=TestType.choices)
    site = models.CharField(_("testing site or laboratory"), max_length=200, blank=True)
    is_positive = models.BooleanField(_("positive"))
    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.SET_NULL, related_name="test_results"
    )
    import_batch = models.ForeignKey(
        ImportBatch, null=True, blank=True, on_delete=models.PROTECT, related_name="tests"
    )
    is_demo = models.BooleanField(default=False, help_text="Generated for the demo, not real")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "commune"
    __test__ = False  # not a pytest test class despite its name

    class Meta:
        ordering = ["-sampled_on", "-id"]
        verbose_name = _("test result")
        verbose_name_plural = _("test results")
        indexes = [models.Index(fields=["commune", "sampled_on"])]

    def __str__(self) -> str:
        return f"{self.get_test_type_display()} {self.sampled_on}"


class FigureChoice(models.Model):
    """Which source a user chose for one figure when sources disagree (seed 001 says 2,061
    under treatment, seed 002 the same day 2,099). Every source stays stored."""

    area = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    as_of = models.DateField()
    field = models.CharField(max_length=40)
    source_key = models.CharField(max_length=60)
    reason = models.CharField(max_length=300, blank=True)
    chosen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["area_id", "-as_of", "field"]
        constraints = [
            models.UniqueConstraint(
                fields=["area", "as_of", "field"], name="surveillance_figure_choice_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.area} {self.as_of} {self.field} ← {self.source_key}"


class Cluster(models.Model):
    """A cluster of cases (chùm ca). Seed 000: "nhiều chùm ca cộng đồng không rõ nguồn lây"."""

    name = models.CharField(_("name"), max_length=200)
    area = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    is_unknown_source = models.BooleanField(_("unknown source"), default=False)
    first_detected_on = models.DateField(_("first detected on"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["-first_detected_on", "name"]

    def __str__(self) -> str:
        return self.name


class ContactKind(models.TextChoices):
    F1 = "F1", _("F1: close contact of a case")
    F2 = "F2", _("F2: contact of an F1")


class Contact(models.Model):
    """A contact (F1/F2) of a case, with the quarantine of the rule in force on exposure."""

    personal_fields = ("full_name", "id_number", "phone", "address")

    full_name = models.CharField(_("full name"), max_length=150)
    id_number = models.CharField(_("ID number"), max_length=20, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    commune = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=2, choices=ContactKind.choices)
    source_case = models.ForeignKey(
        "Case", null=True, blank=True, on_delete=models.PROTECT, related_name="contacts"
    )
    source_contact = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="contacts"
    )
    exposed_on = models.DateField(_("exposed on"))
    is_fully_vaccinated = models.BooleanField(default=False)
    last_dose_on = models.DateField(null=True, blank=True)
    recovered_on = models.DateField(null=True, blank=True)
    quarantine_ends = models.DateField(_("quarantine ends"), null=True, blank=True)
    monitoring_ends = models.DateField(null=True, blank=True)
    test_dates = models.JSONField(default=list, blank=True)
    quarantine_rule = models.CharField(max_length=120, blank=True)
    quarantine_tag = models.CharField(max_length=10, blank=True)
    converted_case = models.OneToOneField(
        "Case", null=True, blank=True, on_delete=models.PROTECT, related_name="from_contact"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "commune"

    class Meta:
        ordering = ["-exposed_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(source_case__isnull=False)
                | models.Q(source_contact__isnull=False),
                name="surveillance_contact_has_source",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk}"
