"""Support between provinces (chi viện): who gave what to whom, as the sources state it."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class SupportItemCode(models.TextChoices):
    # Codes of the seeds' gold file; the logistics catalogue extends them.
    VACCINE_DOSE = "vaccine_dose", _("Vaccine doses")
    VENTILATOR = "ventilator", _("Ventilators")
    OXYGEN_CONCENTRATOR = "oxygen_concentrator", _("Oxygen concentrators")
    THERMOMETER = "thermometer", _("Thermometers")
    PCR_MACHINE = "pcr_machine", _("PCR machines")
    MEDICAL_STAFF = "medical_staff", _("Medical staff")
    MONEY_VND = "money_vnd", _("Money (VND)")


class SupportEvent(models.Model):
    donor_name = models.CharField(_("donor"), max_length=200)
    donor_area = models.ForeignKey(
        "geo.AdminUnit", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recipient = models.ForeignKey(
        "geo.AdminUnit", on_delete=models.PROTECT, related_name="+", verbose_name=_("recipient")
    )
    date = models.DateField(null=True, blank=True)
    source = models.ForeignKey(
        "intake.SourceDocument",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "recipient"

    class Meta:
        ordering = ["recipient_id", "date", "id"]

    def __str__(self) -> str:
        return f"{self.donor_name} → {self.recipient}"


class SupportItem(models.Model):
    event = models.ForeignKey(SupportEvent, on_delete=models.CASCADE, related_name="items")
    item = models.CharField(max_length=32, choices=SupportItemCode.choices)
    quantity = models.PositiveBigIntegerField()
    detail = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "event__recipient"

    class Meta:
        ordering = ["event_id", "id"]

    def __str__(self) -> str:
        return f"{self.quantity} {self.item}"
