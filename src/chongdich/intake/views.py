"""The review queue: paste or upload an article, see each fact highlighted in its text,
accept (as read or edited) or reject it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi.press_facts import STAT_FIELDS
from chongdich.errors import ServiceError
from chongdich.logistics.models import SupportItemCode

from . import services
from .models import ExtractedFact, FactKind, FactStatus, SourceDocument
from .queries import conflicts_for, document_for, documents_for, facts_for

EDITABLE_STATS = ("as_of", *STAT_FIELDS, "communes_at_level_4", "communes_total")
STAT_LABELS = {
    "as_of": gettext_lazy("As of (YYYY-MM-DD)"),
    "cumulative_cases": gettext_lazy("Cumulative cases"),
    "cumulative_is_lower_bound": gettext_lazy("Cumulative is a lower bound (“hơn”)"),
    "new_cases_24h": gettext_lazy("New cases in 24 h"),
    "community_cases": gettext_lazy("Found in the community"),
    "imported_cases": gettext_lazy("Imported"),
    "local_cases": gettext_lazy("Locally transmitted"),
    "under_treatment": gettext_lazy("Under treatment"),
    "recovered": gettext_lazy("Recovered"),
    "deaths": gettext_lazy("Deaths"),
    "vaccine_dose1_pct": gettext_lazy("Dose 1 coverage (%)"),
    "vaccine_dose2_pct": gettext_lazy("Dose 2 coverage (%)"),
    "level": gettext_lazy("Epidemic level"),
    "previous_level": gettext_lazy("Previous level"),
    "communes_at_level_4": gettext_lazy("Communes at level 4"),
    "communes_total": gettext_lazy("Communes in all"),
}
ITEM_LABELS = dict(SupportItemCode.choices)


@login_required
def review_list(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    error = ""
    if request.method == "POST":
        text = request.POST.get("text", "")
        upload = request.FILES.get("file")
        if upload is not None:
            text = upload.read().decode("utf-8", errors="replace")
        published_raw = request.POST.get("published_on", "").strip()
        try:
            published = dt.date.fromisoformat(published_raw) if published_raw else None
            doc = services.submit_article(
                text=text,
                title=request.POST.get("title", ""),
                published_on=published,
                url=request.POST.get("url", "").strip(),
                actor=request.user,
            )
            return redirect("intake:document", document_id=doc.pk)
        except ValueError:
            error = _("Enter the publication date as YYYY-MM-DD.")
        except ServiceError as exc:
            error = str(exc.message)
    can_submit = accessible_to(request.user).can(Capability.EDIT_SURVEILLANCE)
    return render(
        request,
        "intake/list.html",
        {"documents": documents_for(request.user), "can_submit": can_submit, "error": error},
    )


def _fact_spans(fact: ExtractedFact) -> list[tuple[int, int]]:
    """Where in the text each part of a fact was read: every figure, every item."""
    payload = fact.payload
    if fact.kind == FactKind.PROVINCE_STATS and payload.get("spans"):
        return [(int(a), int(b)) for a, b in payload["spans"].values()]
    if fact.kind == FactKind.SUPPORT_EVENT:
        spans = [tuple(i["span"]) for i in payload.get("items") or [] if i.get("span")]
        if spans:
            return [(int(a), int(b)) for a, b in spans]
    return [(fact.span_start, fact.span_end)]


def _highlighted(doc: SourceDocument, facts: list[ExtractedFact]) -> SafeString:
    """The document's text with what each fact was read from wrapped in a numbered <mark>."""
    text = doc.text
    spans = sorted({(a, b, f.pk, f.status) for f in facts for a, b in _fact_spans(f)})
    out: list[str] = []
    position = 0
    for start, end, pk, status in spans:
        if start < position or end > len(text):
            continue  # overlapping spans: the first one is highlighted
        out.append(escape(text[position:start]))
        out.append(
            f'<mark class="fact-{status}" data-fact="{pk}">'
            f"{escape(text[start:end])}<sup>{pk}</sup></mark>"
        )
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # every piece is escaped above


