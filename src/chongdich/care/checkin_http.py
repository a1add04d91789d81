"""The patient's check-in over HTTP, in front of Django (ADR 0080).

``POST /api/care/episodes/{id}/checkins`` with an ``X-Checkin-Token`` is the one request the
phones of every home patient send twice a day; it is answered here, without Django's
middleware and URL resolution, through the group-commit writer and the care service layer.
Every other request, and a check-in without a token (the station's, by session), goes to
Django unchanged. Answers and errors are those of the ninja route (same schema, same
``{"error": {"code", "message", "details"}}``), in the language the request asks for.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable
from typing import Any

import pydantic
from django.conf import settings
from django.http import parse_cookie
from django.utils import translation

from chongdich.errors import ErrorCode, ServiceError
from chongdich.language import language_of

from .api import CheckinIn, CheckinOut
from .checkin_writer import WRITER, CheckinJob

CHECKIN_PATH = re.compile(r"/api/care/episodes/(\d+)/checkins/?")
STATUS_LINES = {
    200: "200 OK",
    201: "201 Created",
    400: "400 Bad Request",
    401: "401 Unauthorized",
    403: "403 Forbidden",
    404: "404 Not Found",
    409: "409 Conflict",
    422: "422 Unprocessable Entity",
}

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class CheckinDispatcher:
    """WSGI: the patient's check-in here, everything else to ``django_app``."""

    def __init__(self, django_app: WSGIApp) -> None:
        self.django_app = django_app

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") == "POST" and environ.get("HTTP_X_CHECKIN_TOKEN"):
            match = CHECKIN_PATH.fullmatch(environ.get("PATH_INFO", ""))
            if match:
                return self._checkin(environ, start_response, int(match[1]))
        return self.django_app(environ, start_response)

    def _checkin(
        self, environ: dict[str, Any], start_response: StartResponse, episode_id: int
    ) -> Iterable[bytes]:
        language = _language(environ)
        body = _body(environ)
        if body is None:
            return _error(start_response, language, 400, ServiceError(ErrorCode.INVALID_INPUT))
        try:
            payload = CheckinIn.model_validate(json.loads(body or b"{}"))
        except ValueError as exc:
            if isinstance(exc, pydantic.ValidationError):
                details = _ninja_details(exc)
                return _error(
                    start_response,
                    language,
                    422,
                    ServiceError(ErrorCode.INVALID_INPUT, details=details),
                )
            parse = ServiceError(ErrorCode.INVALID_INPUT, "Cannot parse request body")
            return _error(start_response, language, 400, parse)
        job = CheckinJob(
            token=environ["HTTP_X_CHECKIN_TOKEN"],
            episode_id=episode_id,
            idempotency_key=payload.idempotency_key,
            measured_at=payload.measured_at,
            values=payload.dict(exclude={"idempotency_key", "measured_at"}),
            language=language,
        )
        result = WRITER.submit(job)
        if isinstance(result, ServiceError):
            if result.code == ErrorCode.NOT_AUTHENTICATED and environ.get("HTTP_COOKIE"):
                # Not a patient's token: maybe the station's session. Django decides.
                environ["wsgi.input"] = io.BytesIO(body)
                return self.django_app(environ, start_response)
            return _error(start_response, language, result.status, result)
        if isinstance(result, BaseException):
            raise result  # the server logs it and answers 500, as Django would
        checkin, created = result
        out = CheckinOut(
            id=checkin.pk,
            episode_id=checkin.episode_id,
            idempotency_key=checkin.idempotency_key,
            measured_at=checkin.measured_at,
            severity=checkin.severity,
            warnings=checkin.warnings,
            action=checkin.action,
            rule_set=checkin.rule_set,
            created=created,
        )
        status = 201 if created else 200
        return _respond(start_response, status, out.model_dump_json().encode(), language)


def _body(environ: dict[str, Any]) -> bytes | None:
    """The request body, or None when it is larger than Django would accept."""
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    stream = environ["wsgi.input"]
    try:
        length = int(environ.get("CONTENT_LENGTH") or -1)
    except ValueError:
        return None
    if length < 0:  # no length given (chunked): read up to the limit
        body = stream.read(limit + 1)
        return body if len(body) <= limit else None
    return stream.read(length) if length <= limit else None


def _ninja_details(exc: pydantic.ValidationError) -> list[dict[str, Any]]:
    """Pydantic's errors as the ninja route reports them (located in the body's payload)."""
    details: list[dict[str, Any]] = []
    for found in exc.errors(include_url=False):
        error: dict[str, Any] = dict(found)
        error["loc"] = ("body", "payload", *error["loc"])
        error.pop("input", None)
        if "ctx" in error and "error" in error["ctx"]:
            error["ctx"] = {**error["ctx"], "error": str(error["ctx"]["error"])}
        details.append(error)
    return details


def _language(environ: dict[str, Any]) -> str:
    """The language the rest of the app answers in: the cookie's, else Vietnamese."""
    cookie = environ.get("HTTP_COOKIE")
    return language_of(parse_cookie(cookie)) if cookie else str(settings.LANGUAGE_CODE)


def _error(
    start_response: StartResponse, language: str, status: int, error: ServiceError
) -> Iterable[bytes]:
    with translation.override(language):
        body = json.dumps(error.as_json(), ensure_ascii=False, default=str).encode()
    return _respond(start_response, status, body, language)


def _respond(
    start_response: StartResponse, status: int, body: bytes, language: str
) -> Iterable[bytes]:
    start_response(
        STATUS_LINES[status],
        [
            ("Content-Type", "application/json; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Language", language),
            ("Vary", "Cookie"),
        ],
    )
    return [body]
