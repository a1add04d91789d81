from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi.gazetteer import canonical_province, normalise, province_code
from chongdich.epi.press_facts import extract_facts
from chongdich.errors import ErrorCode, ServiceError
from chongdich.facilities.models import Facility
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel
from chongdich.logistics.services import record_support_event
from chongdich.surveillance.services import announce_level, record_situation_report

from .extraction import home_province
from .models import ExtractedFact, FactKind, FactStatus, SourceDocument, SourceKind
from .payloads import checked_stats, checked_support, ledger_item, locate_quote
from .saved_pages import MAX_BYTES, PageProblem, UnreadablePage, read_saved_page

# SourceDocument.url's max_length: a longer address the page gives is left out, not cut.
_URL_LENGTH = 500


def register_source(
    *,
    file_name: str,
    kind: str,
    title: str,
    publisher: str = "",
    url: str = "",
    published_on: dt.date | None = None,
    text: str = "",
    actor: Any,
) -> SourceDocument:
    """Store a source document once, keyed by its file name (re-running changes nothing)."""
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE)
    with transaction.atomic():
        doc, created = SourceDocument.objects.get_or_create(
            file_name=file_name,
            defaults={
                "kind": kind,
                "title": title,
                "publisher": publisher,
                "url": url,
                "published_on": published_on,
                "text": text,
            },
        )
        if created:
            record_change(
                actor=actor,
                action="intake.register_source",
                obj=doc,
                after={"file_name": file_name, "title": title},
            )
    return doc


# ---------------------------------------------------------------- review queue

_STAT_TO_SITUATION = {
    "cumulative_cases": "cumulative_cases",
    "new_cases_24h": "new_cases_24h",
    "community_cases": "community_cases_24h",
    "imported_cases": "imported_cases",
    "local_cases": "local_cases",
    "under_treatment": "under_treatment",
    "recovered": "recovered",
    "deaths": "deaths",
    "vaccine_dose1_pct": "first_dose_pct",
    "vaccine_dose2_pct": "second_dose_pct",
    "communes_at_level_4": "communes_at_level_4",
    "communes_total": "communes_total",
}


def _province_unit(name: str | None) -> AdminUnit | None:
    """The province a name stands for: a province, or a facility of the registry
    ("Bệnh viện Đa khoa tỉnh Bạc Liêu" received it: Bạc Liêu did)."""
    code = province_code(name)
    if code is None:
        if not name:
            return None
        facility = (
            Facility.objects.select_related("area__province", "area")
            .filter(name__iexact=name.strip())
            .first()
        )
        if facility is None:
            return None
        area = facility.area
        return area if area.level == UnitLevel.PROVINCE else area.province
    return AdminUnit.objects.filter(
        map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE, code=code
    ).first()


def submit_article(
    *,
    text: str,
    title: str,
    published_on: dt.date | None,
    url: str = "",
    publisher: str = "",
    actor: Any,
) -> SourceDocument:
    """Store an article an officer pasted or uploaded and queue every fact read from it."""
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE)
    text = normalise(text).strip()
    if not text:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The article has no text."))
    with transaction.atomic():
        doc = SourceDocument.objects.create(
            kind=SourceKind.PRESS,
            title=(title.strip() or text.splitlines()[0])[:300],
            publisher=publisher,
            url=url,
            published_on=published_on,
            text=text,
            submitted_by=actor if getattr(actor, "pk", None) else None,
        )
        count = _queue_facts(doc)
        record_change(
            actor=actor,
            action="intake.submit_article",
            obj=doc,
            after={"title": doc.title, "facts": count},
        )
    return doc


def submit_saved_page(
    *,
    content: bytes,
    file_name: str,
    content_type: str = "",
    title: str,
    published_on: dt.date | None,
    url: str = "",
    actor: Any,
) -> SourceDocument:
    """Store an uploaded article (a saved web page or a text file) as a pasted one: what
    the page says of its title, publication date and address fills what the officer left
    blank. A file that cannot be read is refused, and nothing is stored."""
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE)
    try:
        page = read_saved_page(content, file_name, content_type)
    except UnreadablePage as exc:
        raise _refused_upload(exc, file_name) from None
    page_url = page.url if len(page.url) <= _URL_LENGTH else ""
    return submit_article(
        text=page.text,
        title=title.strip() or page.title,
        published_on=published_on or page.published,
        url=url.strip() or page_url,
        publisher=page.site_name[:200],
        actor=actor,
    )


