"""Train the learned taggers on the annotated development articles, and cross-validate them.

    python -m chongdich.intake.tagger_training build   # rewrite the committed models
    python -m chongdich.intake.tagger_training cv      # leave-one-set-out, rules vs taggers
    python -m chongdich.intake.tagger_training align   # how many gold values found a span

Labels come from the gold facts. Levels: every province mention in a sentence naming a
level is labelled with the cue ("before"/"after") that states the level the annotation
gives that province, or "O". Givers: every occurrence of an annotated donor's name in a
sentence the donor tagger reads is labelled B/I. test6/ is held out and never read here
(docs/INTAKE.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chongdich.epi.gazetteer import normalise
from chongdich.epi.press_eval import read_gold, score
from chongdich.epi.press_facts import donor_tagger, level_tagger
from chongdich.epi.press_facts.extract import article_mentions, with_provincial_cities
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


# A word is its own feature when at least this many training articles use it.
MIN_ARTICLES = 3


def donor_vocabulary(sets: Sequence[str]) -> frozenset[str]:
    """The words of the tagged sentences that at least MIN_ARTICLES articles use."""
    counts: dict[str, int] = {}
    for name in sets:
        folder = set_folder(name)
        for record in read_gold(folder / "gold.jsonl"):
            _, body = split_attribution((folder / record["file"]).read_text(encoding="utf-8"))
            words: set[str] = set()
            for sentence in split_sentences(normalise(body)):
                if donor_tagger.tagged_sentence(sentence):
                    words |= {t.text.lower() for t in donor_tagger.tokenize(sentence)}
            for word in words:
                counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= MIN_ARTICLES)


def align(sets: Sequence[str], kind: str, vocabulary: frozenset[str] = frozenset()) -> Alignment:
    out = Alignment([], 0, 0)
    for name in sets:
        folder = set_folder(name)
        for record in read_gold(folder / "gold.jsonl"):
            _, body = split_attribution((folder / record["file"]).read_text(encoding="utf-8"))
            if kind == "levels":
                levels = gold_levels(record)
                sequences, unaligned = label_levels(body, levels)
                out.gold += len(levels)
            else:
                donors = gold_donors(record)
                sequences, unaligned = label_donors(body, donors, vocabulary)
                out.gold += len(donors)
            out.sequences += sequences
            out.unaligned += unaligned
    return out


def train(sets: Sequence[str], kind: str) -> AveragedPerceptron:
    if kind == "levels":
        return AveragedPerceptron.train(align(sets, kind).sequences, level_tagger.LABELS, EPOCHS)
    vocabulary = donor_vocabulary(sets)
    model = AveragedPerceptron.train(
        align(sets, kind, vocabulary).sequences, donor_tagger.LABELS, EPOCHS
    )
    model.meta["vocabulary"] = sorted(vocabulary)
    return model


def model_json(model: AveragedPerceptron) -> str:
    return json.dumps(model.as_dict(), ensure_ascii=False, sort_keys=True, indent=0) + "\n"


TRAINING_SETS = (*DEVELOPMENT_SETS, "seeds")
KINDS = {"levels": level_tagger.MODEL_PATH, "donors": donor_tagger.MODEL_PATH}


def build(kind: str) -> str:
    """A model trained on every development set and the seeds, as committed."""
    return model_json(train(TRAINING_SETS, kind))


def _predict(folder: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from chongdich.intake.extraction import extract_file_record

    gold = read_gold(folder / "gold.jsonl")
    predicted = [
        extract_file_record(
            folder / record["file"],
            dt.date.fromisoformat(record["published"]) if record["published"] else None,
        )
        for record in gold
    ]
    return predicted, gold


SYSTEMS = ("rules", "rules+levels", "rules+donors", "rules+both")
CV_FIELDS = {"stats.level", "stats.as_of", "support.item", "support.date", "support.detail", "ALL"}


def cross_validate(sets: Sequence[str] = DEVELOPMENT_SETS) -> list[dict[str, Any]]:
    """Leave one set out: train on the others and the seeds, score the set left out with
    the rules alone and with each tagger; per set and field."""
    rows = []
    for held in sets:
        training = [s for s in TRAINING_SETS if s != held]
        levels, donors = train(training, "levels"), train(training, "donors")
        folder = set_folder(held)
        for system in SYSTEMS:
            with (
                level_tagger.using_model(
                    levels if system in {"rules+levels", "rules+both"} else None
                ),
                donor_tagger.using_model(
                    donors if system in {"rules+donors", "rules+both"} else None
                ),
            ):
                predicted, gold = _predict(folder)
            for field in score(predicted, gold):
                if field.field in CV_FIELDS:
                    rows.append({"set": held, "system": system, **field.as_dict()})
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chongdich.intake.tagger_training")
    parser.add_argument("command", choices=["build", "cv", "align"])
    args = parser.parse_args(argv)
    if args.command == "build":
        for kind, path in KINDS.items():
            path.write_text(build(kind), encoding="utf-8")
            print(f"wrote {path}")
    elif args.command == "align":
        for kind in KINDS:
            alignment = align(TRAINING_SETS, kind, donor_vocabulary(TRAINING_SETS))
            labels = [label for seq in alignment.sequences for _, label in seq]
            print(
                f"{kind}: {len(alignment.sequences)} sequences, {len(labels)} tokens or "
                f"mentions, {sum(x != 'O' for x in labels)} labelled; {alignment.gold} gold "
                f"values, {alignment.unaligned} not aligned"
            )
    else:
        import django

        django.setup()
        for row in cross_validate():
            print(
                f"{row['set']:6} {row['system']:13} {row['field']:15} tp={row['tp']:4} "
                f"pred={row['predicted']:4} gold={row['expected']:4} P={row['precision']:.3f} "
                f"R={row['recall']:.3f} F1={row['f1']:.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
