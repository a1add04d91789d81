"""chongdich counts import-aggregates FILE [--source S] [--dry-run] | rebuild | quality"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chongdich.accounts.services import system_user
from chongdich.errors import ServiceError
from chongdich.geo.queries import resolve_area_code
from chongdich.surveillance import services
from chongdich.surveillance.aggregates import read_aggregate_file
from chongdich.surveillance.models import CountSource
from chongdich.surveillance.quality import suspect_points


class Command(BaseCommand):
    help = "Số ca theo ngày / daily counts: import-aggregates, quality"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser(
            "import-aggregates", help="Nhập số ca tổng hợp theo ngày / import daily totals (CSV)"
        )
        imp.add_argument("file", type=Path)
        imp.add_argument("--source", choices=CountSource.values)
        imp.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra / check only")
        sub.add_parser(
            "rebuild",
            help="Tính lại số ca theo ngày từ danh sách ca bệnh / recount from the line list",
        )
        quality = sub.add_parser("quality", help="Điểm nghi vấn / suspect points of the series")
        quality.add_argument("--area", help="mã tỉnh / province code (default: every province)")
        quality.add_argument("--source", choices=CountSource.values, default=CountSource.NCSC)
        quality.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            if opts["action"] == "import-aggregates":
                self._import(opts)
            elif opts["action"] == "rebuild":
                result = services.rebuild_line_list_counts(actor=system_user())
                self.stdout.write(json.dumps(result))
            else:
                self._quality(opts)
        except ServiceError as exc:
            for d in exc.details[:50]:
                self.stderr.write(
                    f"  dòng/line {d['line']}, cột/column {d['column']}: {d['reason']}"
                )
            raise CommandError(str(exc.message)) from exc

    def _import(self, opts: dict[str, Any]) -> None:
        path: Path = opts["file"]
        if not path.exists():
            raise CommandError(f"Không tìm thấy tệp / file not found: {path}")
        try:
            content = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise CommandError(
                "Tệp không phải văn bản UTF-8 / the file is not UTF-8 text"
            ) from None
        parsed = read_aggregate_file(content, source=opts["source"])
        if opts["dry_run"]:
            result = {
                "dry_run": True,
                "source": parsed.source,
                "areas": len(parsed.rows),
                "rows": sum(len(r) for r in parsed.rows.values()),
                "days_without_report": parsed.days_without_report,
            }
        else:
            result = services.import_aggregate_counts(parsed, actor=system_user())
        self.stdout.write(json.dumps(result, ensure_ascii=False))

    def _quality(self, opts: dict[str, Any]) -> None:
        area = None
        if opts["area"]:
            try:
                area = resolve_area_code(opts["area"])
            except LookupError:
                raise CommandError(
                    f"Không có địa bàn / unknown area code: {opts['area']!r}"
                ) from None
        points = suspect_points(system_user(), source=opts["source"], area=area)
        if opts["format"] == "json":
            self.stdout.write(json.dumps(points, ensure_ascii=False, default=str))
            return
        for p in points:
            raw = "—" if p["raw"] is None else p["raw"]
            self.stdout.write(f"{p['area']}\t{p['date']}\t{p['reason']}\t{raw} → {p['corrected']}")
