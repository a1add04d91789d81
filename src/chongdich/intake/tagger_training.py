"""Train the learned taggers on the annotated development articles and cross-validate them
against the rules (docs/adr/0033-intake-learned-taggers-not-kept.md).

    python -m chongdich.intake.tagger_training cv      # leave-one-set-out, rules vs taggers
    python -m chongdich.intake.tagger_training align   # how many gold values found a span

Labels come from the gold facts, found in the text:

- levels: every province mention in a sentence naming a level is labelled with the cue
  ("before"/"after") that states the level the annotation gives that province, or "O";
- givers: every name-like span that is an occurrence of an annotated donor's name is
  "giver", every other one "O";
- gifts: every item the item patterns find is "gift" when the annotation has an item of
  that kind and quantity in the article, else "O".

Training is deterministic (fixed order, fixed epochs). test6/ is held out and never read
here (docs/INTAKE.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chongdich.epi.gazetteer import normalise
from chongdich.epi.press_eval import read_gold, score
from chongdich.epi.press_facts import donor_tagger, gift_tagger, level_tagger
from chongdich.epi.press_facts.extract import article_mentions, with_provincial_cities
from chongdich.epi.press_facts.items import find_items
from chongdich.epi.press_facts.level_tagger import (
    LEVEL_CUE,
    LevelCandidate,
    candidate_level,
    level_candidates,
)
from chongdich.epi.press_facts.perceptron import AveragedPerceptron
from chongdich.epi.press_facts.shared import split_sentences
from chongdich.epi.press_header import split_attribution

DATA = Path(__file__).resolve().parents[1] / "data"
# The development sets (docs/INTAKE.md); the seeds are training data in every fold.
DEVELOPMENT_SETS = ("dev", "test", "test2", "test3", "test4", "test5")
EPOCHS = 10


def set_folder(name: str) -> Path:
    if name == "test6":
        raise ValueError("test6 is held out: it is not training or cross-validation data")
    return DATA / "seeds" if name == "seeds" else DATA / "press_corpus" / name


Sequences = list[list[tuple[list[str], str]]]


@dataclass
class Alignment:
    sequences: Sequences
    gold: int  # gold values (levels, or donors' names) in the annotation
    unaligned: int  # of those, how many found no span


def gold_levels(record: dict[str, Any]) -> dict[str, int]:
    """Province → level, as annotated for one article (national rows have no province)."""
    return {
        stat["province"]: int(stat["level"])
        for stat in record.get("province_stats") or []
        if stat.get("province") and stat.get("level") is not None
    }


def label_levels(text: str, levels: dict[str, int]) -> tuple[Sequences, int]:
    """The article's candidate sequences labelled from its gold levels, and how many gold
    levels no candidate mention carries (the text names the province only where no level
    is written, or names the level in a way the candidates do not cover)."""
    text = normalise(text)
    _, provinces = article_mentions(text)
    groups = level_candidates(text, split_sentences(text), provinces)
    seen: set[str] = set()
    sequences = []
    for group in groups:
        sequence = []
        for candidate in group:
            name = candidate.mention.name
            label = "O"
            if name in levels:
                # The cue that states the annotated level; the nearer one when both do.
                pointing = [
                    (abs(position), option)
                    for option, position in _cue_offsets(candidate)
                    if candidate_level(candidate, option) == levels[name]
                ]
                if pointing:
                    label = min(pointing)[1]
                    seen.add(name)
            sequence.append((candidate.features, label))
        sequences.append(sequence)
    return sequences, len(set(levels) - seen)


def _cue_offsets(candidate: LevelCandidate) -> list[tuple[str, int]]:
    """How far the cue before and the cue after are from the name, in characters."""
    s, base = candidate.sentence.text, candidate.sentence.start
    start, end = candidate.mention.start - base, candidate.mention.end - base
    before = [m for m in LEVEL_CUE.finditer(s) if m.end() <= start]
    after = [m for m in LEVEL_CUE.finditer(s) if m.start() >= end]
    return [
        *([("before", start - before[-1].end())] if before else []),
        *([("after", after[0].start() - end)] if after else []),
    ]


def gold_donors(record: dict[str, Any]) -> set[str]:
    return {e["donor"] for e in record.get("support_events") or [] if e.get("donor")}


def label_donors(text: str, donors: set[str], vocabulary: frozenset[str]) -> tuple[Sequences, int]:
    """The candidate spans of the article's tagged sentences, each "giver" when it is an
    occurrence of an annotated donor's name (case and spacing aside), and how many names
    no candidate covers exactly."""
    text = normalise(text)
    organisations, _ = article_mentions(text)
    mentions = with_provincial_cities(text, organisations)
    occurrences: dict[tuple[int, int], str] = {}
    for donor in sorted(donors):
        words = normalise(donor).split()
        pattern = r"(?<![\w])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w])"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            occurrences[match.span()] = donor
    found: set[str] = set()
    sequences: Sequences = []
    for sentence in split_sentences(text):
        if not donor_tagger.tagged_sentence(sentence):
            continue
        for candidate in donor_tagger.candidate_spans(sentence, mentions, vocabulary):
            named = occurrences.get((candidate.start, candidate.end))
            if named:
                found.add(named)
            sequences.append([(candidate.features, "giver" if named else "O")])
    return sequences, len(donors - found)


def gold_items(record: dict[str, Any]) -> set[tuple[str, int]]:
    return {
        (item["item"], int(item["quantity"]))
        for event in record.get("support_events") or []
        for item in event["items"]
    }


def label_gifts(
    text: str, items: set[tuple[str, int]], vocabulary: frozenset[str]
) -> tuple[Sequences, int]:
    """Every item the item patterns find, "gift" when the annotation has an item of that
    kind and quantity in the article, and how many annotated items no pattern finds."""
    text = normalise(text)
    organisations, _ = article_mentions(text)
    mentions = with_provincial_cities(text, organisations)
    found: set[tuple[str, int]] = set()
    sequences: Sequences = []
    for sentence in split_sentences(text):
        for item in find_items(sentence.text):
            gift = (item.code, item.quantity) in items
            if gift:
                found.add((item.code, item.quantity))
            features = gift_tagger.item_features(sentence, item, mentions, vocabulary)
            sequences.append([(features, "gift" if gift else "O")])
    return sequences, len(items - found)


# A word is its own feature when at least this many training articles use it.
MIN_ARTICLES = 3


def _articles(sets: Sequence[str]) -> Iterator[tuple[dict[str, Any], str]]:
    for name in sets:
        folder = set_folder(name)
        for record in read_gold(folder / "gold.jsonl"):
            _, body = split_attribution((folder / record["file"]).read_text(encoding="utf-8"))
            yield record, body


def vocabulary(sets: Sequence[str], kind: str) -> frozenset[str]:
    """The words of the sentences a tagger reads that at least MIN_ARTICLES articles use."""
    counts: dict[str, int] = {}
    for _, body in _articles(sets):
        words: set[str] = set()
        for sentence in split_sentences(normalise(body)):
            read = (
                donor_tagger.tagged_sentence(sentence)
                if kind == "donors"
                else bool(find_items(sentence.text))
            )
            if read:
                words |= {t.text.lower() for t in donor_tagger.tokenize(sentence)}
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= MIN_ARTICLES)


def align(sets: Sequence[str], kind: str, words: frozenset[str] = frozenset()) -> Alignment:
    out = Alignment([], 0, 0)
    for record, body in _articles(sets):
        if kind == "levels":
            levels = gold_levels(record)
            sequences, unaligned = label_levels(body, levels)
            out.gold += len(levels)
        elif kind == "donors":
            donors = gold_donors(record)
            sequences, unaligned = label_donors(body, donors, words)
            out.gold += len(donors)
        else:
            items = gold_items(record)
            sequences, unaligned = label_gifts(body, items, words)
            out.gold += len(items)
        out.sequences += sequences
        out.unaligned += unaligned
    return out


LABELS = {"levels": level_tagger.LABELS, "donors": donor_tagger.LABELS, "gifts": gift_tagger.LABELS}


def train(sets: Sequence[str], kind: str) -> AveragedPerceptron:
    if kind == "levels":
        return AveragedPerceptron.train(align(sets, kind).sequences, LABELS[kind], EPOCHS)
    words = vocabulary(sets, kind)
    model = AveragedPerceptron.train(align(sets, kind, words).sequences, LABELS[kind], EPOCHS)
    model.meta["vocabulary"] = sorted(words)
    return model


TRAINING_SETS = (*DEVELOPMENT_SETS, "seeds")
KINDS = ("levels", "donors", "gifts")


def _predict(folder: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from chongdich.intake.extraction import extract_annotated

    gold = read_gold(folder / "gold.jsonl")
    return extract_annotated(folder, gold), gold


# Each system is the rules plus the taggers it names.
SYSTEMS = {
    "rules": (),
    "+levels": ("levels",),
    "+donors": ("donors",),
    "+gifts": ("gifts",),
    "+gifts+donors": ("gifts", "donors"),
}
CV_FIELDS = {"stats.level", "stats.as_of", "support.item", "support.date", "support.detail", "ALL"}


def cross_validate(sets: Sequence[str] = DEVELOPMENT_SETS) -> list[dict[str, Any]]:
    """Leave one set out: train on the others and the seeds, score the set left out with
    the rules alone and with the taggers; per set, system and field."""
    rows = []
    for held in sets:
        training = [s for s in TRAINING_SETS if s != held]
        models = {kind: train(training, kind) for kind in KINDS}
        folder = set_folder(held)
        for system, kinds in SYSTEMS.items():
            chosen = {kind: models[kind] if kind in kinds else None for kind in KINDS}
            with (
                level_tagger.using_model(chosen["levels"]),
                donor_tagger.using_model(chosen["donors"]),
                gift_tagger.using_model(chosen["gifts"]),
            ):
                predicted, gold = _predict(folder)
            for field in score(predicted, gold):
                if field.field in CV_FIELDS:
                    rows.append({"set": held, "system": system, **field.as_dict()})
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chongdich.intake.tagger_training")
    parser.add_argument("command", choices=["cv", "align"])
    args = parser.parse_args(argv)
    if args.command == "align":
        for kind in KINDS:
            alignment = align(TRAINING_SETS, kind, vocabulary(TRAINING_SETS, kind))
            labels = [label for seq in alignment.sequences for _, label in seq]
            print(
                f"{kind}: {len(labels)} candidates, {sum(x != 'O' for x in labels)} labelled; "
                f"{alignment.gold} gold values, {alignment.unaligned} not aligned"
            )
    else:
        for row in cross_validate():
            print(
                f"{row['set']:6} {row['system']:14} {row['field']:15} tp={row['tp']:4} "
                f"pred={row['predicted']:4} gold={row['expected']:4} P={row['precision']:.3f} "
                f"R={row['recall']:.3f} F1={row['f1']:.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
