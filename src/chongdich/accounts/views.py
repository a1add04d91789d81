from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .queries import audit_events, describe_assignment, manageable_users
from .roles import Capability
from .scoping import accessible_to


@login_required
def audit(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.VIEW_AUDIT)
    events = audit_events(request.user)
    action = request.GET.get("action", "").strip()
    if action:
        events = events.filter(action__startswith=action)
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "accounts/audit.html", {"page": page, "action": action})


@login_required
def users(request: HttpRequest) -> HttpResponse:
    accessible_to(request.user).require(Capability.MANAGE_ACCOUNTS)
    rows = [
        {"user": u, "assignments": [describe_assignment(a) for a in u.assignments.all()]}
        for u in manageable_users(request.user)
    ]
    return render(request, "accounts/users.html", {"rows": rows})
