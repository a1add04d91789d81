"""A learned tagger for whether a quantity of goods is a gift (ADR 0033).

Every item the rules' item patterns find ("5 máy thở", "200 triệu đồng", "1,5 triệu liều")
is tagged "gift" or "O" by an averaged perceptron: a gift is one an annotator recorded as a
support event's item, "O" a running total, a coverage figure, a plan, a need, a price. Its
features are the cues the rules use (giving and receiving verbs, running-total words,
announced gifts, organisations before the item) and the words around the item. Models are
trained on the annotated development articles by ``chongdich.intake.tagger_training``.
The rules find the events; the tagger removes an item it scores as no gift.

Off by default: cross-validation did not show that it helps, so the extractor runs the
rules alone unless :func:`using_model` gives it a model.
"""

from __future__ import annotations

import re
from typing import Any

from ..gazetteer import Mention
from .items import Item, find_items
from .perceptron import AveragedPerceptron, ModelSlot
from .shared import Sentence
from .support_cues import GIVE, RECEIVE, RUNNING_TOTAL

__all__ = [
    "LABELS",
    "active_model",
    "drop_non_gifts",
    "item_features",
    "using_model",
]

LABELS = ("gift", "O")
# An item goes only when the model prefers "O" by more than this (CV, ADR 0033).
MARGIN = 0.0
_WORD = re.compile(r"\w+")
_PLANNED = re.compile(r"\b(?:sẽ|dự kiến|kế hoạch|mong muốn|cam kết|đăng ký|cần|đề xuất)\b")
_TOTAL = re.compile(r"\b(?:tổng|tổng cộng|nâng tổng|lũy kế|luỹ kế|như vậy|đến nay|từ đầu)\b")
_VACCINATION = re.compile(r"\b(?:tiêm|đã tiêm|mũi|tỷ lệ|tỉ lệ|bao phủ)\b")


def _bucket(quantity: int) -> str:
    return str(min(len(str(quantity)), 10))


def item_features(
    sentence: Sentence,
    item: Item,
    mentions: list[Mention],
    vocabulary: frozenset[str],
) -> list[str]:
    """Features of one item of a sentence."""
    s, base = sentence.text, sentence.start
    left, right = s[: item.start], s[item.end :]
    near_left = [w.lower() for w in _WORD.findall(left[-40:])][-3:]
    near_right = [w.lower() for w in _WORD.findall(right[:40])][:3]
    features = ["bias", f"item={item.code}", f"size={_bucket(item.quantity)}"]
    features += [
        f"left{i}={w if w in vocabulary else '<rare>'}"
        for i, w in enumerate(reversed(near_left), start=1)
    ]
    features += [
        f"right{i}={w if w in vocabulary else '<rare>'}" for i, w in enumerate(near_right, start=1)
    ]
    words = {w.lower() for w in _WORD.findall(s)}
    features += [f"has={w}" for w in sorted(words & vocabulary)]
    for name, pattern in (
        ("give", GIVE),
        ("receive", RECEIVE),
        ("running", RUNNING_TOTAL),
        ("planned", _PLANNED),
        ("total", _TOTAL),
        ("vaccination", _VACCINATION),
    ):
        if pattern.search(left):
            features.append(f"{name}_before")
        if pattern.search(right):
            features.append(f"{name}_after")
        if pattern.search(left[-30:]):
            features.append(f"{name}_just_before")
    kinds = {m.kind for m in mentions if base <= m.start < base + item.start}
    features += [f"org_before={kind}" for kind in sorted(kinds)] or ["org_before=none"]
    if sum(1 for _ in find_items(s)) > 1:
        features.append("several_items")
    return features


def drop_non_gifts(
    sentences: list[Sentence],
    events: list[dict[str, Any]],
    mentions: list[Mention],
    model: AveragedPerceptron | None,
) -> list[dict[str, Any]]:
    """The events without the items the model scores as no gift (an event left without
    items goes)."""
    if model is None:
        return events
    vocabulary = frozenset(model.meta.get("vocabulary", ()))
    kept = []
    for event in events:
        items = [i for i in event["items"] if _is_gift(sentences, i, mentions, vocabulary, model)]
        if items:
            kept.append({**event, "items": items})
    return kept


def _is_gift(
    sentences: list[Sentence],
    out_item: dict[str, Any],
    mentions: list[Mention],
    vocabulary: frozenset[str],
    model: AveragedPerceptron,
) -> bool:
    start = out_item["span"][0]
    for sentence in sentences:
        if sentence.start <= start < sentence.end:
            for item in find_items(sentence.text):
                if sentence.start + item.start == start:
                    scores = model.scores(item_features(sentence, item, mentions, vocabulary))
                    return scores["O"] - scores["gift"] <= MARGIN
    return True  # an item the patterns do not find again (a joined list): the rules decide


# Off unless chosen: cross-validation kept none of the taggers (ADR 0033); the CV command
# (``python -m chongdich.intake.tagger_training cv``) turns them on with models it trains.
_SLOT = ModelSlot("gift_tagger")
# The model in use (None: the rules alone), and the context manager that chooses one.
active_model = _SLOT.active
using_model = _SLOT.using
