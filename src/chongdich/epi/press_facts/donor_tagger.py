"""A learned tagger for the giver of a support event (ADR 0033).

In a sentence that gives something (a giving or receiving verb, or an item), every span
that could be a name (from a capitalised word to a capitalised word, a few lower-case words
allowed inside: "Quỹ từ thiện Kim Oanh") is a candidate; an averaged perceptron scores each
as a giver or not. Its features are what the rules look at: the gazetteers (does the span
match an organisation or province exactly, lie inside one, cross one), the cues around it
(a giving verb after it, "của/do/từ" or "cho/đến" before it, an item after it), its first
word and shape, the words at its edges. Models are trained on the annotated development
articles by ``chongdich.intake.tagger_training``. The rules run first; the tagger names the
giver of an event the rules left without one.

Off by default: cross-validation did not show that it helps, so the extractor runs the
rules alone unless :func:`using_model` gives it a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..gazetteer import Mention
from .items import find_items
from .perceptron import AveragedPerceptron, ModelSlot
from .shared import Sentence
from .support_cues import GIVE, RECEIVE

__all__ = [
    "LABELS",
    "Candidate",
    "Token",
    "active_model",
    "candidate_spans",
    "fill_donors",
    "tagged_sentence",
    "tokenize",
    "using_model",
]

LABELS = ("giver", "O")
MAX_WORDS = 10
MAX_LOWER = 4  # lower-case words inside a name: "Quỹ từ thiện Kim Oanh", "Công ty Cổ phần …"

_TOKEN = re.compile(r"\w+(?:[&.'-]\w+)*|[^\w\s]")
_JOINERS = {"-", "&"}  # inside a name: "Than - Khoáng sản", "T&T"
_GIVER_BEFORE = re.compile(r"(?:của|do|từ|bởi)\s*$")
_RECEIVER_BEFORE = re.compile(r"(?:cho|đến|tới|về|tại|giúp)\s*$")


@dataclass(frozen=True)
class Token:
    start: int  # offset in the article
    end: int
    text: str


@dataclass(frozen=True)
class Candidate:
    start: int  # offsets in the article
    end: int
    features: list[str]


def tokenize(sentence: Sentence) -> list[Token]:
    base = sentence.start
    return [
        Token(base + m.start(), base + m.end(), m.group()) for m in _TOKEN.finditer(sentence.text)
    ]


def tagged_sentence(sentence: Sentence) -> bool:
    """Sentences the tagger reads: those with a giving or receiving verb or an item."""
    s = sentence.text
    return bool(GIVE.search(s) or RECEIVE.search(s) or find_items(s))


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _shape(word: str) -> str:
    if re.fullmatch(r"[\d.,]+", word):
        return "digit"
    if word.isupper() and len(word) > 1:
        return "upper"
    if word[:1].isupper():
        return "cap"
    return "lower" if word[:1].isalpha() else "punct"


def _spans(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """Token ranges [i, j] that could be a name."""
    for i, first in enumerate(tokens):
        if not _capital(first.text):
            continue
        lower = 0
        for j in range(i, min(len(tokens), i + MAX_WORDS)):
            word = tokens[j].text
            if j > i and not word[:1].isalnum() and word not in _JOINERS:
                break
            if word[:1].islower():
                lower += 1
                if lower > MAX_LOWER:
                    break
            if _capital(word) or (word[:1].isdigit() and j > i):
                yield i, j


def _gazetteer(mentions: list[Mention], start: int, end: int) -> list[str]:
    for mention in mentions:
        if mention.start == start and mention.end == end:
            return [f"gaz_exact={mention.kind}"]
    features = []
    for mention in mentions:
        if mention.start <= start and end <= mention.end:
            features.append(f"gaz_inside={mention.kind}")
        elif mention.start < end and start < mention.end:
            features.append("gaz_crosses")
        elif start <= mention.start and mention.end <= end:
            features.append(f"gaz_contains={mention.kind}")
    return features or ["gaz_none"]


def candidate_spans(
    sentence: Sentence, mentions: list[Mention], vocabulary: frozenset[str]
) -> list[Candidate]:
    """The sentence's name-like spans with their features."""
    tokens = tokenize(sentence)
    s, base = sentence.text, sentence.start
    gives = [m.start() + base for m in GIVE.finditer(s)]
    receives = [m.start() + base for m in RECEIVE.finditer(s)]
    items = [i.start + base for i in find_items(s)]
    near = [m for m in mentions if m.end > sentence.start and m.start < sentence.end]

    def word(k: int) -> str:
        if k < 0:
            return "<s>"
        if k >= len(tokens):
            return "</s>"
        w = tokens[k].text.lower()
        return w if w in vocabulary else "<rare>"

    out = []
    for i, j in _spans(tokens):
        start, end = tokens[i].start, tokens[j].end
        words = [t.text for t in tokens[i : j + 1]]
        features = [
            "bias",
            f"first={word(i)}",
            f"last={word(j)}",
            f"before={word(i - 1)}",
            f"after={word(j + 1)}",
            f"before2={word(i - 2)}|{word(i - 1)}",
            f"after2={word(j + 1)}|{word(j + 2)}",
            f"length={min(j - i + 1, 6)}",
            f"shape_after={_shape(tokens[j + 1].text) if j + 1 < len(tokens) else 'edge'}",
            f"shape_before={_shape(tokens[i - 1].text) if i else 'edge'}",
            f"lower_inside={sum(w[:1].islower() for w in words)}",
            f"last_shape={_shape(words[-1])}",
        ]
        if i == 0:
            features.append("sentence_start")
        if j + 1 < len(tokens) and tokens[j + 1].text == "(":
            features.append("short_name_follows")
        if i and tokens[i - 1].text == "(":
            features.append("in_brackets")
        features += _gazetteer(near, start, end)
        left = s[: start - base]
        if _GIVER_BEFORE.search(left):
            features.append("giver_word_before")
        if _RECEIVER_BEFORE.search(left):
            features.append("receiver_word_before")
        following = [g - end for g in gives if g >= end]
        if following:
            features.append(f"give_after={'near' if following[0] < 30 else 'far'}")
        if any(g < start for g in gives):
            features.append("give_before")
        if any(r >= end for r in receives):
            features.append("receive_after")
        if any(r < start for r in receives):
            features.append("receive_before")
        if items:
            features.append("item_after" if any(x >= end for x in items) else "item_before")
        out.append(Candidate(start, end, features))
    return out


