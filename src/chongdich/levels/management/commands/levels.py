"""chongdich levels assess --input FILE.json [--format json|text] [--lang en|vi]
chongdich levels run --province CODE [--map legacy|current] [--from DATE] [--to DATE]

``assess`` is a contract used by automated checks: keep its options and output stable
(docs/cli.md). It needs no database.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chongdich.epi.level_reasons import assess_records
from chongdich.epi.level_rules import LevelInputError, apply_overrides, get_rule_set


def read_assess_input(text: str) -> tuple[dt.date, Any, list[dict[str, Any]], dict[str, Any]]:
    """Parse and check the contract's JSON; every problem is a LevelInputError."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LevelInputError(f"input is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise LevelInputError("input must be a JSON object with as_of, rule_set and units")
    as_of_text = data.get("as_of")
    if not isinstance(as_of_text, str):
        raise LevelInputError("as_of must be a date YYYY-MM-DD")
    try:
        as_of = dt.date.fromisoformat(as_of_text)
    except ValueError:
        raise LevelInputError(f"as_of must be a date YYYY-MM-DD, got {as_of_text!r}") from None
    units = data.get("units")
    if not isinstance(units, list) or not all(isinstance(u, dict) for u in units):
        raise LevelInputError("units must be a list of objects")
    options = data.get("rule_options") or {}
    if not isinstance(options, dict):
        raise LevelInputError("rule_options must be an object")
    return as_of, data.get("rule_set"), units, options


class Command(BaseCommand):
    help = "Cấp độ dịch / epidemic levels: assess (JSON in, JSON out), run (weekly, stored)"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        assess = sub.add_parser(
            "assess", help="Đánh giá cấp độ từ tệp JSON / assess units from a JSON file"
        )
        assess.add_argument("--input", required=True, help="JSON file, or - for standard input")
        assess.add_argument("--format", choices=["json", "text"], default="json")
        assess.add_argument("--lang", choices=["en", "vi"], default="en")
        run = sub.add_parser(
            "run", help="Đánh giá hằng tuần và lưu lịch sử / weekly assessment, stored"
        )
        run.add_argument("--province", required=True, help="province code, e.g. 95")
        run.add_argument("--map", choices=["legacy", "current"], default="legacy")
        run.add_argument("--from", dest="start", help="first week's end date YYYY-MM-DD")
        run.add_argument("--to", dest="end", help="last week's end date YYYY-MM-DD")
        run.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["action"] == "assess":
            self._assess(opts)
        else:
            self._run(opts)

    def _assess(self, opts: dict[str, Any]) -> None:
        path = opts["input"]
        try:
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"Không đọc được tệp / cannot read {path}: {exc}") from None
        try:
            as_of, code, units, options = read_assess_input(text)
            rule_set = get_rule_set(code, as_of)
            if options:
                rule_set = apply_overrides(rule_set, options, f"{rule_set.version}+input")
            results = assess_records(units, rule_set)
        except LevelInputError as exc:
            raise CommandError(f"Dữ liệu không hợp lệ / invalid input: {exc}") from None
        if opts["format"] == "json":
            if opts["lang"] == "vi":
                for r in results:
                    r["reasons"], r["reasons_en"] = r.pop("reasons_vi"), r["reasons"]
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=1))
            return
        for r in results:
            self.stdout.write(
                f"{r['id']}: cấp/level {r['level']} ({r['color']}) {r['rule_set']} "
                f"{r['cases_per_100k_week']}/100k/tuần-week [{r['evidence']}]"
            )
            for line in r["reasons_vi" if opts["lang"] == "vi" else "reasons"]:
                self.stdout.write(f"  - {line}")

    def _run(self, opts: dict[str, Any]) -> None:
        from chongdich.accounts.services import system_user
        from chongdich.errors import ServiceError
        from chongdich.levels import services

        try:
            start = dt.date.fromisoformat(opts["start"]) if opts["start"] else None
            end = dt.date.fromisoformat(opts["end"]) if opts["end"] else None
        except ValueError as exc:
            raise CommandError(f"Ngày không hợp lệ / invalid date: {exc}") from None
        try:
            summary = services.assess_province_weeks(
                opts["province"], map_version=opts["map"], start=start, end=end, actor=system_user()
            )
        except ServiceError as exc:
            raise CommandError(str(exc.message)) from None
        if opts["format"] == "json":
            self.stdout.write(json.dumps(summary, ensure_ascii=False))
        else:
            for week in summary["weeks"]:
                self.stdout.write(
                    f"{week['as_of']}: {week['units']} units; communes by level {week['communes']}"
                )
