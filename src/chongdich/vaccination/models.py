"""Vaccination records: doses given per commune, populations by age group, coverage a
province reported, the national series, and vaccine lots held as logistics stock."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from chongdich.epi.coverage import AGE_GROUPS


class AgeGroup(models.TextChoices):
    # The values are chongdich.epi.coverage.AGE_GROUPS, in that order.
    CHILD = AGE_GROUPS[0], _("0–11 years")
    ADOLESCENT = AGE_GROUPS[1], _("12–17 years")
    ADULT = AGE_GROUPS[2], _("18–49 years")
    OLDER_ADULT = AGE_GROUPS[3], _("50–64 years")
    ELDERLY = AGE_GROUPS[4], _("65 years and over")


class DoseNumber(models.IntegerChoices):
    FIRST = 1, _("Dose 1")
    SECOND = 2, _("Dose 2")
    BOOSTER = 3, _("Booster")


class Brand(models.TextChoices):
    ASTRAZENECA = "astrazeneca", "AstraZeneca"
    PFIZER = "pfizer", "Pfizer-BioNTech"
    MODERNA = "moderna", "Moderna"
    SINOPHARM = "sinopharm", "Sinopharm (Vero Cell)"
    SPUTNIK_V = "sputnik_v", "Sputnik V"
    ABDALA = "abdala", "Abdala"
    COVAXIN = "covaxin", "Covaxin"
    JANSSEN = "janssen", "Janssen"
    HAYAT_VAX = "hayat_vax", "Hayat-Vax"
    OTHER = "other", _("Other")


class DoseImportBatch(models.Model):
    """One imported dose file. The same file (same SHA-256) is never imported twice."""

    file_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64, unique=True)
    province = models.ForeignKey(
        "geo.AdminUnit", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    row_count = models.PositiveIntegerField(default=0)
    doses = models.PositiveBigIntegerField(default=0)
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


class DoseRecord(models.Model):
    """Doses given in one commune on one day to one age group, by dose number and brand.

    Re-entering the same key replaces the count (a corrected daily report), so a day is
    never counted twice.
    """

    commune = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    date = models.DateField()
    age_group = models.CharField(max_length=8, choices=AgeGroup.choices)
    dose_number = models.PositiveSmallIntegerField(choices=DoseNumber.choices)
    brand = models.CharField(max_length=16, choices=Brand.choices)
    doses = models.PositiveIntegerField()
    batch = models.ForeignKey(
        DoseImportBatch, null=True, blank=True, on_delete=models.PROTECT, related_name="records"
    )
    is_demo = models.BooleanField(default=False, help_text="Generated for the demo, not real")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "commune"

    class Meta:
        ordering = ["commune_id", "date", "age_group", "dose_number", "brand"]
        constraints = [
            models.UniqueConstraint(
                fields=["commune", "date", "age_group", "dose_number", "brand"],
                name="vaccination_dose_unique",
            )
        ]
        indexes = [models.Index(fields=["date"])]

    def __str__(self) -> str:
        return f"{self.commune} {self.date} {self.age_group} #{self.dose_number}: {self.doses}"


class AgePopulation(models.Model):
    """People of one age group living in a unit; estimated ones say so."""

    area = models.ForeignKey("geo.AdminUnit", on_delete=models.CASCADE, related_name="+")
    age_group = models.CharField(max_length=8, choices=AgeGroup.choices)
    population = models.PositiveIntegerField()
    is_estimate = models.BooleanField(default=False)
    source = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["area_id", "age_group"]
        constraints = [
            models.UniqueConstraint(fields=["area", "age_group"], name="vaccination_agepop_unique")
        ]

    def __str__(self) -> str:
        return f"{self.area} {self.age_group}: {self.population}"


class ReportedCoverage(models.Model):
    """Coverage a unit reported as of a date (a press bulletin, an official report), used
    where the unit has no dose table. Percentages of the population named by each field."""

    area = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    as_of = models.DateField()
    adult_first_dose_pct = models.FloatField(null=True, blank=True)
    adult_full_pct = models.FloatField(null=True, blank=True)
    age50_full_pct = models.FloatField(null=True, blank=True)
    population_full_pct = models.FloatField(null=True, blank=True)
    high_risk_full_pct = models.FloatField(null=True, blank=True)
    interpretation = models.CharField(max_length=300, blank=True)
    source = models.ForeignKey(
        "intake.SourceDocument", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    source_note = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["area_id", "-as_of"]
        constraints = [
            models.UniqueConstraint(fields=["area", "as_of"], name="vaccination_reported_unique")
        ]

    def __str__(self) -> str:
        return f"{self.area} {self.as_of}"

    @property
    def source_label(self) -> str:
        return str(self.source) if self.source_id else self.source_note


class NationalDoseDay(models.Model):
    """The national series (people with one dose, with two, cumulative doses) for one day."""

    date = models.DateField(unique=True)
    doses_total_cumulative = models.PositiveBigIntegerField()
    people_exactly_one_dose = models.PositiveBigIntegerField()
    people_two_doses = models.PositiveBigIntegerField()
    source = models.CharField(max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date}: {self.doses_total_cumulative}"

    @property
    def people_at_least_one_dose(self) -> int:
        return self.people_exactly_one_dose + self.people_two_doses

    @property
    def doses_given(self) -> int:
        """Doses given. Until 10/11/2021 the file's "doses" column equals people with one
        dose plus people with two (a person count, not doses); from 11/11/2021 it counts
        doses. Either way each person with two doses had two: take the larger."""
        return max(
            self.doses_total_cumulative, self.people_exactly_one_dose + 2 * self.people_two_doses
        )

    @property
    def boosters_and_others(self) -> int:
        """Doses that are neither a first nor a second dose (boosters, third doses)."""
        return max(
            self.doses_total_cumulative - self.people_at_least_one_dose - self.people_two_doses, 0
        )


class LotSource(models.TextChoices):
    DONATION = "donation", _("Donation")
    MINISTRY = "ministry", _("Allocation from the Ministry of Health")
    PROVINCE = "province", _("Allocation from the province")


class VaccineLot(models.Model):
    """A received lot of vaccine, held as stock of a logistics holder.

    The doses are in the logistics ledger (``StockLevel`` of the brand's item); the lot
    records what the ledger cannot: lot number, expiry, and doses used and wasted from it.
    A lot that arrived as a logistics shipment (a donation) links to it; a lot passed on
    to a district points to the lot it came from.
    """

    brand = models.CharField(_("brand"), max_length=16, choices=Brand.choices)
    lot_number = models.CharField(_("lot number"), max_length=60)
    expires_on = models.DateField(_("expiry date"))
    doses_received = models.PositiveIntegerField(_("doses received"))
    doses_used = models.PositiveIntegerField(default=0)
    doses_wasted = models.PositiveIntegerField(default=0)
    doses_passed_on = models.PositiveIntegerField(default=0)
    received_on = models.DateField(_("received on"))
    source_kind = models.CharField(max_length=12, choices=LotSource.choices)
    source_name = models.CharField(_("from"), max_length=200)
    holder = models.ForeignKey("logistics.Holder", on_delete=models.PROTECT, related_name="+")
    area = models.ForeignKey("geo.AdminUnit", on_delete=models.PROTECT, related_name="+")
    shipment = models.ForeignKey(
        "logistics.Shipment", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    document = models.ForeignKey(
        "intake.SourceDocument", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["expires_on", "lot_number", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["holder", "brand", "lot_number"], name="vaccination_lot_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(
                    doses_used__lte=models.F("doses_received")
                    - models.F("doses_wasted")
                    - models.F("doses_passed_on")
                ),
                name="vaccination_lot_not_overdrawn",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_brand_display()} {self.lot_number}"

    @property
    def is_expired(self) -> bool:
        from django.utils import timezone

        return self.expires_on < timezone.localdate()

    @property
    def doses_left(self) -> int:
        return self.doses_received - self.doses_used - self.doses_wasted - self.doses_passed_on