@login_required
def review_document(request: HttpRequest, document_id: int) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    doc = document_for(request.user, document_id)
    if doc is None:
        raise Http404
    facts = list(facts_for(request.user).filter(document=doc))
    reviewable = set(
        facts_for(request.user, Capability.EDIT_SURVEILLANCE)
        .filter(document=doc)
        .values_list("pk", flat=True)
    )
    rows: list[dict[str, Any]] = []
    for fact in facts:
        row: dict[str, Any] = {
            "fact": fact,
            "editable": fact.pk in reviewable and fact.status == FactStatus.PENDING,
        }
        if fact.kind == FactKind.PROVINCE_STATS:
            row["fields"] = [
                (name, STAT_LABELS.get(name, name), fact.payload.get(name))
                for name in EDITABLE_STATS
                if name in fact.payload
            ]
            row["conflicts"] = [
                {**c, "label": STAT_LABELS.get(c["field"], c["field"])}
                for c in conflicts_for(request.user, fact)
            ]
        elif fact.kind == FactKind.SUPPORT_EVENT:
            row["items"] = [
                (index, item, ITEM_LABELS.get(item["item"], item["item"]))
                for index, item in enumerate(fact.payload.get("items") or [])
            ]
        rows.append(row)
    return render(
        request,
        "intake/document.html",
        {"document": doc, "rows": rows, "highlighted": _highlighted(doc, facts)},
    )


def _edited_payload(fact: ExtractedFact, post: Any) -> dict[str, Any]:
    """The payload with the officer's edits from the review form."""
    payload = dict(fact.payload)

    def value(raw: str, *, number: bool) -> Any:
        raw = raw.strip()
        if raw == "":
            return None
        if not number:
            return raw
        return float(raw) if "." in raw else int(raw)

    if fact.kind == FactKind.PROVINCE_STATS:
        payload["province"] = value(
            post.get("province", payload.get("province") or ""), number=False
        )
        for name in EDITABLE_STATS:
            if name in post:
                number = name not in {"as_of", "cumulative_is_lower_bound"}
                payload[name] = value(post[name], number=number)
    elif fact.kind == FactKind.SUPPORT_EVENT:
        for name in ("donor", "recipient", "date"):
            if name in post:
                payload[name] = value(post[name], number=False)
        items = []
        for index, item in enumerate(payload.get("items") or []):
            quantity = post.get(f"item-{index}-quantity", str(item["quantity"])).strip()
            if quantity in {"", "0"}:
                continue  # an officer removes an item by clearing its quantity
            items.append(
                {
                    **item,
                    "quantity": int(quantity),
                    "detail": post.get(f"item-{index}-detail", item.get("detail", "")),
                }
            )
        payload["items"] = items
    return payload


@login_required
@require_POST
def review_fact(request: HttpRequest, fact_id: int) -> HttpResponse:
    accessible_to(request.user).require(Capability.EDIT_SURVEILLANCE)
    fact = facts_for(request.user, Capability.EDIT_SURVEILLANCE).filter(pk=fact_id).first()
    if fact is None:
        raise Http404
    try:
        if request.POST.get("action") == "reject":
            services.reject_fact(fact, actor=request.user)
            messages.success(request, _("Fact %(n)s rejected.") % {"n": fact.pk})
        else:
            payload = _edited_payload(fact, request.POST)
            services.accept_fact(fact, payload=payload, actor=request.user)
            messages.success(request, _("Fact %(n)s accepted.") % {"n": fact.pk})
    except ValueError:
        messages.error(request, _("Enter whole numbers and dates as YYYY-MM-DD."))
    except ServiceError as exc:
        messages.error(request, str(exc.message))
    return redirect("intake:document", document_id=fact.document_id)
