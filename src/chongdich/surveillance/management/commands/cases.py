"""chongdich cases import FILE [--province CODE] [--dry-run] | import-tests FILE [...]"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chongdich.accounts.services import system_user
from chongdich.errors import ServiceError
from chongdich.geo.queries import resolve_area_code
from chongdich.surveillance import services
from chongdich.surveillance.lab_results import read_test_results


class Command(BaseCommand):
    help = "Danh sách ca bệnh / case line lists: import"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="Nhập danh sách ca bệnh CSV/XLSX / import a line list")
        imp.add_argument("file", type=Path)
        imp.add_argument("--province", help="mã tỉnh, ví dụ 95 / province code, e.g. 95")
        imp.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra / check only")
        tests = sub.add_parser(
            "import-tests", help="Nhập kết quả xét nghiệm CSV/XLSX / import test results"
        )
        tests.add_argument("file", type=Path)
        tests.add_argument("--province", help="mã tỉnh, ví dụ 95 / province code, e.g. 95")
        tests.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra / check only")

    def handle(self, *args: Any, **opts: Any) -> None:
        path: Path = opts["file"]
        if not path.exists():
            raise CommandError(f"Không tìm thấy tệp / file not found: {path}")
        province = None
        if opts["province"]:
            try:
                province = resolve_area_code(opts["province"])
            except LookupError:
                province = None
            if province is None or province.level != "province":
                raise CommandError(f"Không có tỉnh / unknown province code: {opts['province']!r}")
        content = path.read_bytes()
        try:
            if opts["action"] == "import-tests":
                tests = read_test_results(content, path.name, province=province)
                result = services.import_test_results(
                    tests,
                    file_name=path.name,
                    content_sha256=hashlib.sha256(content).hexdigest(),
                    province=province,
                    dry_run=opts["dry_run"],
                    actor=system_user(),
                )
                self.stdout.write(json.dumps(result, ensure_ascii=False))
                return
            result = services.import_line_list_file(
                content,
                path.name,
                province=province,
                dry_run=opts["dry_run"],
                actor=system_user(),
            )
        except ServiceError as exc:
            for d in exc.details[:100]:
                self.stderr.write(
                    f"  dòng/line {d['line']}, cột/column {d['column']}: {d['reason']}"
                )
            raise CommandError(str(exc.message)) from exc
        self.stdout.write(json.dumps(result, ensure_ascii=False))
