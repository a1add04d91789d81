from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to

from .queries import cases_for, daily_counts_for, level_announcements_for, situations_for


@login_required
def daily(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW)
    counts = daily_counts_for(request.user).order_by("area_id", "-date")
    return render(
        request,
        "surveillance/daily.html",
        {
            "situations": situations_for(request.user).order_by("-as_of", "area_id"),
            "levels": level_announcements_for(request.user),
            "page": Paginator(counts, 60).get_page(request.GET.get("page")),
        },
    )


@login_required
def cases(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW_PERSONAL)
    page = Paginator(cases_for(request.user), 50).get_page(request.GET.get("page"))
    return render(request, "surveillance/cases.html", {"page": page})
