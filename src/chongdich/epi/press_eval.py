"""Precision, recall and F1 per field of extracted facts against annotated ones.

Facts are compared as tuples keyed by what identifies them, so that grouping choices
(one support event with two items or two events with one) do not count as errors:

- province statistics: (file, province, field, value) for every non-null field;
- support items: (file, donor, recipient, item, quantity) for the field "item", plus
  (…, date) for "date" and (…, detail) for "detail" (free text: compared after case and
  space folding, so an English paraphrase in the annotation never matches);
- directives: (file, document) for "document", (file, document, field, value) for
  province and date, (file, document, measure) for each measure.

An annotation may list facts it leaves undecided under ``"doubtful"`` (the same three
lists): where the guideline does not decide, neither reading is counted — the tuples of a
doubtful fact are removed from both the expected and the extracted facts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["ArticleScores", "FieldScore", "article_scores", "fact_tuples", "read_gold", "score"]

_IGNORED_STAT_KEYS = {"province", "scope", "spans", "confidence"}


@dataclass
class FieldScore:
    field: str
    true_positives: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "tp": self.true_positives,
            "predicted": self.predicted,
            "expected": self.expected,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


def _fold(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.lower().split())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def fact_tuples(record: Mapping[str, Any]) -> dict[str, set[tuple[Any, ...]]]:
    """Field → the set of fact tuples one file's record (gold or extracted) states."""
    name = Path(str(record.get("file", ""))).name
    facts: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
    for stat in record.get("province_stats") or []:
        province = stat.get("province")
        for key, value in stat.items():
            if key in _IGNORED_STAT_KEYS or value is None or value is False:
                continue
            facts[f"stats.{key}"].add((name, province, key, _fold(value)))
    for event in record.get("support_events") or []:
        donor, recipient = _fold(event.get("donor")), _fold(event.get("recipient"))
        for item in event.get("items") or []:
            key = (name, donor, recipient, item.get("item"), item.get("quantity"))
            facts["support.item"].add(key)
            facts["support.date"].add((*key, event.get("date")))
            facts["support.detail"].add((*key, _fold(item.get("detail") or "")))
    for directive in record.get("directives") or []:
        document = directive.get("document")
        facts["directive.document"].add((name, document))
        for key in ("province", "date"):
            facts[f"directive.{key}"].add((name, document, _fold(directive.get(key))))
        for measure in directive.get("measures") or []:
            facts["directive.measure"].add((name, document, _fold(measure)))
    return facts


def score(
    predicted: Iterable[Mapping[str, Any]], expected: Iterable[Mapping[str, Any]]
) -> list[FieldScore]:
    """Per-field scores plus an "ALL" row (micro-average over every fact)."""
    got: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
    want: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
    for record in predicted:
        for key, values in fact_tuples(record).items():
            got[key] |= values
    undecided: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
    for record in expected:
        decided = fact_tuples(record)
        for key, values in decided.items():
            want[key] |= values
        # A tuple a decided fact also states (a directive's number and measure, shared by
        # the provinces applying it) stays decided.
        doubtful = {"file": record.get("file"), **(record.get("doubtful") or {})}
        for key, values in fact_tuples(doubtful).items():
            undecided[key] |= values - decided.get(key, set())
    for key, values in undecided.items():
        got[key] -= values
        want[key] -= values
    rows = []
    total = FieldScore("ALL", 0, 0, 0)
    for key in sorted(set(got) | set(want)):
        row = FieldScore(key, len(got[key] & want[key]), len(got[key]), len(want[key]))
        rows.append(row)
        total.true_positives += row.true_positives
        total.predicted += row.predicted
        total.expected += row.expected
    rows.append(total)
    return rows


@dataclass
class ArticleScores:
    """Each article counted once, however many facts it holds: the ALL row of `score`
    weighs a bulletin listing 60 provinces as much as 60 one-fact pages."""

    articles: int
    clean: int  # read exactly: no fact missed, none false (doubtful ones set aside)
    scored: int  # articles with a fact expected or read
    mean_f1: float  # over the scored articles

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "clean": self.clean,
            "clean_share": round(self.clean / self.articles, 3) if self.articles else 1.0,
            "scored": self.scored,
            "mean_f1": round(self.mean_f1, 3),
        }


def article_scores(
    predicted: Iterable[Mapping[str, Any]], expected: Iterable[Mapping[str, Any]]
) -> ArticleScores:
    """Per-article scores of extracted records against annotated ones, paired by file (an
    annotated file nothing was read from has read nothing)."""
    read = {record.get("file"): record for record in predicted}
    articles = clean = 0
    f1s = []
    for record in expected:
        mine = read.get(record.get("file"), {"file": record.get("file")})
        total = score([mine], [record])[-1]
        articles += 1
        if total.true_positives == total.predicted == total.expected:
            clean += 1
        if total.predicted or total.expected:
            f1s.append(total.f1)
    return ArticleScores(articles, clean, len(f1s), sum(f1s) / len(f1s) if f1s else 1.0)


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Annotations: a JSON Lines file, one record per article, as the CLI prints them."""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON: {error}") from error
    return records
