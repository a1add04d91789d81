"""chongdich support allocate --input FILE.json [--format json|text]

The allocation contract is used by automated checks: keep its names and fields stable
(docs/cli.md, "chongdich support").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chongdich.epi.allocation import AllocationInputError, allocate, parse_problem


class Command(BaseCommand):
    help = "Chi viện / support between provinces: allocate offers to needs"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        allocate_cmd = sub.add_parser(
            "allocate",
            help="Phân bổ hàng chi viện cho nhu cầu (HiGHS) / allocate offers to needs",
        )
        allocate_cmd.add_argument("--input", type=Path, required=True, help="FILE.json")
        allocate_cmd.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["action"] == "allocate":
            self.allocate(opts["input"], opts["format"])

    def allocate(self, path: Path, output_format: str) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            self.refuse(output_format, f"file not found: {path}", [])
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            self.refuse(output_format, f"{path} is not JSON: {exc}", [])
        try:
            needs, offers, distances = parse_problem(data)
        except AllocationInputError as exc:
            self.refuse(output_format, "the input is not valid", exc.problems)
        result = allocate(needs, offers, distances)
        if output_format == "json":
            self.stdout.write(json.dumps(result.as_contract(), ensure_ascii=False))
            return
        for a in result.allocations:
            self.stdout.write(f"{a.offer} → {a.need}: {a.quantity:g} {a.item} ({a.explain()})")
        for u in result.unmet:
            self.stdout.write(f"unmet {u.need}: {u.quantity:g}")
        self.stdout.write(f"objective {result.objective:g}")

    def refuse(self, output_format: str, message: str, details: list[str]) -> None:
        if output_format == "json":
            error = {"code": "invalid_input", "message": message, "details": details}
            self.stdout.write(json.dumps({"error": error}, ensure_ascii=False))
        for line in details:
            self.stderr.write(f"  {line}")
        raise CommandError(f"Dữ liệu không hợp lệ / invalid input: {message}", returncode=2)
