"""The review queue: paste or upload an article, see each fact highlighted in its text,
accept (as read or edited) or reject it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi.press_facts import STAT_FIELDS
from chongdich.epi.vn_numbers import parse_number
from chongdich.errors import ErrorCode, ServiceError
from chongdich.logistics.models import SupportItemCode

from . import services
from .highlight import highlighted
from .models import ExtractedFact, FactKind, FactStatus, SourceDocument
from .payloads import EXTRACTOR_ITEMS, FIGURES, PERCENT_STATS, ledger_item
from .queries import conflicts_for, document_for, documents_for, facts_for
from .saved_pages import MAX_BYTES

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
        published_raw = request.POST.get("published_on", "").strip()
        try:
            published = dt.date.fromisoformat(published_raw) if published_raw else None
            doc = _submit(request, published)
            return redirect("intake:document", document_id=doc.pk)
        except ValueError:
            error = _("Enter the publication date as YYYY-MM-DD.")
        except ServiceError as exc:
            error = str(exc.message)
    can_submit = accessible_to(request.user).can(Capability.EDIT_SURVEILLANCE)
    return render(
        request,
        "intake/list.html",
        {
            "documents": documents_for(request.user),
            "can_submit": can_submit,
            "error": error,
            "typed": request.POST if error else {},  # shown again with why it was refused
        },
    )


def _submit(request: HttpRequest, published: dt.date | None) -> SourceDocument:
    """The pasted article, or the uploaded file (a saved web page or a text file)."""
    title = request.POST.get("title", "")
    url = request.POST.get("url", "").strip()
    upload = request.FILES.get("file")
    if upload is None:
        return services.submit_article(
            text=request.POST.get("text", ""),
            title=title,
            published_on=published,
            url=url,
            actor=request.user,
        )
    return services.submit_saved_page(
        content=upload.read(MAX_BYTES + 1),  # a byte over the limit is enough to refuse it
        file_name=upload.name or "",
        content_type=upload.content_type or "",
        title=title,
        published_on=published,
        url=url,
        actor=request.user,
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


@login_required
def review_document(request: HttpRequest, document_id: int) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    doc = document_for(request.user, document_id)
    if doc is None:
        raise Http404
    return _document_page(request, doc)


def _document_page(
    request: HttpRequest, doc: SourceDocument, added: dict[str, Any] | None = None
) -> HttpResponse:
    """The article with its facts; ``added`` is a refused addition, shown again with why."""
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
                (index, item, ITEM_LABELS.get(ledger_item(item["item"]), item["item"]))
                for index, item in enumerate(fact.payload.get("items") or [])
            ]
        rows.append(row)
    context = {
        "document": doc,
        "rows": rows,
        "highlight": highlighted(
            doc.text, [(a, b, f.pk, f.status) for f in facts for a, b in _fact_spans(f)]
        ),
        "can_add": accessible_to(request.user).can(Capability.EDIT_SURVEILLANCE),
        "figure_choices": [(name, STAT_LABELS[name]) for name in FIGURES],
        "item_choices": [(code, ITEM_LABELS[ledger_item(code)]) for code in EXTRACTOR_ITEMS],
        "added": added or {},
    }
    return render(request, "intake/document.html", context, status=400 if added else 200)


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


def _vn_number(raw: str, field: str) -> float | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        return parse_number(raw)
    except ValueError:
        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            _("Enter a number, written as in the article (2.828 or 60,65)."),
            details={"field": field},
        ) from None


def _whole(value: float | None) -> int | float | None:
    """A whole number as an int ("2.828" reads as 2828.0); anything else as read, for the
    service to judge."""
    return int(value) if value is not None and value == int(value) else value


def _added_payload(kind: str, post: Any) -> dict[str, Any]:
    """The payload of a fact an officer adds in the page's forms."""
    if kind == FactKind.PROVINCE_STATS:
        figure = post.get("figure", "")
        value = _vn_number(post.get("value", ""), "value")
        return {
            "province": post.get("province", ""),
            "as_of": post.get("as_of", "").strip() or None,
            figure: value if figure in PERCENT_STATS else _whole(value),
        }
    quantity = _vn_number(post.get("quantity", ""), "quantity")
    return {
        "donor": post.get("donor", ""),
        "recipient": post.get("recipient", ""),
        "date": post.get("date", "").strip() or None,
        "items": [
            {
                "item": post.get("item", ""),
                "quantity": _whole(quantity),
                "detail": post.get("detail", ""),
            }
        ],
    }


@login_required
@require_POST
def add_fact(request: HttpRequest, document_id: int) -> HttpResponse:
    """An officer adds a fact the reader missed, from words selected in the article."""
    accessible_to(request.user).require(Capability.EDIT_SURVEILLANCE)
    doc = document_for(request.user, document_id)
    if doc is None:
        raise Http404
    kind = request.POST.get("kind", "")
    start_raw = request.POST.get("quote_start", "").strip()
    try:
        fact = services.add_missed_fact(
            doc,
            kind=kind,
            payload=_added_payload(kind, request.POST),
            quote=request.POST.get("quote", ""),
            start=int(start_raw) if start_raw.isdigit() else None,
            actor=request.user,
        )
    except ServiceError as exc:
        added = {"kind": kind, "error": str(exc.message), **request.POST.dict()}
        return _document_page(request, doc, added=added)
    messages.success(request, _("Fact %(n)s added: review it below.") % {"n": fact.pk})
    return redirect(f"{reverse('intake:document', args=[doc.pk])}#fact-{fact.pk}")
