"""A small averaged perceptron (Collins 2002) for greedy left-to-right tagging.

Deterministic: examples are visited in the order given, ties go to the label that sorts
first, and the stored weights are rounded, so the same data always gives the same model.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

__all__ = ["AveragedPerceptron", "LazyAverage"]


class LazyAverage:
    """Perceptron weights and their average over every training step (Collins 2002), kept
    lazily: a weight's running sum is brought up to date only when the weight changes.
    The caller counts the steps (``step += 1`` per example)."""

    def __init__(self, weights: dict[str, dict[str, float]]) -> None:
        self.weights = weights
        self.step = 0
        self._totals: dict[tuple[str, str], float] = defaultdict(float)
        self._stamps: dict[tuple[str, str], int] = defaultdict(int)

    def update(self, feature: str, label: str, delta: float) -> None:
        key = (feature, label)
        weight = self.weights.setdefault(feature, {}).get(label, 0.0)
        self._totals[key] += (self.step - self._stamps[key]) * weight
        self._stamps[key] = self.step
        self.weights[feature][label] = weight + delta

    def averaged(self) -> dict[str, dict[str, float]]:
        """The averaged weights, rounded (so that the same data gives the same model);
        weights that average to 0 are left out."""
        out: dict[str, dict[str, float]] = {}
        for (feature, label), total in sorted(self._totals.items()):
            since = self.step - self._stamps[(feature, label)]
            value = round((total + since * self.weights[feature][label]) / self.step, 4)
            if value:
                out.setdefault(feature, {})[label] = value
        return out


class AveragedPerceptron:
    """``conjoin``: prefixes of features that are also paired with the previous label
    ("prev=B|shape=cap"), so that a name's inner words can depend on how it started."""

    def __init__(
        self,
        labels: Sequence[str],
        weights: dict[str, dict[str, float]] | None = None,
        conjoin: Sequence[str] = (),
        meta: dict[str, Any] | None = None,
    ):
        if not labels:
            raise ValueError("a perceptron needs at least one label")
        self.labels = sorted(labels)
        self.weights: dict[str, dict[str, float]] = weights or {}
        self.conjoin = tuple(conjoin)
        self.meta = meta or {}  # what the features need besides the weights (a vocabulary)

    def with_previous(self, features: Sequence[str], previous: str) -> list[str]:
        paired = [f"prev={previous}|{f}" for f in features if f.startswith(self.conjoin)]
        return [*features, f"prev={previous}", *paired]

    def scores(self, features: Iterable[str]) -> dict[str, float]:
        totals = dict.fromkeys(self.labels, 0.0)
        for feature in features:
            for label, weight in self.weights.get(feature, {}).items():
                totals[label] += weight
        return totals

    def predict(self, features: Iterable[str]) -> str:
        totals = self.scores(features)
        return max(self.labels, key=lambda label: (totals[label], -self.labels.index(label)))

    @classmethod
    def train(
        cls,
        sequences: Sequence[Sequence[tuple[list[str], str]]],
        labels: Sequence[str],
        epochs: int,
        conjoin: Sequence[str] = (),
    ) -> AveragedPerceptron:
        """Train on sequences of (features without the previous label, gold label); the
        previous *predicted* label is added as the feature ``prev=…`` while training, as
        in greedy decoding."""
        model = cls(labels, conjoin=conjoin)
        average = LazyAverage(model.weights)
        for _ in range(epochs):
            for sequence in sequences:
                previous = "START"
                for features, gold in sequence:
                    average.step += 1
                    full = model.with_previous(features, previous)
                    guess = model.predict(full)
                    if guess != gold:
                        for feature in full:
                            average.update(feature, gold, 1.0)
                            average.update(feature, guess, -1.0)
                    previous = guess
        model.weights = average.averaged()
        return model

    def tag(self, sequence: Sequence[list[str]]) -> list[str]:
        previous, out = "START", []
        for features in sequence:
            previous = self.predict(self.with_previous(features, previous))
            out.append(previous)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "labels": self.labels,
            "weights": self.weights,
            "conjoin": list(self.conjoin),
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AveragedPerceptron:
        return cls(data["labels"], data["weights"], data.get("conjoin", ()), data.get("meta"))


class ModelSlot:
    """The model a tagger runs with in the current context: None (the rules alone) unless
    :meth:`using` chose one (cross-validation)."""

    def __init__(self, name: str) -> None:
        self._model: ContextVar[AveragedPerceptron | None] = ContextVar(name, default=None)

    def active(self) -> AveragedPerceptron | None:
        return self._model.get()

    @contextmanager
    def using(self, model: AveragedPerceptron | None) -> Iterator[None]:
        token = self._model.set(model)
        try:
            yield
        finally:
            self._model.reset(token)
