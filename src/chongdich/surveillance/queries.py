from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import visible_to

from .models import Case, DailyCaseCount, LevelAnnouncement, SituationReport


def latest_situations(user: Any) -> list[SituationReport]:
    """The newest report of each area the user may see."""
    reports = visible_to(SituationReport.objects.all(), user).select_related("area", "source")
    latest: dict[int, SituationReport] = {}
    for r in reports.order_by("area_id", "-as_of", "-cumulative_cases"):
        latest.setdefault(r.area_id, r)
    return list(latest.values())


def situations_for(user: Any) -> QuerySet[SituationReport]:
    return visible_to(SituationReport.objects.all(), user).select_related("area", "source")


def daily_counts_for(user: Any) -> QuerySet[DailyCaseCount]:
    return visible_to(DailyCaseCount.objects.all(), user).select_related("area")


def level_announcements_for(user: Any) -> QuerySet[LevelAnnouncement]:
    return visible_to(LevelAnnouncement.objects.all(), user).select_related("area", "source")


def cases_for(user: Any) -> QuerySet[Case]:
    """Line lists carry personal data: only roles that may see it get rows at all."""
    return visible_to(Case.objects.all(), user, Capability.VIEW_PERSONAL).select_related(
        "commune", "commune__parent", "created_by", "import_batch__created_by"
    )
