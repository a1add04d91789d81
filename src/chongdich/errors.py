"""Error codes shared by services, pages and the API.

A service raises ``ServiceError(code, message)``; the API turns it into
``{"error": {"code", "message", "details"}}`` with a fitting HTTP status, and pages show the
translated message. Messages are gettext-lazy so they render in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _


class ErrorCode(StrEnum):
    NOT_AUTHENTICATED = "not_authenticated"
    NO_ASSIGNMENT = "no_assignment"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    UNKNOWN_UNIT = "unknown_unit"
    INVALID_INPUT = "invalid_input"
    INVALID_FILE = "invalid_file"
    CONFLICT = "conflict"


HTTP_STATUS = {
    ErrorCode.NOT_AUTHENTICATED: 401,
    ErrorCode.NO_ASSIGNMENT: 403,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.UNKNOWN_UNIT: 404,
    ErrorCode.INVALID_INPUT: 422,
    ErrorCode.INVALID_FILE: 422,
    ErrorCode.CONFLICT: 409,
}

DEFAULT_MESSAGES = {
    ErrorCode.NOT_AUTHENTICATED: _("You must sign in first."),
    ErrorCode.NO_ASSIGNMENT: _(
        "Your account has no role assignment yet. Ask your Department of Health to assign one."
    ),
    ErrorCode.FORBIDDEN: _("This is outside your jurisdiction or your role."),
    ErrorCode.NOT_FOUND: _("Not found."),
    ErrorCode.UNKNOWN_UNIT: _("Unknown administrative unit."),
    ErrorCode.INVALID_INPUT: _("The input is not valid."),
    ErrorCode.INVALID_FILE: _("The file is not valid."),
    ErrorCode.CONFLICT: _("This conflicts with data already stored."),
}


@dataclass
class RowError:
    """One refused line of an imported file: where, and why (translated)."""

    line: int
    column: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column, "reason": str(self.reason)}


class ServiceError(Exception):
    """A refusal a user can act on: a code, a translated message and optional details."""

    def __init__(self, code: ErrorCode, message: Any = None, details: Any = None) -> None:
        self.code = code
        self.message = message if message is not None else DEFAULT_MESSAGES[code]
        self.details = details if details is not None else []
        super().__init__(f"{code}: {self.message}")

    @property
    def status(self) -> int:
        return HTTP_STATUS[self.code]

    def as_json(self) -> dict[str, Any]:
        return {
            "error": {"code": str(self.code), "message": str(self.message), "details": self.details}
        }


class ServiceErrorMiddleware:
    """Shows a ServiceError raised by a page view as a translated error page."""

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)  # type: ignore[no-any-return]

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if not isinstance(exc, ServiceError):
            return None
        if exc.code == ErrorCode.NOT_AUTHENTICATED:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        return render(request, "error.html", {"error": exc}, status=exc.status)
