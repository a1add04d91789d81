"""chongdich sitrep --area CODE --date YYYY-MM-DD --format json|md|xlsx [--output FILE]

A stable interface for users' scripts (issue 3): keep the options and the JSON fields.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chongdich.accounts.services import system_user
from chongdich.errors import ServiceError
from chongdich.geo.queries import resolve_area_code
from chongdich.surveillance.sitrep import build_sitrep
from chongdich.surveillance.sitrep_formats import sitrep_markdown, sitrep_xlsx


class Command(BaseCommand):
    help = "Báo cáo tình hình dịch của một địa bàn / situation report of an area on a date"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--area", required=True, help="95 (mã GSO trước 2025), 2025:<mã mới>, hoặc VN"
        )
        parser.add_argument("--date", required=True, help="YYYY-MM-DD")
        parser.add_argument("--format", choices=["json", "md", "xlsx"], default="json")
        parser.add_argument("--output", type=Path, help="tệp đầu ra / output file (xlsx)")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            area = resolve_area_code(opts["area"])
        except LookupError:
            raise CommandError(
                f"Không có địa bàn / unknown area code: {opts['area']!r}"
                " (95, 954, 31825, 2025:<code>, VN)"
            ) from None
        try:
            date = dt.date.fromisoformat(opts["date"])
        except ValueError:
            raise CommandError(
                f"Ngày không hợp lệ / not a date (YYYY-MM-DD): {opts['date']!r}"
            ) from None
        try:
            report = build_sitrep(area, date, user=system_user())
        except ServiceError as exc:
            raise CommandError(str(exc.message)) from exc
        if opts["format"] == "json":
            self._emit(json.dumps(report, ensure_ascii=False, indent=2).encode(), opts["output"])
        elif opts["format"] == "md":
            self._emit(sitrep_markdown(report).encode(), opts["output"])
        else:
            self._emit(sitrep_xlsx(report), opts["output"])

    def _emit(self, data: bytes, output: Path | None) -> None:
        if output:
            output.write_bytes(data)
        else:
            sys.stdout.buffer.write(
                data if data.endswith(b"\n") or data[:2] == b"PK" else data + b"\n"
            )
            sys.stdout.buffer.flush()
