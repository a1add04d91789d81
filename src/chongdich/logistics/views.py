"""Pages of support between provinces: boards, needs and offers, shipments, stock, teams,
donation ledger."""

from __future__ import annotations

import io
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to, visible_to
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit

from . import queries, services
from .catalogue import CATALOGUE
from .models import Deployment, Holder, HolderKind, MovementKind, Shipment, SupportItemCode


def _board_context(request: HttpRequest, province: AdminUnit | None) -> dict[str, Any]:
    jurisdiction = accessible_to(request.user)
    return {
        "province": province,
        "rows": queries.board(request.user, province),
        "needs": queries.needs_for(request.user, province).filter(status="open")[:50],
        "offers": queries.offers_for(request.user).filter(allocated_quantity__lt=F("quantity"))[
            :50
        ],
        "teams": queries.team_counts(request.user, province),
        "can_allocate": jurisdiction.can(Capability.COORDINATE_SUPPORT),
        "can_offer": jurisdiction.can(Capability.OFFER_SUPPORT)
        or jurisdiction.can(Capability.COORDINATE_SUPPORT),
        "can_raise": jurisdiction.can(Capability.COORDINATE_SUPPORT)
        or (province is not None and jurisdiction.can(Capability.EDIT_SURVEILLANCE, unit=province)),
    }


@login_required
def support_board(request: HttpRequest) -> HttpResponse:
    """The national board; a province officer is taken to the own province's board."""
    queries.require_view(request.user)
    jurisdiction = accessible_to(request.user)
    if not jurisdiction.scope(Capability.VIEW).is_national:
        province = AdminUnit.objects.filter(
            pk__in=jurisdiction.scope(Capability.VIEW).unit_ids,
            level="province",
            map_version="legacy",
        ).first()
        if province is not None:
            return redirect("logistics:province_board", code=province.code)
    return render(request, "logistics/board.html", _board_context(request, None))


@login_required
def province_board(request: HttpRequest, code: str) -> HttpResponse:
    province = queries.province_by_code(code)
    accessible_to(request.user).require(Capability.VIEW, unit=province)
    return render(request, "logistics/board.html", _board_context(request, province))


class NeedForm(forms.Form):
    item = forms.ChoiceField(label=gettext_lazy("Item"), choices=SupportItemCode.choices)
    quantity = forms.IntegerField(label=gettext_lazy("Quantity"), min_value=1)
    urgency = forms.TypedChoiceField(
        label=gettext_lazy("Urgency (5 = most urgent)"),
        choices=[(i, str(i)) for i in range(5, 0, -1)],
        coerce=int,
    )
    reason = forms.CharField(label=gettext_lazy("Why"), max_length=300, required=False)


@login_required
def raise_need(request: HttpRequest, code: str) -> HttpResponse:
    province = queries.province_by_code(code)
    accessible_to(request.user).require(Capability.VIEW, unit=province)
    form = NeedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        services.raise_need(
            province,
            d["item"],
            d["quantity"],
            d["urgency"],
            reason=d["reason"],
            actor=request.user,
        )
        messages.success(request, _("Need raised."))
        return redirect("logistics:province_board", code=code)
    return render(
        request,
        "logistics/form.html",
        {"form": form, "title": _("Raise a need for %(p)s") % {"p": province.name}},
        status=422 if form.errors else 200,
    )


