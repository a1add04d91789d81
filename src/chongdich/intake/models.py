"""Source documents (press articles, official reports) that facts in the system cite."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


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
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_on", "title"]

    def __str__(self) -> str:
        return self.title
