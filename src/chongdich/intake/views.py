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
from django.views.decorators.http import require_POST

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi.press_facts import STAT_FIELDS
from chongdich.errors import ServiceError

from . import services
from .models import ExtractedFact, FactKind, SourceDocument
from .queries import conflicts_for, document_for, documents_for, facts_for

EDITABLE_STATS = ("as_of", *STAT_FIELDS, "communes_at_level_4", "communes_total")


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


def _highlighted(doc: SourceDocument, facts: list[ExtractedFact]) -> SafeString:
    """The document's text with each fact's span wrapped in a numbered <mark>."""
    text = doc.text
    spans = sorted({(f.span_start, f.span_end, f.pk, f.status) for f in facts})
    out: list[str] = []
    position = 0
    for start, end, pk, status in spans:
        if start < position:
            continue  # overlapping spans: the first one is highlighted
        out.append(escape(text[position:start]))
        out.append(
            f'<mark id="span-{pk}" class="fact-{status}" data-fact="{pk}">'
            f"{escape(text[start:end])}<sup>{pk}</sup></mark>"
        )
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))


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
        row: dict[str, Any] = {"fact": fact, "can_review": fact.pk in reviewable}
        if fact.kind == FactKind.PROVINCE_STATS:
            row["fields"] = [
                (name, fact.payload.get(name)) for name in EDITABLE_STATS if name in fact.payload
            ]
            row["conflicts"] = conflicts_for(request.user, fact)
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
