"""chongdich geo load | summary [--format json] | import-population FILE [--map legacy|current]"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chongdich.accounts.services import system_user
from chongdich.errors import ServiceError
from chongdich.geo import queries, services


class Command(BaseCommand):
    help = "Địa giới hành chính / administrative units: load, summary, import-population"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("load", help="Nạp đơn vị hành chính hai bản đồ / load both maps' units")
        summary = sub.add_parser("summary", help="Đếm đơn vị / count units")
        summary.add_argument("--format", choices=["json", "text"], default="text")
        imp = sub.add_parser(
            "import-population", help="Nhập dân số xã từ CSV (code,population) / import CSV"
        )
        imp.add_argument("file", type=Path)
        imp.add_argument("--map", choices=["legacy", "current"], default="legacy")

    def handle(self, *args: Any, **opts: Any) -> None:
        action = opts["action"]
        try:
            if action == "load":
                counts = services.load_reference_geography(actor=system_user(), progress=True)
                self.stdout.write(json.dumps(counts, ensure_ascii=False))
            elif action == "summary":
                summary = queries.unit_counts()
                if opts["format"] == "json":
                    self.stdout.write(json.dumps(summary))
                else:
                    for map_version, counts in summary.items():
                        line = ", ".join(f"{k}: {v}" for k, v in counts.items())
                        self.stdout.write(f"{map_version}: {line}")
            elif action == "import-population":
                path: Path = opts["file"]
                if not path.exists():
                    raise CommandError(f"Không tìm thấy tệp / file not found: {path}")
                result = services.import_commune_populations(
                    path.read_text(encoding="utf-8"), actor=system_user(), map_version=opts["map"]
                )
                self.stdout.write(json.dumps(result))
        except ServiceError as exc:
            for d in exc.details:
                self.stderr.write(
                    f"  dòng/line {d['line']}, cột/column {d['column']}: {d['reason']}"
                )
            raise CommandError(str(exc.message)) from exc
