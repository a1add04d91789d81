"""Reviewed documents as an annotated folder (docs/intake-annotation.md's layout), so that
what officers accept, correct and add becomes data to measure and improve the reader on.

A document is exported once every fact of it has been reviewed: its accepted facts (as the
officer left them, added ones included) are its annotation, its rejected ones are not. The
annotation is as complete as the review: a fact no officer added is not in it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .models import ExtractedFact, FactKind, FactStatus, SourceDocument

_SECTIONS = {
    FactKind.PROVINCE_STATS: "province_stats",
    FactKind.SUPPORT_EVENT: "support_events",
    FactKind.DIRECTIVE: "directives",
}
_NOT_ANNOTATED = {"spans", "span", "confidence", "scope"}


@dataclass(frozen=True)
class ReviewedArticle:
    file_name: str
    text: str  # with its attribution header
    record: dict[str, Any]  # one line of gold.jsonl


def _annotation(payload: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in payload.items() if k not in _NOT_ANNOTATED}
    if "items" in out:
        out["items"] = [
            {k: v for k, v in item.items() if k != "span"} for item in out["items"] or []
        ]
    return out


def reviewed_article(doc: SourceDocument, facts: list[ExtractedFact]) -> ReviewedArticle | None:
    """The document as an annotated article, or None while any of its facts is pending."""
    if not facts or any(f.status == FactStatus.PENDING for f in facts):
        return None
    name = Path(doc.file_name).name if doc.file_name else f"document-{doc.pk:06d}.txt"
    published = doc.published_on.isoformat() if doc.published_on else None
    header = [f"# source: {doc.url or 'chongdich document ' + str(doc.pk)}"]
    if doc.publisher:
        header.append(f"# outlet: {doc.publisher}")
    header.append(f"# published: {published or 'unknown'}")
    record: dict[str, Any] = {
        "file": name,
        "published": published,
        **{section: [] for section in _SECTIONS.values()},
    }
    for fact in facts:
        if fact.status == FactStatus.ACCEPTED:
            record[_SECTIONS[FactKind(fact.kind)]].append(_annotation(fact.payload))
    return ReviewedArticle(name, "\n".join(header) + "\n\n" + doc.text, record)


def reviewed_articles(documents: Iterable[SourceDocument]) -> list[ReviewedArticle]:
    """Every fully reviewed document of ``documents``, in the order given."""
    out = []
    for doc in documents:
        article = reviewed_article(doc, list(doc.facts.all()))
        if article is not None:
            out.append(article)
    return out


def write_folder(articles: list[ReviewedArticle], folder: Path) -> None:
    """The articles' texts and their gold.jsonl, ready for `chongdich intake evaluate`."""
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (folder / article.file_name).write_text(article.text, encoding="utf-8")
    lines = [json.dumps(a.record, ensure_ascii=False) for a in articles]
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
