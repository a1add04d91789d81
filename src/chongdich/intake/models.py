"""Source documents (press articles, official reports) that facts in the system cite."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# What an accepted fact becomes (``Fact.result`` is "app.Model:id"): its name for the
# reviewer, and the page that lists it.
RESULT_PAGES = {
    "surveillance.SituationReport": (_("situation report"), "surveillance:sitrep"),
    "logistics.SupportEvent": (_("support record in the ledger"), "logistics:ledger"),
}


class SourceKind(models.TextChoices):
    PRESS = "press", _("Press article")
    OFFICIAL = "official", _("Official document or report")
    DATASET = "dataset", _("Published data set")


class SourceDocument(models.Model):
    kind = models.CharField(max_length=16, choices=SourceKind.choices)
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=500, blank=True)
    file_name = models.CharField(max_length=200, blank=True, unique=True, null=True)
    published_on = models.DateField(null=True, blank=True)
    text = models.TextField(blank=True)
    # The officer who pasted or uploaded it: theirs to find again when nothing was read.
    submitted_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_on", "title"]

    def __str__(self) -> str:
        return self.title


class FactKind(models.TextChoices):
    PROVINCE_STATS = "province_stats", _("Province statistics")
    SUPPORT_EVENT = "support_event", _("Support event")
    DIRECTIVE = "directive", _("Directive")


class FactStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting review")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class ExtractedFact(models.Model):
    """One fact read from a document (by the extractor, or by an officer where the
    extractor missed it), waiting for an officer's review.

    ``payload`` is the extractor's object (the CLI's schema, docs/cli.md#intake); an officer
    may edit it before accepting. ``area`` is the province the fact is about (statistics,
    directive) or the recipient (support): it decides who may review it.
    """

    document = models.ForeignKey(SourceDocument, on_delete=models.CASCADE, related_name="facts")
    kind = models.CharField(max_length=16, choices=FactKind.choices)
    payload = models.JSONField()
    area = models.ForeignKey(
        "geo.AdminUnit", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    span_start = models.PositiveIntegerField()
    span_end = models.PositiveIntegerField()
    confidence = models.FloatField()
    status = models.CharField(max_length=16, choices=FactStatus.choices, default="pending")
    result = models.CharField(max_length=100, blank=True)  # "surveillance.SituationReport:12"
    # The officer who added a fact the reader missed; null for the extractor's facts.
    added_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "area"

    class Meta:
        ordering = ["document_id", "span_start", "id"]

    def __str__(self) -> str:
        return f"{self.kind} {self.span_start}-{self.span_end} ({self.status})"

    def result_record(self) -> dict[str, object] | None:
        """What the accepted fact was recorded as: its kind in the reviewer's language, its
        number and the page listing it (the stored "app.Model:id" is for the audit log)."""
        model, _sep, number = self.result.partition(":")
        if model not in RESULT_PAGES:
            return None
        label, page = RESULT_PAGES[model]
        return {"label": label, "number": number, "url": reverse(page)}