def _refused_upload(exc: UnreadablePage, file_name: str) -> ServiceError:
    """Why an upload was refused, in the officer's language, with what to do about it."""
    details = {"file": file_name, "problem": str(exc.problem)}
    if exc.charset:
        details["charset"] = exc.charset
    messages = {
        PageProblem.TOO_LARGE: _(
            "The file is larger than %(limit)s MB. Save the article's page alone"
            " (“Web page, HTML only”) or paste its text."
        )
        % {"limit": MAX_BYTES // (1024 * 1024)},
        PageProblem.NOT_TEXT: _(
            "This file is neither text nor a saved web page (a Word or PDF file?). Save the"
            " article as a web page (.html) or as text (.txt)."
        ),
        PageProblem.UNKNOWN_ENCODING: _(
            "The characters of this file cannot be read: it is not UTF-8 or UTF-16 text."
            " Save it again with the encoding “Unicode (UTF-8)” and upload it again."
        ),
        PageProblem.UNSUPPORTED_CHARSET: _(
            "The page says it is written in “%(charset)s”, which cannot be read here. Save it"
            " again as UTF-8."
        )
        % {"charset": exc.charset},
        PageProblem.WRONG_CHARSET: _(
            "The page says it is written in “%(charset)s”, but its characters are not. Save it"
            " again as UTF-8."
        )
        % {"charset": exc.charset},
        PageProblem.NO_TEXT: _(
            "No article text was found in this page (its text may be shown by scripts)."
            " Paste the article's text instead."
        ),
    }
    return ServiceError(ErrorCode.INVALID_FILE, messages[exc.problem], details=details)


def queue_document(doc: SourceDocument, *, actor: Any) -> int:
    """Read a stored document's facts into the review queue, once (a document that has
    facts already is left as it is). Returns how many facts were queued."""
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE)
    with transaction.atomic():
        doc = SourceDocument.objects.select_for_update().get(pk=doc.pk)
        if doc.facts.exists() or not doc.text:
            return 0
        count = _queue_facts(doc)
        record_change(actor=actor, action="intake.queue_document", obj=doc, after={"facts": count})
    return count


def _queue_facts(doc: SourceDocument) -> int:
    text = normalise(doc.text)
    if text != doc.text:
        doc.text = text  # spans are offsets into the NFC text
        doc.save(update_fields=["text", "updated_at"])
    facts = extract_facts(text, doc.published_on, home_province=home_province(doc.publisher))
    rows = []
    for stat in facts.province_stats:
        spans = list(stat["spans"].values())
        rows.append(
            ExtractedFact(
                document=doc,
                kind=FactKind.PROVINCE_STATS,
                payload=stat,
                area=_province_unit(stat["province"]),
                span_start=min(s[0] for s in spans),
                span_end=max(s[1] for s in spans),
                confidence=stat["confidence"],
            )
        )
    for event in facts.support_events:
        rows.append(
            ExtractedFact(
                document=doc,
                kind=FactKind.SUPPORT_EVENT,
                payload=event,
                area=_province_unit(event["recipient"])
                or _province_unit(event.get("recipient_facility")),
                span_start=event["span"][0],
                span_end=event["span"][1],
                confidence=event["confidence"],
            )
        )
    for directive in facts.directives:
        rows.append(
            ExtractedFact(
                document=doc,
                kind=FactKind.DIRECTIVE,
                payload=directive,
                area=_province_unit(directive["province"]),
                span_start=directive["span"][0],
                span_end=directive["span"][1],
                confidence=directive["confidence"],
            )
        )
    ExtractedFact.objects.bulk_create(rows)
    return len(rows)


def add_missed_fact(
    doc: SourceDocument,
    *,
    kind: str,
    payload: dict[str, Any],
    quote: str,
    start: int | None = None,
    actor: Any,
) -> ExtractedFact:
    """A fact the reader missed, added by an officer from the words of the article it is
    read from (``quote``, selected at ``start``): queued, highlighted and reviewed like the
    extractor's facts, so that what the reader misses still reaches the records."""
    span = locate_quote(doc.text, quote, start)
    if kind == FactKind.PROVINCE_STATS:
        data = checked_stats(payload, span)
        area = _province_unit(data["province"])
        if area is None:
            raise ServiceError(
                ErrorCode.UNKNOWN_UNIT, _("Name the province these figures are about.")
            )
        data["province"] = canonical_province(data["province"]) or data["province"]
    elif kind == FactKind.SUPPORT_EVENT:
        data = checked_support(payload, span)
        area = _province_unit(data["recipient"]) or _province_unit(data["recipient_facility"])
        if area is None:
            raise ServiceError(ErrorCode.UNKNOWN_UNIT, _("Name the province that received it."))
    else:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Add statistics or a support event."))
    _require_jurisdiction(area, actor)
    with transaction.atomic():
        fact = ExtractedFact.objects.create(
            document=doc,
            kind=kind,
            payload=data,
            area=area,
            span_start=span[0],
            span_end=span[1],
            confidence=1.0,
            added_by=actor,
        )
        record_change(
            actor=actor,
            action="intake.add_fact",
            obj=fact,
            area=area,
            after={"kind": kind, "payload": data, "quote": doc.text[span[0] : span[1]]},
        )
    return fact


