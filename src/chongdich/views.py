"""The home page: who you are, where you work, what you can do."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chongdich.accounts.queries import home_summary


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html", home_summary(request.user))
