"""A learned tagger for a province's epidemic level (ADR 0033).

Each province mention in a sentence that names a level ("cấp độ 2", "cấp 3", "vùng cam")
is tagged, left to right, by an averaged perceptron with the cue its level comes from: the
cue before it ("… cấp độ 2 gồm: A, B"), the cue after it ("A ở cấp độ 2") or none ("O").
Its features are the cues the rules use (a rule's match right after the name, the nearest
level cue before and after, a list's commas and "gồm:", communes' words) and the words
around the name, never the level's value. Models are trained on the annotated development
articles by ``chongdich.intake.tagger_training``. The rules run first: the tagger only
gives a level to a province the rules left without one.

Off by default: cross-validation did not show that it helps, so the extractor runs the
rules alone unless :func:`using_model` gives it a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import Mention
from .perceptron import AveragedPerceptron, ModelSlot
from .shared import Sentence
from .stat_patterns import COLOURS, LEVEL_AFTER_PROVINCE, LEVEL_ROW

__all__ = [
    "LABELS",
    "LEVEL_CUE",
    "LevelCandidate",
    "active_model",
    "candidate_level",
    "level_candidates",
    "tag_levels",
    "using_model",
]

# A name takes the level of the cue before it ("… cấp độ 2 gồm: A, B"), of the cue after it
# ("A, B ở cấp độ 2"), or none.
LABELS = ("after", "before", "O")

# "cấp độ 2", "cấp độ dịch 1", "Cấp 3", "vùng cam", "mức đỏ" (not "cấp xã", "cấp tỉnh").
LEVEL_CUE = re.compile(
    r"\b[Cc]ấp(?: độ)?(?: dịch)?\s+(?P<lvl>[1-4])(?![\d/])"
    r"|\b(?:vùng|mức)\s+(?P<colour>xanh|vàng|cam|đỏ)\b"
)
# Words that make a level the communes' or districts', not the province's.
_UNITS = re.compile(r"\b(?:xã|phường|thị trấn|huyện|đơn vị|thôn|ấp|khu phố|quận)\b")
_WORD = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class LevelCandidate:
    mention: Mention
    sentence: Sentence
    features: list[str]


def _cue_level(match: re.Match[str]) -> int:
    return int(match.group("lvl")) if match.group("lvl") else COLOURS[match.group("colour")]


def _distance(chars: int) -> str:
    return "near" if chars <= 12 else "mid" if chars <= 60 else "far"


def _words(text: str, count: int, *, last: bool) -> list[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    return words[-count:] if last else words[:count]


def _cues(s: str, start: int, end: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The nearest level cue before a name and the nearest after it, in its sentence."""
    cues = list(LEVEL_CUE.finditer(s))
    before = [c for c in cues if c.end() <= start]
    after = [c for c in cues if c.start() >= end]
    return (before[-1] if before else None), (after[0] if after else None)


def _features(
    text: str, sentence: Sentence, mention: Mention, names_in_sentence: list[Mention]
) -> list[str]:
    """What points a name at the cue before it or the cue after it; never the level's
    value, so that a list of level-3 provinces is read like one of level-1 provinces."""
    s = sentence.text
    start, end = mention.start - sentence.start, mention.end - sentence.start
    features = ["bias"]
    if LEVEL_ROW.match(text, mention.end) or LEVEL_AFTER_PROVINCE.match(text, mention.end):
        features.append("rule_level_after")
    before, after = _cues(s, start, end)
    if before:
        gap = s[before.end() : start]
        features += ["before", f"before:{_distance(len(gap))}"]
        if re.search(r"gồm|:|là\b|như sau", gap):
            features.append("before:introduces")
        if re.search(r"[.;]|\d", gap):
            features.append("before:figure_or_stop_between")
        if _UNITS.search(s[max(0, before.start() - 40) : before.end() + 15]):
            features.append("before:units")
        between = [m for m in names_in_sentence if before.end() <= m.start - sentence.start < start]
        features.append(f"before:names_between={min(len(between), 3)}")
    if after:
        gap = s[end : after.start()]
        features += ["after", f"after:{_distance(len(gap))}"]
        if _UNITS.search(gap[-40:] + s[after.end() : after.end() + 15]):
            features.append("after:units")
        if re.search(r"\d", gap):
            features.append("after:figure_between")
        between = [m for m in names_in_sentence if end <= m.start - sentence.start < after.start()]
        features.append(f"after:names_between={min(len(between), 3)}")
    if before and after:
        features.append("cues_on_both_sides")
    left, right = s[max(0, start - 30) : start], s[end : end + 30]
    for i, word in enumerate(_words(left, 2, last=True)):
        features.append(f"w-{2 - i}={word}")
    for i, word in enumerate(_words(right, 2, last=False)):
        features.append(f"w+{i + 1}={word}")
    if re.search(r"[,:]\s*$|\bvà\s*$", left) and re.match(r"\s*(?:,|và\b|\.|$)", right):
        features.append("in_list")
    if re.match(r"\s*\(?\s*[+\d]", right):
        features.append("figure_follows")
    features.append(f"names_in_sentence={min(len(names_in_sentence), 4)}")
    return features


def level_candidates(
    text: str, sentences: list[Sentence], provinces: list[Mention]
) -> list[list[LevelCandidate]]:
    """Per sentence that names a level, its province mentions with their features."""
    if not ("ấp" in text or "vùng" in text or "mức" in text):
        return []
    out = []
    for sentence in sentences:
        if not LEVEL_CUE.search(sentence.text):
            continue
        names = [p for p in provinces if sentence.start <= p.start < sentence.end]
        if names:
            out.append(
                [LevelCandidate(m, sentence, _features(text, sentence, m, names)) for m in names]
            )
    return out


def tag_levels(
    text: str,
    sentences: list[Sentence],
    provinces: list[Mention],
    model: AveragedPerceptron | None,
) -> list[tuple[Mention, int]]:
    """The mentions the model gives a level, in text order."""
    if model is None:
        return []
    tagged = []
    for group in level_candidates(text, sentences, provinces):
        for candidate, label in zip(group, model.tag([c.features for c in group]), strict=True):
            level = candidate_level(candidate, label)
            if level is not None:
                tagged.append((candidate.mention, level))
    return tagged


def candidate_level(candidate: LevelCandidate, label: str) -> int | None:
    """The level a label points the candidate at: its cue's, or None for "O"."""
    if label == "O":
        return None
    s, base = candidate.sentence.text, candidate.sentence.start
    before, after = _cues(s, candidate.mention.start - base, candidate.mention.end - base)
    cue = before if label == "before" else after
    return _cue_level(cue) if cue else None


# Off unless chosen: cross-validation kept none of the taggers (ADR 0033); the CV command
# (``python -m chongdich.intake.tagger_training cv``) turns them on with models it trains.
_SLOT = ModelSlot("level_tagger")
# The model in use (None: the rules alone), and the context manager that chooses one.
active_model = _SLOT.active
using_model = _SLOT.using
