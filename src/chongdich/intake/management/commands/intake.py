"""chongdich intake extract FILE... [--published YYYY-MM-DD] --format json
chongdich intake evaluate DIR [--format json|text]
chongdich intake agreement FIRST.jsonl SECOND.jsonl [--skip PREFIX]... [--format json|text]
chongdich intake export-reviewed DIR [--since YYYY-MM-DD]
chongdich intake robustness DIR... [--seed N] [--format json|text]

``extract`` is a contract used by automated checks (docs/cli.md#intake): one JSON object
per file, ``{"file", "published", "province_stats", "support_events", "directives"}``.
A FILE may also be a saved web page (.html, .htm, .xhtml): its article is read.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chongdich.epi.press_eval import ArticleScores, article_scores, read_gold, score
from chongdich.intake.export import reviewed_articles, write_folder
from chongdich.intake.extraction import extract_file_record
from chongdich.intake.models import SourceDocument
from chongdich.intake.perturb import robustness
from chongdich.intake.saved_pages import UnreadablePage

_FACT_LISTS = ("province_stats", "support_events", "directives")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"Ngày không hợp lệ / not a YYYY-MM-DD date: {value!r}") from exc


def _annotations(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise CommandError(f"Thiếu tệp chú giải / no annotations: {path}")
    try:
        return read_gold(path)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc


def _annotated_folder(directory: Path) -> list[dict[str, Any]]:
    """The annotations of an annotated folder, refused unless every file they name is there."""
    gold = _annotations(directory / "gold.jsonl")
    for record in gold:
        path = directory / str(record["file"])
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp / file not found: {path}")
    return gold


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
        agreement = sub.add_parser(
            "agreement",
            help="Độ thống nhất giữa hai người chú giải / agreement of two annotations",
        )
        agreement.add_argument("first", type=Path, metavar="FIRST.jsonl")
        agreement.add_argument("second", type=Path, metavar="SECOND.jsonl")
        agreement.add_argument(
            "--skip", action="append", default=[], metavar="PREFIX", help="leave out these files"
        )
        agreement.add_argument("--format", choices=["json", "text"], default="text")
        export = sub.add_parser(
            "export-reviewed",
            help="Bài đã duyệt xong thành thư mục chú giải / reviewed articles as annotations",
        )
        export.add_argument("directory", type=Path, metavar="DIR")
        export.add_argument(
            "--since", type=_date, default=None, help="submitted on or after YYYY-MM-DD"
        )

        robust = sub.add_parser(
            "robustness",
            help="Đọc lại bài viết khác đi / F1 on originals and on rewritten copies",
        )
        robust.add_argument("directories", nargs="+", type=Path, metavar="DIR")
        robust.add_argument("--seed", type=int, default=0)
        robust.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["action"] == "robustness":
            self._robustness(opts["directories"], opts["seed"], opts["format"])
        elif opts["action"] == "extract":
            self._extract(opts["files"], opts["published"])
        elif opts["action"] == "export-reviewed":
            self._export(opts["directory"], opts["since"])
        elif opts["action"] == "agreement":
            self._agreement(opts["first"], opts["second"], opts["skip"], opts["format"])
        else:
            self._evaluate(opts["directory"], opts["format"])

    def _extract(self, files: list[Path], published: dt.date | None) -> None:
        records = []
        for path in files:
            if not path.is_file():
                raise CommandError(f"Không tìm thấy tệp / file not found: {path}")
            try:
                records.append(extract_file_record(path, published))
            except UnreadablePage as exc:
                raise CommandError(f"Không đọc được tệp / cannot read {path}: {exc}") from exc
        self.stdout.write(json.dumps(records, ensure_ascii=False, indent=2))

    def _evaluate(self, directory: Path, output: str) -> None:
        gold = _annotated_folder(directory)
        predicted = []
        for record in gold:
            published = record.get("published")
            path = directory / str(record["file"])
            predicted.append(extract_file_record(path, _date(published) if published else None))
        articles = article_scores(predicted, gold)
        self._scores(score(predicted, gold), articles, str(directory), output)

    def _agreement(self, first: Path, second: Path, skip: list[str], output: str) -> None:
        """The second annotation scored against the first, as an extraction would be: how
        far two annotators following docs/intake-annotation.md agree on the same files."""

        def kept(path: Path) -> list[dict[str, Any]]:
            records = _annotations(path)
            return [r for r in records if not str(r["file"]).startswith(tuple(skip))]

        reference, other = kept(first), kept(second)
        if {r["file"] for r in reference} != {r["file"] for r in other}:
            raise CommandError("Hai tệp chú giải khác bộ bài / the two annotate other files")
        articles = article_scores(other, reference)
        self._scores(score(other, reference), articles, f"{second} against {first}", output)

    def _export(self, directory: Path, since: dt.date | None) -> None:
        documents = SourceDocument.objects.order_by("created_at", "pk").prefetch_related("facts")
        if since is not None:
            documents = documents.filter(created_at__date__gte=since)
        articles = reviewed_articles(documents)
        write_folder(articles, directory)
        facts = sum(len(a.record[k]) for a in articles for k in _FACT_LISTS)
        self.stdout.write(
            f"{len(articles)} bài đã duyệt, {facts} dữ kiện / reviewed articles, facts"
            f" → {directory}"
        )

    def _robustness(self, directories: list[Path], seed: int, output: str) -> None:
        for directory in directories:
            _annotated_folder(directory)
        rows = [kind.as_dict() for kind in robustness(directories, seed)]
        if output == "json":
            self.stdout.write(json.dumps({"seed": seed, "kinds": rows}, indent=2))
            return
        self.stdout.write(f"{len(directories)} folders, seed {seed}")
        self.stdout.write(
            f"{'transformation':16} {'articles':>8} {'facts':>6} {'F1 orig':>8}"
            f" {'F1 pert':>8} {'lost':>5}"
        )
        for row in rows:
            self.stdout.write(
                f"{row['kind']:16} {row['articles']:>8} {row['facts']:>6}"
                f" {row['f1_original']:>8.3f} {row['f1_perturbed']:>8.3f} {row['facts_lost']:>5}"
            )

    def _scores(self, scores: list[Any], articles: ArticleScores, title: str, output: str) -> None:
        rows = [row.as_dict() for row in scores]
        if output == "json":
            document = {"files": articles.articles, "fields": rows, "articles": articles.as_dict()}
            self.stdout.write(json.dumps(document, indent=2))
            return
        self.stdout.write(f"{articles.articles} files, {title}")
        self.stdout.write(
            f"{'field':32} {'tp':>4} {'pred':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}"
        )
        for row in rows:
            self.stdout.write(
                f"{row['field']:32} {row['tp']:>4} {row['predicted']:>5} {row['expected']:>5}"
                f" {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}"
            )
        self.stdout.write(
            f"articles read exactly: {articles.clean} of {articles.articles};"
            f" mean F1 per article: {articles.mean_f1:.3f} over the {articles.scored} with facts"
        )
