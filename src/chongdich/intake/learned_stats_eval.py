"""The learned statistics reader (``learned_stats``) trained and scored on the committed
corpus (docs/adr/0035-intake-learned-statistics-1100.md):

    python -m chongdich.intake.learned_stats cv [HELD_OUT ...]
    python -m chongdich.intake.learned_stats heldout test34 test35 test36

``cv``: leave one training set out (every set but the held-out ones; the seeds are always
trained on), in two views of the rules whose gaps the model fills:

- *fitted*: the rules as they are, on every training set. The rules were written on these
  sets, so their gaps there are the few they were right to leave or could not close.
- *first sight*: the rules of ``FIRST_SIGHT_COMMIT`` on the training sets that were not in
  the corpus at that commit, so that those rules never saw them: the condition of a
  held-out set. The fill thresholds are chosen in this view. A second first-sight view,
  the rules of ``LATER_FIRST_SIGHT_COMMIT`` on the sets drawn after it, is reported only.

Each view also says where the fill pays: on all articles, or only on those the extractor
reads as English (``reads_as_english``), and on each language alone (ADR 0035, "English
articles only?").

``heldout``: the model trained on every other set and the seeds, and the held-out sets
scored once: rules, model, rules+fill (``FILL_THRESHOLDS``). Tuple scoring of
``chongdich.epi.press_eval`` restricted to the ten statistics fields; doubtful facts count
neither way.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from chongdich.epi.press_eval import fact_tuples, read_gold, score
from chongdich.intake.learned_stats import (
    FIELDS,
    FILL_THRESHOLDS,
    MODEL_THRESHOLD,
    NEVER,
    NONE,
    FieldModel,
    Reading,
    Thresholds,
    Unit,
    as_records,
    best_readings,
    fill_empty,
    gaps,
    gold_fields,
    label_units,
    read_article,
    uniform,
)

REPO = Path(__file__).resolve().parents[3]
DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "press_corpus"
SEEDS = "seeds"
HELD_OUT_SETS = ("test34", "test35", "test36")
# Session 10's start: rules written on dev … test17, before test18 … test33 were drawn.
FIRST_SIGHT_COMMIT = "273f600"
# The reader of session 10's end, which scored test37–41 once held out: a first sight of
# the English sets by rules close to today's (reported; nothing is chosen on it).
LATER_FIRST_SIGHT_COMMIT = "3c50839"
# The thresholds tried by cross-validation.
THRESHOLD_GRID = (0.0, 5.0, 10.0, 20.0, 30.0, 50.0, 75.0, 100.0, 150.0)
# A field is filled only at a threshold that keeps at least this many true additions in
# cross-validation: fewer is noise (a threshold that keeps 1 of 1).
MIN_SUPPORT = 5
# Two policies whose nested F1 differ by less than this are a tie.
TIE = 0.002


# --- the committed corpus ---------------------------------------------------------------


def set_folder(name: str) -> Path:
    return DATA / SEEDS if name == SEEDS else CORPUS / name


def corpus_sets() -> tuple[str, ...]:
    """Every annotated set of the corpus, in the order of their numbers (dev, test, test2 …)."""
    names = [p.name for p in CORPUS.iterdir() if (p / "gold.jsonl").is_file()]
    return tuple(sorted(names, key=_set_order))


def _set_order(name: str) -> tuple[int, int, str]:
    number = name.removeprefix("test")
    if name == "dev":
        return (0, 0, name)
    return (1, int(number) if number.isdigit() else 1, name)


def training_sets(held_out: Sequence[str]) -> tuple[str, ...]:
    """Every set but the held-out ones."""
    return tuple(name for name in corpus_sets() if name not in held_out)


def only_fields(stats: Iterable[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    return [
        {"province": s.get("province"), **{f: s[f] for f in FIELDS if s.get(f) is not None}}
        for s in stats or []
    ]


def scored(set_name: str, record: Mapping[str, Any], stats: list[dict[str, Any]]) -> dict[str, Any]:
    """A record restricted to the compared fields, with the gold's doubtful facts (which
    count neither way), its file named with its set so that sets pool without clashes."""
    out: dict[str, Any] = {"file": f"{set_name}:{record['file']}", "province_stats": stats}
    if record.get("doubtful"):
        out["doubtful"] = {"province_stats": only_fields(record["doubtful"].get("province_stats"))}
    return out


@dataclass
class Article:
    set_name: str
    record: dict[str, Any]
    units: list[Unit]
    rules: list[dict[str, Any]]
    english: bool  # as the extractor tells (``reads_as_english``): where the fill may apply

    @property
    def expected(self) -> dict[str, Any]:
        return scored(self.set_name, self.record, only_fields(self.record.get("province_stats")))


def load_set(name: str) -> list[Article]:
    """A set's articles, their units and what the rules (the extractor as it is) read."""
    from chongdich.intake.extraction import extract_annotated

    folder = set_folder(name)
    records = read_gold(folder / "gold.jsonl")
    extracted = extract_annotated(folder, records)
    articles = []
    for record, read in zip(records, extracted, strict=True):
        reader = read_article(folder / record["file"])
        rules = only_fields(read["province_stats"])
        articles.append(Article(name, record, reader.units(), rules, reader.read_as_english))
    return articles


