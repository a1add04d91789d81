"""Review queue API: submit an article (as text, or as an uploaded saved web page or text
file), list its facts, add one the reader missed, accept (optionally edited) or reject."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import File, Form, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import field_validator

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.errors import ErrorCode, ServiceError

from . import services
from .queries import document_for, documents_for, facts_for
from .saved_pages import MAX_BYTES

router = Router(tags=["intake"])


class DocumentOut(Schema):
    id: int
    title: str
    url: str
    published_on: dt.date | None
    pending: int = 0
    total: int = 0


class DocumentIn(Schema):
    text: str
    title: str = ""
    published_on: dt.date | None = None
    url: str = ""


class UploadFieldsIn(Schema):
    """The form fields sent with an uploaded file; a blank one is filled from the page."""

    title: str = ""
    published_on: dt.date | None = None
    url: str = ""

    @field_validator("published_on", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return value or None  # a form sends an empty field as ""


class FactOut(Schema):
    id: int
    document_id: int
    kind: str
    status: str
    payload: dict[str, Any]
    area_id: int | None
    span_start: int
    span_end: int
    confidence: float
    result: str


class AcceptIn(Schema):
    payload: dict[str, Any] | None = None


class MissedFactIn(Schema):
    kind: str
    payload: dict[str, Any]
    quote: str
    start: int | None = None


@router.get("/documents", response=list[DocumentOut])
def documents(request: HttpRequest) -> Any:
    accessible_to(request.user).require(Capability.VIEW)
    return list(documents_for(request.user)[:500])


@router.post("/documents", response={201: DocumentOut})
def submit(request: HttpRequest, payload: DocumentIn) -> Any:
    doc = services.submit_article(
        text=payload.text,
        title=payload.title,
        published_on=payload.published_on,
        url=payload.url,
        actor=request.user,
    )
    return Status(201, doc)


@router.post("/documents/upload", response={201: DocumentOut})
def submit_upload(
    request: HttpRequest, file: File[UploadedFile], fields: Form[UploadFieldsIn]
) -> Any:
    """A saved web page (.html) or a text file, as multipart form data: the page's title,
    publication date and address fill the fields not given. A file that cannot be read is
    refused with 422 ``invalid_file`` (``details.problem`` says why) and nothing is stored."""
    doc = services.submit_saved_page(
        content=file.read(MAX_BYTES + 1),  # a byte over the limit is enough to refuse it
        file_name=file.name or "",
        content_type=file.content_type or "",
        title=fields.title,
        published_on=fields.published_on,
        url=fields.url,
        actor=request.user,
    )
    return Status(201, doc)


@router.get("/documents/{document_id}/facts", response=list[FactOut])
def document_facts(request: HttpRequest, document_id: int) -> Any:
    accessible_to(request.user).require(Capability.VIEW)
    doc = document_for(request.user, document_id)
    if doc is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    return list(facts_for(request.user).filter(document=doc))


@router.post("/documents/{document_id}/facts", response={201: FactOut})
def add_missed_fact(request: HttpRequest, document_id: int, body: MissedFactIn) -> Any:
    """A fact the reader missed, added from the words of the article it is read from."""
    accessible_to(request.user).require(Capability.EDIT_SURVEILLANCE)
    doc = document_for(request.user, document_id)
    if doc is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    fact = services.add_missed_fact(
        doc,
        kind=body.kind,
        payload=body.payload,
        quote=body.quote,
        start=body.start,
        actor=request.user,
    )
    return Status(201, fact)


def _reviewable(request: HttpRequest, fact_id: int) -> Any:
    accessible_to(request.user).require(Capability.EDIT_SURVEILLANCE)
    fact = facts_for(request.user, Capability.EDIT_SURVEILLANCE).filter(pk=fact_id).first()
    if fact is None:
        raise ServiceError(ErrorCode.NOT_FOUND)
    return fact


@router.post("/facts/{fact_id}/accept", response=FactOut)
def accept(request: HttpRequest, fact_id: int, body: AcceptIn) -> Any:
    fact = _reviewable(request, fact_id)
    return services.accept_fact(fact, payload=body.payload, actor=request.user)


@router.post("/facts/{fact_id}/reject", response=FactOut)
def reject(request: HttpRequest, fact_id: int) -> Any:
    return services.reject_fact(_reviewable(request, fact_id), actor=request.user)
