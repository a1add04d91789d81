"""The one upload page behaviour shared by the line-list and dose imports.

A CSV/XLSX file and an optional province code come in; the app's file importer checks and
imports it (or only checks it, on a dry run): the line list's own (checked and stored a
slice at a time, as the CLI does), or a reader and a service (``read_then_save``); a
refusal lists every bad line in Vietnamese and stores nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.queries import resolve_area_code

# read(content, file_name, province=...) -> parsed file
Reader = Callable[..., Any]
# save(parsed, file_name=..., content_sha256=..., province=..., dry_run=..., actor=...) -> result
Importer = Callable[..., Any]
# import_file(content, file_name, province=..., dry_run=..., actor=...) -> result
FileImporter = Callable[..., Any]


def read_then_save(read: Reader, save: Importer) -> FileImporter:
    """A file importer from an app's reader and its service (the whole file parsed first)."""

    def import_file(content: bytes, file_name: str, **options: Any) -> Any:
        parsed = read(content, file_name, province=options.get("province"))
        sha256 = hashlib.sha256(content).hexdigest()
        return save(parsed, file_name=file_name, content_sha256=sha256, **options)

    return import_file


def file_import_page(
    request: HttpRequest, *, import_file: FileImporter, template: str
) -> HttpResponse:
    accessible_to(request.user).require(Capability.EDIT_SURVEILLANCE)
    context: dict[str, Any] = {"errors": [], "result": None, "province_code": ""}
    if request.method == "POST":
        upload = request.FILES.get("file")
        context["province_code"] = code = request.POST.get("province", "").strip()
        try:
            province = resolve_area_code(code) if code else None
        except LookupError:
            province = None
        if upload is None:
            context["message"] = _("Choose a CSV or XLSX file.")
        elif code and (province is None or province.level != "province"):
            context["message"] = _("Unknown province code “%(code)s”.") % {"code": code}
        else:
            try:
                context["result"] = import_file(
                    upload.read(),
                    upload.name or "",
                    province=province,
                    dry_run=bool(request.POST.get("dry_run")),
                    actor=request.user,
                )
            except ServiceError as exc:
                if exc.code not in (ErrorCode.INVALID_FILE, ErrorCode.INVALID_INPUT):
                    raise
                context["message"], context["errors"] = str(exc.message), exc.details
    status = 422 if context.get("message") else 200
    return render(request, template, context, status=status)
