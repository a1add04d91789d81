"""Reads of the review queue, always through visible_to."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q, QuerySet

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to, visible_to
from chongdich.surveillance.models import SituationReport

from .models import ExtractedFact, FactStatus, SourceDocument


def facts_for(user: Any, capability: Capability = Capability.VIEW) -> QuerySet[ExtractedFact]:
    return visible_to(ExtractedFact.objects.select_related("document", "area"), user, capability)


def documents_for(user: Any) -> QuerySet[SourceDocument]:
    """Documents with at least one fact the user may see, and those the user submitted
    (also when nothing was read from them, so they can add what was missed), with their
    pending count."""
    fact_ids = facts_for(user).values("pk")
    with_visible_facts = Q(pk__in=facts_for(user).values("document_id"))
    mine = Q(submitted_by=user) if getattr(user, "pk", None) else Q(pk__in=[])
    return (
        SourceDocument.objects.filter(with_visible_facts | mine)
        .annotate(
            pending=Count("facts", filter=Q(facts__status=FactStatus.PENDING, facts__in=fact_ids)),
            total=Count("facts", filter=Q(facts__in=fact_ids)),
        )
        .order_by("-created_at")
    )


def document_for(user: Any, document_id: int) -> SourceDocument | None:
    """A document the user may review: they submitted it, one of its facts is visible to
    them, or it has no fact at all and they may enter surveillance data (press text is
    public)."""
    doc = SourceDocument.objects.filter(pk=document_id).first()
    if doc is None:
        return None
    if getattr(user, "pk", None) is not None and doc.submitted_by_id == user.pk:
        return doc
    if facts_for(user).filter(document=doc).exists():
        return doc
    jurisdiction = accessible_to(user)
    if not doc.facts.exists() and jurisdiction.can(Capability.EDIT_SURVEILLANCE):
        return doc
    return None


def conflicts_for(user: Any, fact: ExtractedFact) -> list[dict[str, Any]]:
    """Other sources' situation reports for the same province and date that disagree."""
    payload = fact.payload
    if fact.area is None or not payload.get("as_of"):
        return []
    from .services import _STAT_TO_SITUATION

    others = (
        visible_to(SituationReport.objects.select_related("source"), user)
        .filter(area=fact.area, as_of=payload["as_of"])
        .exclude(source=fact.document)
    )
    out = []
    for report in others:
        for name, target in _STAT_TO_SITUATION.items():
            mine, theirs = payload.get(name), getattr(report, target)
            if mine is not None and theirs is not None and float(mine) != float(theirs):
                out.append({"field": name, "value": mine, "other": theirs, "source": report.source})
    return out
