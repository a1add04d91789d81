"""The patient's check-in over HTTP, in front of Django (ADR 0080, 0083).

``POST /api/care/episodes/{id}/checkins`` with an ``X-Checkin-Token`` is the one request the
phones of every home patient send twice a day; it is answered here, without Django's
middleware and URL resolution, through the group-commit writer and the care service layer.
Every other request, and a check-in without a token (the station's, by session), goes to
Django unchanged. Answers and errors are those of the ninja route (same schema, same
``{"error": {"code", "message", "details"}}``), in the language the request asks for.

Two front ends share the parsing and the answers below: ``CheckinDispatcher`` (WSGI, a
thread waits for the commit) and ``chongdich.rsgi`` (Granian RSGI, the event loop does).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pydantic
from django.conf import settings
from django.http import parse_cookie
from django.utils import translation

from chongdich.errors import ErrorCode, ServiceError
from chongdich.language import language_of

from .api import CheckinIn, CheckinOut
from .checkin_writer import WRITER, CheckinJob, Result

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


def plain_model(schema: type[pydantic.BaseModel]) -> Any:
    """The schema's fields in a plain pydantic model. django-ninja's ``Schema`` reads every
    input through a Python ``DjangoGetter`` (made for ORM objects), which cost about seven
    times the validation itself; from a JSON object (a dict) both give the same model and
    the same errors (``test_checkin_http_parsing``)."""
    fields: dict[str, Any] = {
        name: (field.annotation, field) for name, field in schema.model_fields.items()
    }
    return pydantic.create_model(f"{schema.__name__}Fields", **fields)


CHECKIN_FIELDS = plain_model(CheckinIn)
ANSWER_FIELDS = plain_model(CheckinOut)


@dataclass(frozen=True, slots=True)
class Answer:
    """A JSON answer to a check-in, whichever front end sends it."""

    status: int
    body: bytes
    language: str

    def headers(self) -> list[tuple[str, str]]:
        return [
            ("Content-Type", "application/json; charset=utf-8"),
            ("Content-Length", str(len(self.body))),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Language", self.language),
            ("Vary", "Cookie"),
        ]


def checkin_episode(method: str, path: str, token: str | None) -> int | None:
    """The episode id when this request is a patient's check-in answered here, else None."""
    if method == "POST" and token:
        match = CHECKIN_PATH.fullmatch(path)
        if match:
            return int(match[1])
    return None


def request_language(cookie: str | None) -> str:
    """The language the rest of the app answers in: the cookie's, else Vietnamese."""
    return language_of(parse_cookie(cookie)) if cookie else str(settings.LANGUAGE_CODE)


def length_to_read(content_length: str | None) -> int | None:
    """How many bytes of the body to read: the declared length; one more than the limit when
    none is declared (chunked), so that a longer body shows; None when the declared length is
    not a number or is larger than Django would accept (refused without reading)."""
    limit = int(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    try:
        length = int(content_length or -1)
    except ValueError:
        return None
    if length < 0:
        return limit + 1
    return length if length <= limit else None


def within_limit(body: bytes) -> bytes | None:
    return body if len(body) <= int(settings.DATA_UPLOAD_MAX_MEMORY_SIZE) else None


def read_checkin(
    body: bytes | None, token: str, episode_id: int, language: str
) -> CheckinJob | Answer:
    """The job for the writer, or the answer to a body that is too large or not valid."""
    if body is None:
        return error_answer(400, ServiceError(ErrorCode.INVALID_INPUT), language)
    try:
        data = json.loads(body or b"{}")
        # Anything but an object: ninja's own schema, whose errors for it differ.
        payload = (CHECKIN_FIELDS if isinstance(data, dict) else CheckinIn).model_validate(data)
    except ValueError as exc:
        if isinstance(exc, pydantic.ValidationError):
            invalid = ServiceError(ErrorCode.INVALID_INPUT, details=_ninja_details(exc))
            return error_answer(422, invalid, language)
        parse = ServiceError(ErrorCode.INVALID_INPUT, "Cannot parse request body")
        return error_answer(400, parse, language)
    return CheckinJob(
        token=token,
        episode_id=episode_id,
        idempotency_key=payload.idempotency_key,
        measured_at=payload.measured_at,
        values=payload.model_dump(exclude={"idempotency_key", "measured_at"}),
        language=language,
    )


def is_for_django(result: Result, cookie: str | None) -> bool:
    """A token that opens nothing, sent with a cookie: maybe the station's session, which
    Django's route decides."""
    return (
        isinstance(result, ServiceError)
        and result.code == ErrorCode.NOT_AUTHENTICATED
        and bool(cookie)
    )


def checkin_answer(result: Result, language: str) -> Answer:
    """The answer to the writer's result; a fault is raised (the server answers 500)."""
    if isinstance(result, ServiceError):
        return error_answer(result.status, result, language)
    if isinstance(result, BaseException):
        raise result
    checkin, created = result
    out = ANSWER_FIELDS(  # CheckinOut's fields and JSON
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
    return Answer(201 if created else 200, out.model_dump_json().encode(), language)


def error_answer(status: int, error: ServiceError, language: str) -> Answer:
    with translation.override(language):
        body = json.dumps(error.as_json(), ensure_ascii=False, default=str).encode()
    return Answer(status, body, language)


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


class CheckinDispatcher:
    """WSGI: the patient's check-in here, everything else to ``django_app``."""

    def __init__(self, django_app: WSGIApp) -> None:
        self.django_app = django_app

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        episode_id = checkin_episode(
            environ.get("REQUEST_METHOD", ""),
            environ.get("PATH_INFO", ""),
            environ.get("HTTP_X_CHECKIN_TOKEN"),
        )
        if episode_id is None:
            return self.django_app(environ, start_response)
        cookie = environ.get("HTTP_COOKIE")
        language = request_language(cookie)
        body = _body(environ)
        job = read_checkin(body, environ["HTTP_X_CHECKIN_TOKEN"], episode_id, language)
        if isinstance(job, Answer):
            return _respond(start_response, job)
        result = WRITER.submit(job)
        if is_for_django(result, cookie):
            environ["wsgi.input"] = io.BytesIO(body or b"")
            return self.django_app(environ, start_response)
        return _respond(start_response, checkin_answer(result, language))


def _body(environ: dict[str, Any]) -> bytes | None:
    """The request body, or None when it is larger than Django would accept."""
    to_read = length_to_read(environ.get("CONTENT_LENGTH"))
    return None if to_read is None else within_limit(environ["wsgi.input"].read(to_read))


def _respond(start_response: StartResponse, answer: Answer) -> Iterable[bytes]:
    start_response(STATUS_LINES[answer.status], answer.headers())
    return [answer.body]
