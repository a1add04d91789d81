"""chongdich care triage --input FILE.json [--format json|text] [--lang vi|en]
chongdich care travel-times FILE.csv --province CODE

``triage`` is a contract used by automated checks: keep its options and output stable
(docs/care.md, docs/cli.md). It needs no database. Bad input: exit status 2 and
``{"errors": [{path, code, message_vi, message_en}]}`` on standard output.

``travel-times`` loads (replaces) a province's travel-time matrix through the care service
layer (audited, all or nothing; docs/care.md gives the format) and prints
``{"province", "rows", "replaced", "file"}``; a bad line refuses the file, every reason on
standard error by line, exit status 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chongdich.accounts.services import system_user
from chongdich.care.travel import load_travel_times
from chongdich.epi.care import CareInputError, parse_patients, triage
from chongdich.epi.care.model import input_error
from chongdich.errors import ServiceError
from chongdich.geo.queries import resolve_area_code


class Command(BaseCommand):
    help = "Chăm sóc F0 / care of F0: triage (JSON in, JSON out)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        cmd = sub.add_parser(
            "triage",
            help="Phân loại F0: mức độ, tầng, điều trị tại nhà / triage F0 patients",
        )
        cmd.add_argument("--input", required=True, help="FILE.json, or - for standard input")
        cmd.add_argument("--format", choices=["json", "text"], default="json")
        cmd.add_argument("--lang", choices=["vi", "en"], default="vi", help="text output only")
        travel = sub.add_parser(
            "travel-times",
            help="Nạp ma trận thời gian di chuyển (CSV) / load a travel-time matrix (CSV)",
        )
        travel.add_argument("file", type=Path, help="commune,facility,minutes")
        travel.add_argument(
            "--province", required=True, help="mã tỉnh, ví dụ 95 / province code, e.g. 95"
        )

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["action"] == "triage":
            self.triage(opts["input"], opts["format"], opts["lang"])
        elif opts["action"] == "travel-times":
            self.travel_times(opts["file"], opts["province"])

    def travel_times(self, path: Path, code: str) -> None:
        try:
            province = resolve_area_code(code)
        except LookupError:
            province = None
        if province is None or province.level != "province":
            raise CommandError(f"Không có tỉnh / unknown province code: {code!r}")
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Không đọc được tệp / cannot read {path}: {exc}") from exc
        try:
            result = load_travel_times(
                content, province=province, file_name=path.name, actor=system_user()
            )
        except ServiceError as exc:
            for d in exc.details[:100]:
                self.stderr.write(
                    f"  dòng/line {d['line']}, cột/column {d['column']}: {d['reason']}"
                )
            raise CommandError(str(exc.message)) from exc
        self.stdout.write(json.dumps(result, ensure_ascii=False))

    def triage(self, path: str, output_format: str, lang: str) -> None:
        try:
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.refuse(
                [
                    input_error(
                        "", "unreadable", f"Không đọc được tệp {path}", f"cannot read {path}: {exc}"
                    )
                ]
            )
        try:
            payload = json.loads(text)
        except json.JSONDecodeError as exc:
            self.refuse(
                [
                    input_error(
                        "",
                        "not_json",
                        f"Tệp không phải JSON (dòng {exc.lineno}, cột {exc.colno})",
                        f"not JSON: {exc}",
                    )
                ]
            )
        try:
            as_of, province, patients = parse_patients(payload)
            results = triage(patients, as_of=as_of, province=province)
        except CareInputError as exc:
            self.refuse(exc.errors)
        if output_format == "json":
            out = {
                "as_of": as_of.isoformat(),
                "province": province,
                "patients": [r.as_dict() for r in results],
            }
            self.stdout.write(json.dumps(out, ensure_ascii=False))
            return
        for r in results:
            unmet = ", ".join(r.unmet) or "-"
            warnings = ", ".join(r.warnings) or "-"
            self.stdout.write(
                f"{r.id}: {r.severity}, tier {r.tier}, {r.action} "
                f"(home {'yes' if r.home_eligible else 'no'}; unmet {unmet}; warnings {warnings}) "
                f"[{r.rule_set}]"
            )
            for reason in r.reasons:
                self.stdout.write(
                    f"  - {reason.vi if lang == 'vi' else reason.en} {reason.evidence}"
                )

    def refuse(self, errors: list[dict[str, str]]) -> None:
        self.stdout.write(json.dumps({"errors": errors}, ensure_ascii=False))
        for e in errors:
            self.stderr.write(f"  {e['path'] or '(input)'}: {e['message_vi']} / {e['message_en']}")
        raise CommandError("Dữ liệu không hợp lệ / invalid input", returncode=2)