class OfferForm(forms.Form):
    donor_name = forms.CharField(label=gettext_lazy("Donor"), max_length=200)
    donor_kind = forms.ChoiceField(
        label=gettext_lazy("Kind of donor"),
        choices=[(k, v) for k, v in HolderKind.choices if k != HolderKind.FACILITY],
    )
    item = forms.ChoiceField(label=gettext_lazy("Item"), choices=SupportItemCode.choices)
    quantity = forms.IntegerField(label=gettext_lazy("Quantity"), min_value=1)
    recipient = forms.ModelChoiceField(
        label=gettext_lazy("Only for (leave empty: any province)"),
        queryset=AdminUnit.objects.filter(map_version="legacy", level="province").order_by("name"),
        required=False,
    )
    available_until = forms.DateField(
        label=gettext_lazy("Available until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    value_vnd = forms.IntegerField(
        label=gettext_lazy("Stated value (VND)"), min_value=0, required=False
    )


@login_required
def create_offer(request: HttpRequest) -> HttpResponse:
    queries.require_view(request.user)
    form = OfferForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        services.create_offer(
            donor_name=d["donor_name"],
            donor_kind=d["donor_kind"],
            item=d["item"],
            quantity=d["quantity"],
            recipients=[d["recipient"]] if d["recipient"] else [],
            available_until=d["available_until"],
            value_vnd=d["value_vnd"],
            actor=request.user,
        )
        messages.success(request, _("Offer recorded."))
        return redirect("logistics:board")
    return render(
        request,
        "logistics/form.html",
        {"form": form, "title": _("Offer support")},
        status=422 if form.errors else 200,
    )


@login_required
@require_POST
def allocate(request: HttpRequest) -> HttpResponse:
    made = services.allocate_offers(actor=request.user)
    messages.success(request, _("%(n)d allocations made.") % {"n": len(made)})
    return redirect("logistics:shipments")


@login_required
def shipments(request: HttpRequest) -> HttpResponse:
    queries.require_view(request.user)
    jurisdiction = accessible_to(request.user)
    rows = list(queries.shipments_for(request.user)[:200])
    receivable = set(
        visible_to(Shipment.objects.all(), request.user, Capability.EDIT_SURVEILLANCE).values_list(
            "pk", flat=True
        )
    )
    returnable = {
        s.pk
        for s in rows
        if s.pk in receivable
        and CATALOGUE[s.item].is_durable
        and s.received_quantity > s.returned_quantity
    }
    return render(
        request,
        "logistics/shipments.html",
        {
            "shipments": rows,
            "receivable": receivable,
            "returnable": returnable,
            "can_dispatch": jurisdiction.can(Capability.OFFER_SUPPORT)
            or jurisdiction.can(Capability.COORDINATE_SUPPORT),
            "is_coordinator": jurisdiction.can(Capability.COORDINATE_SUPPORT),
        },
    )


def _shipment(request: HttpRequest, shipment_id: int) -> Any:
    shipment = queries.shipments_for(request.user).filter(pk=shipment_id).first()
    if shipment is None:
        raise Http404
    return shipment


@login_required
@require_POST
def dispatch(request: HttpRequest, shipment_id: int) -> HttpResponse:
    services.dispatch_shipment(_shipment(request, shipment_id), actor=request.user)
    messages.success(request, _("Shipment dispatched."))
    return redirect("logistics:shipments")


@login_required
@require_POST
def receive(request: HttpRequest, shipment_id: int) -> HttpResponse:
    shipment = _shipment(request, shipment_id)
    raw = request.POST.get("quantity", "").strip()
    if not raw.isdigit():
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Enter the number that arrived."))
    services.receive_shipment(
        shipment, int(raw), note=request.POST.get("note", ""), actor=request.user
    )
    messages.success(request, _("Receipt recorded; the stock is updated."))
    return redirect("logistics:shipments")


class MovementForm(forms.Form):
    holder = forms.ModelChoiceField(label=gettext_lazy("Holder"), queryset=Holder.objects.none())
    item = forms.ChoiceField(label=gettext_lazy("Item"), choices=SupportItemCode.choices)
    kind = forms.ChoiceField(
        label=gettext_lazy("Movement"),
        choices=[(k, v) for k, v in MovementKind.choices if k in services.SIGNS],
    )
    quantity = forms.IntegerField(label=gettext_lazy("Quantity (adjustment: + or −)"))
    minimum_level = forms.IntegerField(
        label=gettext_lazy("Minimum level (optional)"), min_value=0, required=False
    )
    reason = forms.CharField(label=gettext_lazy("Why"), max_length=300, required=False)


def _editable_holders(user: Any) -> Any:
    return queries.holders_for(user, Capability.EDIT_SURVEILLANCE).order_by("name")


@login_required
def stock(request: HttpRequest) -> HttpResponse:
    queries.require_view(request.user)
    holders = _editable_holders(request.user)
    form = MovementForm(request.POST or None)
    form.fields["holder"].queryset = holders  # type: ignore[attr-defined]
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        services.record_stock_movement(
            d["holder"],
            d["item"],
            d["kind"],
            d["quantity"],
            reason=d["reason"],
            actor=request.user,
        )
        if d["minimum_level"] is not None:
            services.set_minimum_level(
                d["holder"], d["item"], d["minimum_level"], actor=request.user
            )
        messages.success(request, _("Stock updated."))
        return redirect("logistics:stock")
    return render(
        request,
        "logistics/stock.html",
        {"rows": queries.stock_for(request.user), "form": form if holders else None},
        status=422 if form.errors else 200,
    )


@login_required
@require_POST
def suggest_needs(request: HttpRequest, code: str) -> HttpResponse:
    province = queries.province_by_code(code)
    made = services.suggest_needs(province, actor=request.user)
    messages.success(request, _("%(n)d needs suggested from stock gaps.") % {"n": len(made)})
    return redirect("logistics:province_board", code=code)


@login_required
@require_POST
def override(request: HttpRequest) -> HttpResponse:
    """A coordinator allocates one offer to one need by hand, with a reason."""
    raw = {k: request.POST.get(k, "").strip() for k in ("offer", "need", "quantity")}
    if not all(v.isdigit() for v in raw.values()):
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Choose an offer, a need and a quantity."))
    offer = queries.offers_for(request.user).filter(pk=int(raw["offer"])).first()
    need = queries.needs_for(request.user).filter(pk=int(raw["need"])).first()
    if offer is None or need is None:
        raise Http404
    services.allocate_manually(
        offer,
        need,
        int(raw["quantity"]),
        reason=request.POST.get("reason", ""),
        actor=request.user,
    )
    messages.success(request, _("Allocated by hand."))
    return redirect("logistics:shipments")


@login_required
@require_POST
def return_loan(request: HttpRequest, shipment_id: int) -> HttpResponse:
    shipment = _shipment(request, shipment_id)
    held = shipment.received_quantity - shipment.returned_quantity
    services.return_shipment(shipment, held, actor=request.user)
    messages.success(request, _("Returned to the donor."))
    return redirect("logistics:shipments")


@login_required
@require_POST
def end_team(request: HttpRequest, deployment_id: int) -> HttpResponse:
    deployment = queries.deployments_for(request.user).filter(pk=deployment_id).first()
    if deployment is None:
        raise Http404
    services.end_deployment(deployment, actor=request.user)
    messages.success(request, _("The team is recorded as returned."))
    return redirect("logistics:teams")


@login_required
def teams(request: HttpRequest) -> HttpResponse:
    queries.require_view(request.user)
    return render(
        request,
        "logistics/teams.html",
        {
            "deployments": queries.deployments_for(request.user),
            "counts": queries.team_counts(request.user),
            "editable": set(
                visible_to(
                    Deployment.objects.all(), request.user, Capability.EDIT_SURVEILLANCE
                ).values_list("pk", flat=True)
            )
            if not accessible_to(request.user).can(Capability.COORDINATE_SUPPORT)
            else set(Deployment.objects.values_list("pk", flat=True)),
        },
    )


@login_required
def ledger(request: HttpRequest) -> HttpResponse:
    queries.require_view(request.user)
    rows = queries.donation_ledger(request.user)
    return render(
        request,
        "logistics/ledger.html",
        {"rows": rows, "totals": queries.ledger_totals(rows)},
    )


@login_required
def ledger_xlsx(request: HttpRequest) -> HttpResponse:
    from openpyxl import Workbook

    queries.require_view(request.user)
    rows = queries.donation_ledger(request.user)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _("Donations")[:31]
    sheet.append(
        [_("Donor"), _("Recipient"), _("Item"), _("Quantity"), _("Value (VND)"), _("Source")]
    )
    for r in rows:
        sheet.append([r.donor, r.recipient, r.label, r.quantity, r.value_vnd, r.source_title])
    totals = book.create_sheet(_("Totals per donor")[:31])
    totals.append([_("Donor"), _("Value (VND)")])
    for donor, value in queries.ledger_totals(rows).items():
        totals.append([donor, value])
    out = io.BytesIO()
    book.save(out)
    response = HttpResponse(
        out.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="so-quyen-gop.xlsx"'
    return response
