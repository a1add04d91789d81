"""chongdich care triage --input FILE.json [--format json|text] [--lang vi|en]

``triage`` is a contract used by automated checks: keep its options and output stable
(docs/care.md, docs/cli.md). It needs no database. Bad input: exit status 2 and
``{"errors": [{path, code, message_vi, message_en}]}`` on standard output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chongdich.epi.care import CareInputError, parse_patients, triage
from chongdich.epi.care.model import input_error


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

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["action"] == "triage":
            self.triage(opts["input"], opts["format"], opts["lang"])

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