def training_examples(articles: Iterable[Article]) -> tuple[list[tuple[list[str], set[str]]], int]:
    examples, missing = [], 0
    for article in articles:
        labels, unmatched = label_units(article.units, article.record)
        missing += unmatched
        examples += [
            (unit.features, label) for unit, label in zip(article.units, labels, strict=True)
        ]
    return examples, missing


def train_on(loaded: Mapping[str, list[Article]], names: Iterable[str]) -> FieldModel:
    return FieldModel.train(training_examples(a for n in names for a in loaded[n])[0])


# --- the rules of an earlier commit -------------------------------------------------------

# Run by the Python of this checkout with the earlier commit's ``src`` on the path: one JSON
# line per annotated file of each folder given; a file the old code fails on reads nothing.
_EXTRACT_AT_COMMIT = """
import datetime as dt, json, sys
from pathlib import Path
from chongdich.intake.extraction import extract_file_record
for folder in map(Path, sys.argv[1:]):
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        published = record.get("published")
        published = dt.date.fromisoformat(published) if published else None
        try:
            read = extract_file_record(folder / record["file"], published)
            stats, error = read["province_stats"], None
        except Exception as exc:
            stats, error = [], repr(exc)
        print(json.dumps({"set": folder.name, "file": record["file"], "province_stats": stats,
                          "error": error}, ensure_ascii=False))
"""


