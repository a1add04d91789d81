"""chongdich intake extract FILE... [--published YYYY-MM-DD] --format json
chongdich intake evaluate DIR [--format json|text]

``extract`` is a contract used by automated checks (docs/cli.md#intake): one JSON object
per file, ``{"file", "published", "province_stats", "support_events", "directives"}``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chongdich.epi.press_eval import read_gold, score
from chongdich.intake.extraction import extract_file_record


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"Ngày không hợp lệ / not a YYYY-MM-DD date: {value!r}") from exc


class Command(BaseCommand):
    help = "Đọc bài báo, báo cáo thành dữ kiện / read articles and reports into facts"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        extract = sub.add_parser("extract", help="Trích dữ kiện từ tệp văn bản / extract facts")
        extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
        extract.add_argument("--published", type=_date, default=None, help="YYYY-MM-DD")
        extract.add_argument("--format", choices=["json"], default="json")
        evaluate = sub.add_parser(
            "evaluate", help="Độ chính xác theo trường / precision, recall, F1 per field"
        )
        evaluate.add_argument("directory", type=Path, metavar="DIR")
        evaluate.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["action"] == "extract":
            self._extract(opts["files"], opts["published"])
        else:
            self._evaluate(opts["directory"], opts["format"])

    def _extract(self, files: list[Path], published: dt.date | None) -> None:
        records = []
        for path in files:
            if not path.is_file():
                raise CommandError(f"Không tìm thấy tệp / file not found: {path}")
            records.append(extract_file_record(path, published))
        self.stdout.write(json.dumps(records, ensure_ascii=False, indent=2))

    def _evaluate(self, directory: Path, output: str) -> None:
        gold_path = directory / "gold.jsonl"
        if not gold_path.is_file():
            raise CommandError(f"Thiếu tệp chú giải / no annotations: {gold_path}")
        try:
            gold = read_gold(gold_path)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        predicted = []
        for record in gold:
            path = directory / str(record["file"])
            if not path.is_file():
                raise CommandError(f"Không tìm thấy tệp / file not found: {path}")
            published = record.get("published")
            predicted.append(extract_file_record(path, _date(published) if published else None))
        rows = [row.as_dict() for row in score(predicted, gold)]
        if output == "json":
            self.stdout.write(json.dumps({"files": len(gold), "fields": rows}, indent=2))
            return
        self.stdout.write(f"{len(gold)} files, {directory}")
        self.stdout.write(
            f"{'field':32} {'tp':>4} {'pred':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}"
        )
        for row in rows:
            self.stdout.write(
                f"{row['field']:32} {row['tp']:>4} {row['predicted']:>5} {row['expected']:>5}"
                f" {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}"
            )
