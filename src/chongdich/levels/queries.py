"""Scoped reads of epidemic levels."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import QuerySet

from chongdich.accounts.scoping import visible_to

from .models import LevelAssessment, RuleSetOverride


def assessments_for(user: Any) -> QuerySet[LevelAssessment]:
    return visible_to(LevelAssessment.objects.all(), user).select_related("area")


def weeks_of(user: Any, province_id: int) -> list[dt.date]:
    return list(
        assessments_for(user)
        .filter(area__province_id=province_id)
        .values_list("as_of", flat=True)
        .distinct()
        .order_by("-as_of")
    )


def overrides_for(user: Any) -> QuerySet[RuleSetOverride]:
    return visible_to(RuleSetOverride.objects.all(), user).select_related("province")


def level_counts(rows: list[LevelAssessment]) -> dict[int, int]:
    counts = {1: 0, 2: 0, 3: 0, 4: 0}
    for row in rows:
        counts[row.level] += 1
    return counts