def _require_jurisdiction(area: AdminUnit | None, actor: Any) -> None:
    if area is None:
        accessible_to(actor).require(Capability.COORDINATE_SUPPORT)
    else:
        accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=area)


def _require_review(fact: ExtractedFact, actor: Any) -> None:
    _require_jurisdiction(fact.area, actor)
    if fact.status != FactStatus.PENDING:
        raise ServiceError(ErrorCode.CONFLICT, _("This fact has already been reviewed."))


def _accept_stats(fact: ExtractedFact, payload: dict[str, Any], actor: Any) -> str:
    area = _province_unit(payload.get("province"))
    if area is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT, _("Name the province these figures are about."))
    as_of = payload.get("as_of") or (
        fact.document.published_on.isoformat() if fact.document.published_on else None
    )
    if not as_of:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Give the date the figures stand at."))
    figures = {
        target: payload[name]
        for name, target in _STAT_TO_SITUATION.items()
        if payload.get(name) is not None
    }
    result = []
    if figures:
        report = record_situation_report(
            area, dt.date.fromisoformat(str(as_of)), fact.document, actor=actor, **figures
        )
        result.append(f"surveillance.SituationReport:{report.pk}")
    if payload.get("level"):
        effective = dt.datetime.combine(
            dt.date.fromisoformat(str(as_of)), dt.time(0, 0), tzinfo=dt.UTC
        )
        announcement = announce_level(
            area,
            int(payload["level"]),
            effective_at=effective,
            previous_level=payload.get("previous_level"),
            source=fact.document,
            actor=actor,
        )
        result.append(f"surveillance.LevelAnnouncement:{announcement.pk}")
    return " ".join(result)


def _accept_support(fact: ExtractedFact, payload: dict[str, Any], actor: Any) -> str:
    recipient = _province_unit(payload.get("recipient")) or _province_unit(
        payload.get("recipient_facility")
    )
    if recipient is None:
        raise ServiceError(ErrorCode.UNKNOWN_UNIT, _("Name the province that received it."))
    donor = str(payload.get("donor") or "").strip()
    if not donor:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Name the donor."))
    items = [
        (ledger_item(str(i["item"])), int(i["quantity"]), str(i.get("detail") or ""))
        for i in payload.get("items") or []
    ]
    date = payload.get("date")
    event = record_support_event(
        donor_name=donor,
        recipient=recipient,
        items=items,
        date=dt.date.fromisoformat(str(date)) if date else None,
        donor_area=_province_unit(donor),
        source=fact.document,
        actor=actor,
    )
    return f"logistics.SupportEvent:{event.pk}"


def accept_fact(
    fact: ExtractedFact, *, payload: dict[str, Any] | None = None, actor: Any
) -> ExtractedFact:
    """Accept a fact (as extracted, or as the officer edited it): statistics become a
    situation report and a level announcement citing the article, support becomes a
    record in the logistics ledger. Directives are kept as reviewed facts."""
    _require_review(fact, actor)
    data = dict(fact.payload if payload is None else payload)
    with transaction.atomic():
        before = {"status": fact.status, "payload": fact.payload}
        if fact.kind == FactKind.PROVINCE_STATS:
            fact.result = _accept_stats(fact, data, actor)
        elif fact.kind == FactKind.SUPPORT_EVENT:
            fact.result = _accept_support(fact, data, actor)
        fact.payload = data
        fact.status = FactStatus.ACCEPTED
        fact.reviewed_by = actor
        fact.reviewed_at = timezone.now()
        fact.save()
        record_change(
            actor=actor,
            action="intake.accept_fact",
            obj=fact,
            area=fact.area,
            before=before,
            after={"status": fact.status, "payload": data, "result": fact.result},
        )
    return fact


def reject_fact(fact: ExtractedFact, *, actor: Any) -> ExtractedFact:
    _require_review(fact, actor)
    with transaction.atomic():
        fact.status = FactStatus.REJECTED
        fact.reviewed_by = actor
        fact.reviewed_at = timezone.now()
        fact.save()
        record_change(
            actor=actor,
            action="intake.reject_fact",
            obj=fact,
            area=fact.area,
            after={"status": fact.status},
        )
    return fact


def queue_demo_documents(documents: Any, *, actor: Any) -> int:
    """The demo's seed articles in the review queue, so an officer can review them (the
    demo has already recorded their facts from the annotations; accepting one records it
    again under the same source: equal figures change nothing, a support event whose
    details differ from the annotation is recorded beside it). Idempotent."""
    return sum(queue_document(doc, actor=actor) for doc in documents)