def sets_unseen_by(commit: str, names: Iterable[str]) -> list[str]:
    """The sets that were not in the corpus at ``commit``: its rules never read them."""
    listing = subprocess.run(
        ["git", "-C", str(REPO), "ls-tree", "--name-only", commit, f"{_corpus_in_git()}/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    present = {Path(path).name for path in listing}
    return [name for name in names if name not in present]


def _corpus_in_git() -> str:
    return CORPUS.relative_to(REPO).as_posix()


def rules_at(commit: str, names: Sequence[str]) -> tuple[dict[tuple[str, str], Any], int]:
    """What the extractor of ``commit`` reads in each file of the named sets (the current
    files and gold), and on how many files it failed."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit, "src"], capture_output=True, check=True
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        output = subprocess.run(
            [sys.executable, "-c", _EXTRACT_AT_COMMIT, *(str(set_folder(n)) for n in names)],
            env={**os.environ, "PYTHONPATH": str(Path(folder) / "src")},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    records = [json.loads(line) for line in output.splitlines()]
    read = {(r["set"], r["file"]): only_fields(r["province_stats"]) for r in records}
    return read, sum(r["error"] is not None for r in records)


# --- scoring -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    tp: int
    predicted: int
    expected: int

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.tp + other.tp,
            self.predicted + other.predicted,
            self.expected + other.expected,
        )

    def __sub__(self, other: Tally) -> Tally:
        return Tally(
            self.tp - other.tp,
            self.predicted - other.predicted,
            self.expected - other.expected,
        )

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (self.predicted + self.expected) if self.tp else 0.0


ZERO = Tally(0, 0, 0)


def tally(predicted: list[dict[str, Any]], expected: list[dict[str, Any]]) -> Tally:
    row = score(predicted, expected)[-1]
    return Tally(row.true_positives, row.predicted, row.expected)


System = Callable[[Article, list[Reading]], list[dict[str, Any]]]


def rules_system(article: Article, readings: list[Reading]) -> list[dict[str, Any]]:
    return article.rules


def model_system(threshold: float = MODEL_THRESHOLD) -> System:
    return lambda article, readings: as_records(readings, uniform(threshold))


def fill_system(thresholds: Thresholds) -> System:
    return lambda article, readings: fill_empty(article.rules, as_records(readings, thresholds))


def system_tally(
    articles: Sequence[Article], readings: Sequence[list[Reading]], system: System
) -> Tally:
    predicted = [
        scored(a.set_name, a.record, system(a, r)) for a, r in zip(articles, readings, strict=True)
    ]
    return tally(predicted, [a.expected for a in articles])


@dataclass(frozen=True)
class Candidate:
    """One reading a system may add, with what it would do to the score: "tp" (a decided
    gold fact), "fp", or "doubtful" (counts neither way)."""

    set_name: str
    field: str
    margin: float
    outcome: str
    english: bool


def candidates(article: Article, readings: Iterable[Reading]) -> list[Candidate]:
    expected = article.expected
    decided = fact_tuples(expected)
    undecided = fact_tuples({"file": expected["file"], **expected.get("doubtful", {})})
    out = []
    for reading in readings:
        key = f"stats.{reading.field}"
        record = {"province": reading.province, reading.field: reading.value}
        (fact,) = fact_tuples({"file": expected["file"], "province_stats": [record]})[key]
        if fact in decided[key]:
            outcome = "tp"
        elif fact in undecided[key]:
            outcome = "doubtful"
        else:
            outcome = "fp"
        out.append(
            Candidate(article.set_name, reading.field, reading.margin, outcome, article.english)
        )
    return out


def added(pool: Iterable[Candidate], thresholds: Thresholds) -> Tally:
    """What the candidates above their field's threshold add to a tally."""
    kept = [c for c in pool if c.margin > thresholds.get(c.field, NEVER)]
    counted = [c for c in kept if c.outcome != "doubtful"]
    return Tally(sum(c.outcome == "tp" for c in counted), len(counted), 0)


# --- choosing the thresholds -------------------------------------------------------------

Chooser = Callable[[Sequence[Candidate], Tally], dict[str, float]]


def choose_uniform(pool: Sequence[Candidate], base: Tally) -> dict[str, float]:
    """The one threshold for every field (or fill nothing) best for pooled F1; ties go to
    the higher threshold (fewer additions)."""
    best, best_f1 = {}, base.f1
    for threshold in sorted(THRESHOLD_GRID, reverse=True):
        f1 = (base + added(pool, uniform(threshold))).f1
        if f1 > best_f1:
            best, best_f1 = uniform(threshold), f1
    return best


def choose_per_field(pool: Sequence[Candidate], base: Tally) -> dict[str, float]:
    """A threshold per field (or never), by coordinate ascent on pooled F1 from "fill
    nothing": each field in turn takes its best threshold given the others, until none
    changes; ties go to the higher threshold, and a threshold keeping fewer than
    ``MIN_SUPPORT`` true additions is not taken."""
    thresholds = uniform(NEVER)
    by_field = {field: [c for c in pool if c.field == field] for field in FIELDS}
    changed = True
    while changed:
        changed = False
        for field in FIELDS:
            others = base + added(pool, {**thresholds, field: NEVER})
            best, best_f1 = NEVER, others.f1
            for threshold in sorted(THRESHOLD_GRID, reverse=True):
                gain = added(by_field[field], {field: threshold})
                f1 = (others + gain).f1
                if f1 > best_f1 and gain.tp >= MIN_SUPPORT:
                    best, best_f1 = threshold, f1
            if best != thresholds[field]:
                thresholds[field], changed = best, True
    return {field: t for field, t in thresholds.items() if t != NEVER}


CHOOSERS: dict[str, Chooser] = {"one threshold": choose_uniform, "per field": choose_per_field}


def nested(
    base: Mapping[str, Tally],
    pools: Mapping[str, list[Candidate]],
    choose: Chooser,
    applies: Callable[[Candidate], bool] = lambda candidate: True,
) -> tuple[Tally, list[dict[str, float]]]:
    """Each set scored with the thresholds chosen on the other sets only: what a way of
    choosing thresholds is worth on a set it did not choose on. ``applies`` says which of
    the set's candidates the fill may add (English articles only, say)."""
    total, chosen = ZERO, []
    for name in base:
        others = [n for n in base if n != name]
        thresholds = choose(
            [c for n in others for c in pools[n]], sum((base[n] for n in others), ZERO)
        )
        chosen.append(thresholds)
        total += base[name] + added([c for c in pools[name] if applies(c)], thresholds)
    return total, chosen


# --- cross-validation ---------------------------------------------------------------------

_LOADED: dict[str, list[Article]] = {}


def _fold_readings(job: tuple[str, tuple[str, ...]]) -> list[list[Reading]]:
    """The readings of the left-out set by a model trained on the other sets."""
    left_out, training = job
    model = train_on(_LOADED, [n for n in training if n != left_out])
    return [best_readings(article.units, model) for article in _LOADED[left_out]]


def out_of_fold_readings(
    loaded: dict[str, list[Article]], sets: Sequence[str], training: Sequence[str], workers: int
) -> dict[str, list[list[Reading]]]:
    """Leave one set out: each set's readings by the model trained on all the others (in
    ``workers`` processes; each fold is deterministic, so the result does not depend on
    how many)."""
    _LOADED.clear()
    _LOADED.update(loaded)
    jobs = [(name, tuple(training)) for name in sets]
    if workers <= 1:
        return dict(zip(sets, map(_fold_readings, jobs), strict=True))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return dict(zip(sets, pool.map(_fold_readings, jobs), strict=True))


@dataclass
class View:
    """Out-of-fold readings of some sets, with the rules whose gaps they may fill."""

    name: str
    articles: dict[str, list[Article]]
    readings: dict[str, list[list[Reading]]]

    def __post_init__(self) -> None:
        self.rules = {n: self._tally(n, rules_system) for n in self.articles}
        self.gold = {n: Tally(0, 0, self.rules[n].expected) for n in self.articles}
        self.fill_pools = {n: self._pool(n, fill_only=True) for n in self.articles}
        self.model_pools = {n: self._pool(n, fill_only=False) for n in self.articles}

    def _tally(self, name: str, system: System) -> Tally:
        return system_tally(self.articles[name], self.readings[name], system)

    def _pool(self, name: str, fill_only: bool) -> list[Candidate]:
        pairs = zip(self.articles[name], self.readings[name], strict=True)
        return [
            c
            for article, readings in pairs
            for c in candidates(article, gaps(article.rules, readings) if fill_only else readings)
        ]

    def all_rules(self) -> Tally:
        return sum(self.rules.values(), ZERO)

    def all_fills(self) -> list[Candidate]:
        return [c for pool in self.fill_pools.values() for c in pool]

    def fill(self, name: str, thresholds: Thresholds) -> Tally:
        return self.rules[name] + added(self.fill_pools[name], thresholds)

    def model(self, name: str, threshold: float) -> Tally:
        return self.gold[name] + added(self.model_pools[name], uniform(threshold))

    def pooled_fill(self, thresholds: Thresholds) -> Tally:
        return self.all_rules() + added(self.all_fills(), thresholds)

    def of_language(self, english: bool) -> View:
        """The view restricted to the articles the extractor reads as English (or not)."""
        articles: dict[str, list[Article]] = {}
        readings: dict[str, list[list[Reading]]] = {}
        for name, listed in self.articles.items():
            kept = [i for i, article in enumerate(listed) if article.english == english]
            articles[name] = [listed[i] for i in kept]
            readings[name] = [self.readings[name][i] for i in kept]
        language = "English" if english else "Vietnamese"
        return View(f"{self.name}, {language} articles", articles, readings)

    def pooled_model(self, threshold: float) -> Tally:
        pool = [c for p in self.model_pools.values() for c in p]
        return sum(self.gold.values(), ZERO) + added(pool, uniform(threshold))


def first_sight_view(
    loaded: dict[str, list[Article]], readings: dict[str, list[list[Reading]]], commit: str
) -> tuple[View, int]:
    """The sets the rules of ``commit`` never saw, with those rules."""
    names = sets_unseen_by(commit, readings)
    earlier, failures = rules_at(commit, names)
    articles = {
        n: [replace(a, rules=earlier[(n, a.record["file"])]) for a in loaded[n]] for n in names
    }
    return View(f"first sight ({commit})", articles, {n: readings[n] for n in names}), failures


@dataclass(frozen=True)
class Decision:
    """The fill thresholds chosen, and how each way of choosing did (nested)."""

    thresholds: dict[str, float]
    chooser: str
    nested: dict[str, Tally]


def decide(first_sight: View, fitted: View) -> Decision:
    """The rule written in ADR 0035 before the held-out sets were scored: the way of
    choosing (one threshold, or per field) with the higher nested F1 in the first-sight
    view; within ``TIE``, the one that costs less in the fitted view. Its thresholds are
    then chosen on every first-sight set."""
    results = {}
    for label, choose in CHOOSERS.items():
        total, _ = nested(first_sight.rules, first_sight.fill_pools, choose)
        thresholds = choose(first_sight.all_fills(), first_sight.all_rules())
        results[label] = (total, thresholds, fitted.pooled_fill(thresholds).f1)
    best = max(results, key=lambda label: results[label][0].f1)
    tied = [label for label in results if results[best][0].f1 - results[label][0].f1 < TIE]
    chosen = max(tied, key=lambda label: results[label][2])
    nested_totals = {label: result[0] for label, result in results.items()}
    return Decision(results[chosen][1], chosen, nested_totals)


# --- reports ----------------------------------------------------------------------------

HEADER = f"{'':<30} {'tp':>4} {'pred':>5} {'gold':>5}  P      R      F1"


def row(label: str, figures: Tally) -> str:
    return (
        f"{label:<30} {figures.tp:>4} {figures.predicted:>5} {figures.expected:>5}  "
        f"{figures.precision:.3f}  {figures.recall:.3f}  {figures.f1:.3f}"
    )


def describe(thresholds: Thresholds) -> str:
    kept = {field: t for field, t in thresholds.items() if t != NEVER}
    if not kept:
        return "fill nothing"
    if len(set(kept.values())) == 1 and len(kept) == len(FIELDS):
        return f"every field > {next(iter(kept.values())):g}"
    return ", ".join(f"{field} > {t:g}" for field, t in kept.items())


def per_set_table(view: View) -> list[str]:
    lines = [HEADER]
    for name in view.articles:
        lines.append(row(f"{name} rules", view.rules[name]))
        lines.append(row(f"{name} model", view.model(name, MODEL_THRESHOLD)))
        lines.append(row(f"{name} rules+fill", view.fill(name, FILL_THRESHOLDS)))
    lines.append(row("pooled rules", view.all_rules()))
    lines.append(row("pooled model", view.pooled_model(MODEL_THRESHOLD)))
    lines.append(row("pooled rules+fill", view.pooled_fill(FILL_THRESHOLDS)))
    return lines


def sweep_table(view: View) -> list[str]:
    lines = [HEADER]
    for threshold in THRESHOLD_GRID:
        lines.append(row(f"model > {threshold:g}", view.pooled_model(threshold)))
    for threshold in THRESHOLD_GRID:
        lines.append(
            row(f"rules+fill every field > {threshold:g}", view.pooled_fill(uniform(threshold)))
        )
    lines += ["what filling one field adds at each threshold (tp/counted):"]
    fills = view.all_fills()
    for field in FIELDS:
        pool = [c for c in fills if c.field == field]
        cells = []
        for threshold in THRESHOLD_GRID:
            gain = added(pool, {field: threshold})
            cells.append(f"{threshold:g}:{gain.tp}/{gain.predicted}")
        lines.append(f"  {field:<18} " + " ".join(cells))
    return lines


def policy_table(view: View) -> list[str]:
    lines = ["thresholds chosen on every set of the view (in-sample), and nested:", HEADER]
    for label, choose in CHOOSERS.items():
        thresholds = choose(view.all_fills(), view.all_rules())
        lines.append(row(f"{label}, in-sample", view.pooled_fill(thresholds)))
        lines.append(f"    {describe(thresholds)}")
        total, chosen = nested(view.rules, view.fill_pools, choose)
        lines.append(row(f"{label}, nested", total))
        counts = Counter(describe(t) for t in chosen)
        lines += [f"    {count}x {text}" for text, count in counts.most_common()]
    return lines


def language_table(view: View) -> list[str]:
    """Filling everywhere against filling English articles only, and what the fill does on
    each language alone (the extractor's language test): with the committed thresholds,
    and nested, with thresholds chosen on the other sets' articles (of both languages, or
    of the language filled only) by each way of choosing."""
    english, vietnamese = view.of_language(True), view.of_language(False)
    count = {label: sum(map(len, v.articles.values())) for label, v in
             (("en", english), ("vi", vietnamese))}  # fmt: skip
    lines = [
        f"where to fill: {count['en']} English articles, {count['vi']} Vietnamese",
        HEADER,
        row("all: rules", view.all_rules()),
        row("all: fill everywhere", view.pooled_fill(FILL_THRESHOLDS)),
        row(
            "all: fill English only", english.pooled_fill(FILL_THRESHOLDS) + vietnamese.all_rules()
        ),
        row("English: rules", english.all_rules()),
        row("English: fill", english.pooled_fill(FILL_THRESHOLDS)),
        row("Vietnamese: rules", vietnamese.all_rules()),
        row("Vietnamese: fill", vietnamese.pooled_fill(FILL_THRESHOLDS)),
    ]
    for label, choose in CHOOSERS.items():
        everywhere, _ = nested(view.rules, view.fill_pools, choose)
        english_only, _ = nested(view.rules, view.fill_pools, choose, lambda c: c.english)
        vietnamese_only, _ = nested(view.rules, view.fill_pools, choose, lambda c: not c.english)
        on_english, _ = nested(english.rules, english.fill_pools, choose)
        on_vietnamese, _ = nested(vietnamese.rules, vietnamese.fill_pools, choose)
        lines += [
            f"nested, {label}:",
            row("  all: fill everywhere", everywhere),
            row("  all: fill English only", english_only),
            row("  English: fill", english_only - vietnamese.all_rules()),
            row("  English: fill, chosen on en", on_english),
            row("  Vietnamese: fill", vietnamese_only - english.all_rules()),
            row("  Vietnamese: fill, chosen on vi", on_vietnamese),
        ]
    return lines


def view_report(view: View) -> list[str]:
    return [
        f"== {view.name}: {len(view.articles)} sets, leave one set out",
        *per_set_table(view),
        "",
        *sweep_table(view),
        "",
        *policy_table(view),
        "",
        *language_table(view),
        "",
    ]


def decision_report(decision: Decision, first_sight: View, fitted: View) -> list[str]:
    thresholds = decision.thresholds
    agrees = describe(thresholds) == describe(FILL_THRESHOLDS)
    return [
        "== decision (ADR 0035): "
        + ", ".join(f"nested {label} {t.f1:.3f}" for label, t in decision.nested.items())
        + f" against rules {first_sight.all_rules().f1:.3f} (first sight)",
        f"chosen: {decision.chooser}: {describe(thresholds)}",
        f"  first sight, in-sample: {first_sight.all_rules().f1:.3f} -> "
        f"{first_sight.pooled_fill(thresholds).f1:.3f}; fitted: {fitted.all_rules().f1:.3f} -> "
        f"{fitted.pooled_fill(thresholds).f1:.3f}",
        f"committed FILL_THRESHOLDS: {describe(FILL_THRESHOLDS)}"
        + (" (the same)" if agrees else " (DIFFERENT: update learned_stats.FILL_THRESHOLDS)"),
    ]


def training_summary(loaded: Mapping[str, list[Article]], names: Sequence[str]) -> str:
    articles = [a for n in names for a in loaded[n]]
    examples, missing = training_examples(articles)
    pairs = sum(sum(len(v) for v in gold_fields(a.record).values()) for a in articles)
    labelled = sum(NONE not in labels for _, labels in examples)
    return (
        f"training: {len(names) - 1} sets + seeds, {len(articles)} articles, {len(examples)} "
        f"numbers, {labelled} labelled with a field; {missing} of {pairs} gold (field, value) "
        "pairs match no number of the text"
    )


def cross_validation(held_out: Sequence[str], workers: int) -> list[str]:
    training = training_sets(held_out)
    loaded = {name: load_set(name) for name in (*training, SEEDS)}
    readings = out_of_fold_readings(loaded, training, (*training, SEEDS), workers)
    fitted = View("fitted rules (as they are)", {n: loaded[n] for n in training}, readings)
    first_sight, failures = first_sight_view(loaded, readings, FIRST_SIGHT_COMMIT)
    later, later_failures = first_sight_view(loaded, readings, LATER_FIRST_SIGHT_COMMIT)
    return [
        training_summary(loaded, (*training, SEEDS)),
        f"held out (not used): {' '.join(held_out)}",
        "",
        *view_report(fitted),
        *view_report(first_sight),
        f"({failures} file(s) the rules of {FIRST_SIGHT_COMMIT} failed on read nothing)",
        "",
        *(view_report(later) if later.articles else []),
        f"({later_failures} file(s) the rules of {LATER_FIRST_SIGHT_COMMIT} failed on read "
        "nothing)",
        "",
        *decision_report(decide(first_sight, fitted), first_sight, fitted),
    ]


def held_out_report(held_out: Sequence[str]) -> list[str]:
    """Train on every other set and the seeds; score each held-out set and pooled."""
    training = training_sets(held_out)
    loaded = {name: load_set(name) for name in (*training, SEEDS, *held_out)}
    model = train_on(loaded, (*training, SEEDS))
    systems: dict[str, System] = {
        "rules": rules_system,
        "model": model_system(),
        "rules+fill": fill_system(FILL_THRESHOLDS),
    }
    lines = [
        f"trained on {len(training)} sets + seeds; rules+fill: {describe(FILL_THRESHOLDS)}",
        HEADER,
    ]
    pooled = dict.fromkeys(systems, ZERO)
    for name in held_out:
        readings = [best_readings(article.units, model) for article in loaded[name]]
        for label, system in systems.items():
            figures = system_tally(loaded[name], readings, system)
            pooled[label] += figures
            lines.append(row(f"{name} {label}", figures))
    lines += [row(f"pooled {label}", figures) for label, figures in pooled.items()]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chongdich.intake.learned_stats")
    parser.add_argument("command", choices=["cv", "heldout"])
    parser.add_argument("held_out", nargs="*", help=f"held-out sets (default: {HELD_OUT_SETS})")
    parser.add_argument("--workers", type=int, default=2, help="processes for cv's folds")
    args = parser.parse_args(argv)
    held_out = tuple(args.held_out) or HELD_OUT_SETS
    unknown = [name for name in held_out if name not in corpus_sets()]
    if unknown:
        parser.error(f"no such set in {CORPUS}: {', '.join(unknown)}")
    if args.command == "cv":
        print("\n".join(cross_validation(held_out, args.workers)))
    else:
        print("\n".join(held_out_report(held_out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