def _score(model: AveragedPerceptron, features: list[str]) -> float:
    scores = model.scores(features)
    return scores["giver"] - scores["O"]


def fill_donors(
    text: str,
    sentences: list[Sentence],
    events: list[dict[str, Any]],
    mentions: list[Mention],
    model: AveragedPerceptron | None,
) -> None:
    """Give an event the rules left without a giver the best-scored name before its first
    item, in the sentences of the event, when the model calls it a giver."""
    if model is None:
        return
    vocabulary = frozenset(model.meta.get("vocabulary", ()))
    for event in events:
        if event["donor"] is not None or not event["items"]:
            continue
        start, end = event["span"]
        first_item = min(item["span"][0] for item in event["items"])
        best: tuple[float, int, int] | None = None
        for sentence in sentences:
            if not (sentence.end > start and sentence.start < min(end, first_item)):
                continue
            if not tagged_sentence(sentence):
                continue
            for candidate in candidate_spans(sentence, mentions, vocabulary):
                if candidate.end <= first_item:
                    score = _score(model, candidate.features)
                    if score > 0 and (best is None or score > best[0]):
                        best = (score, candidate.start, candidate.end)
        if best:
            event["donor"] = text[best[1] : best[2]]


# Off unless chosen: cross-validation kept none of the taggers (ADR 0033); the CV command
# (``python -m chongdich.intake.tagger_training cv``) turns them on with models it trains.
_SLOT = ModelSlot("donor_tagger")
# The model in use (None: the rules alone), and the context manager that chooses one.
active_model = _SLOT.active
using_model = _SLOT.using
