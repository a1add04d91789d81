"""chongdich vaccination import FILE [--province CODE] [--dry-run]
chongdich vaccination national [FILE]
chongdich vaccination populations FILE
chongdich vaccination coverage --area CODE [--date YYYY-MM-DD]"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from chongdich.accounts.services import system_user
from chongdich.errors import ServiceError
from chongdich.geo.queries import resolve_area_code
from chongdich.geo.reference import DATA_DIR
from chongdich.vaccination import queries, services
from chongdich.vaccination.dosefile import read_dose_file

NATIONAL_FILE = DATA_DIR / "vn_vaccination_national_ncsc_2021-09-13_2022-01-22.csv"


class Command(BaseCommand):
    help = "Tiêm chủng / vaccination: import doses, national series, coverage"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="Nhập số liều tiêm CSV/XLSX / import doses")
        imp.add_argument("file", type=Path)
        imp.add_argument("--province", help="mã tỉnh, ví dụ 95 / province code, e.g. 95")
        imp.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra / check only")
        nat = sub.add_parser("national", help="Nạp chuỗi toàn quốc / load the national series")
        nat.add_argument("file", type=Path, nargs="?", default=NATIONAL_FILE)
        pops = sub.add_parser(
            "populations", help="Nhập dân số theo nhóm tuổi / import populations by age group"
        )
        pops.add_argument("file", type=Path)
        cov = sub.add_parser("coverage", help="Độ bao phủ của một địa bàn / coverage of a unit")
        cov.add_argument("--area", required=True, help="mã địa bàn / unit code")
        cov.add_argument("--date", type=dt.date.fromisoformat, default=None)

    def handle(self, *args: Any, **opts: Any) -> None:
        action = opts["action"]
        try:
            if action == "import":
                result = self._import(opts)
            elif action == "populations":
                path = opts["file"]
                if not path.exists():
                    raise CommandError(f"Không tìm thấy tệp / file not found: {path}")
                result = services.import_age_populations(
                    path.read_bytes(), path.name, actor=system_user()
                )
            elif action == "national":
                result = services.load_national_series(opts["file"], actor=system_user())
            else:
                result = self._coverage(opts)
        except ServiceError as exc:
            for d in exc.details[:100] if isinstance(exc.details, list) else []:
                if isinstance(d, dict) and "line" in d:
                    self.stderr.write(
                        f"  dòng/line {d['line']}, cột/column {d['column']}: {d['reason']}"
                    )
            raise CommandError(str(exc.message)) from exc
        self.stdout.write(json.dumps(result, ensure_ascii=False))

    def _import(self, opts: dict[str, Any]) -> dict[str, Any]:
        path: Path = opts["file"]
        if not path.exists():
            raise CommandError(f"Không tìm thấy tệp / file not found: {path}")
        province = None
        if opts["province"]:
            province = _unit(opts["province"])
            if province.level != "province":
                raise CommandError(f"Không có tỉnh / unknown province code: {opts['province']!r}")
        content = path.read_bytes()
        parsed = read_dose_file(content, path.name, province=province)
        return services.import_doses(
            parsed,
            file_name=path.name,
            content_sha256=hashlib.sha256(content).hexdigest(),
            province=province,
            dry_run=opts["dry_run"],
            actor=system_user(),
        )

    def _coverage(self, opts: dict[str, Any]) -> dict[str, Any]:
        unit = _unit(opts["area"])
        date = opts["date"] or timezone.localdate()
        cov = queries.coverage_for([unit], [date])[unit.pk][0]
        return {
            "area": unit.code,
            "name": unit.name,
            "date": date.isoformat(),
            **{k: (round(v, 2) if v is not None else None) for k, v in cov.values.items()},
            "source_kind": cov.kind,
            "source": cov.text("en"),
            "is_demo": cov.is_demo,
        }


def _unit(code: str) -> Any:
    try:
        unit = resolve_area_code(code)
    except LookupError:
        unit = None
    if unit is None:
        raise CommandError(f"Không có địa bàn / unknown unit code: {code!r}")
    return unit
