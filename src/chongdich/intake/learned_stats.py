"""A learned reader of province statistics (docs/adr/0034-intake-learned-statistics.md,
docs/adr/0035-intake-learned-statistics-1100.md), and how it fills the rules' gaps.

    python -m chongdich.intake.learned_stats cv
    python -m chongdich.intake.learned_stats heldout test34 test35 test36

(the commands are in ``learned_stats_eval``: training on the committed corpus, cross-
validation and scoring.) Every number of an article's text (not part of a date or a name
like "Covid-19") is a unit. Its label, from the gold facts, is the statistics field whose
annotated value in that article equals the number, else "none"; a multiclass averaged
perceptron learns the label from the words around the number and what the article said
before it (an hour window, the last word naming what is counted). The province is a rule:
the nearest province (or national cue) before the number in its sentence, else after it,
else the article's most frequent province, else the outlet's. Deterministic: fixed order
and epochs.

"rules+fill" is the rules' records with the model's reading added where the rules left a
(province, field) empty, for the fields of ``FILL_THRESHOLDS`` only and only when the
model's margin over "none" exceeds the field's threshold.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chongdich.epi.gazetteer import find_provinces, normalise
from chongdich.epi.press_facts.english_text import (
    reads_as_english,
    with_vietnamese_province_names,
)
from chongdich.epi.press_facts.hour_windows import opens_an_hour_window
from chongdich.epi.press_facts.perceptron import LazyAverage
from chongdich.epi.press_facts.shared import split_sentences
from chongdich.epi.press_facts.stat_patterns import last_national_cue
from chongdich.epi.press_header import split_attribution

FIELDS = (
    "new_cases_24h",
    "cumulative_cases",
    "community_cases",
    "imported_cases",
    "local_cases",
    "under_treatment",
    "recovered",
    "deaths",
    "vaccine_dose1_pct",
    "vaccine_dose2_pct",
)
NONE = "none"
LABELS = (NONE, *FIELDS)
EPOCHS = 10
NATIONAL_ARTICLE_PROVINCES = 3
# The model alone keeps a reading whose margin over "none" exceeds this: 0, the best of
# the thresholds tried in cross-validation (``learned_stats_eval``, ADR 0035).
MODEL_THRESHOLD = 0.0
# The fields rules+fill may fill, each with the margin over "none" a reading needs: chosen
# by cross-validation on the training sets as the rules first saw them (ADR 0035); a field
# not listed is never filled.
FILL_THRESHOLDS: dict[str, float] = {"new_cases_24h": 10.0, "cumulative_cases": 5.0, "deaths": 5.0}
NEVER = math.inf

_VIETNAMESE_LETTERS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
# Longest form first: a grouped number, a decimal, plain digits.
_VIETNAMESE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+")
_ENGLISH_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+")
_DATE_WORD_BEFORE = re.compile(
    r"(?:ngày|tháng|năm|hôm|lúc|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\w*\.?\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+|%|[()]", re.UNICODE)
_WORD_END = re.compile(r"\w$")
_WORD_DASH_END = re.compile(r"\w[-–]$")
_DATE_MARK_END = re.compile(r"\d[./-]$")
_DATE_MARK_START = re.compile(r"[./-]\d")
_LETTER_START = re.compile(r"[^\W\d]")
_TIME_START = re.compile(r"\s*(?:giờ|h\b|phút)")
_DIGITS = re.compile(r"\d+")
# The last of these words before a number, in its sentence or the ones before it (a list's
# heading), says what a list of figures counts.
_TOPIC_CUES = re.compile(
    r"tu vong|chet|died|deaths?|fatalit|khoi benh|xuat vien|recover|discharged"
    r"|tich luy|tong so|total|tally|dieu tri|treatment|tiem|vaccin|dose"
    r"|cong dong|community|nhap canh|imported|ca mac moi|ca moi|new cases|infection",
)
_TOPIC = {
    "tu vong": "death", "chet": "death", "died": "death", "death": "death",
    "deaths": "death", "fatalit": "death", "khoi benh": "recovered",
    "xuat vien": "recovered", "recover": "recovered", "discharged": "recovered",
    "tich luy": "total", "tong so": "total", "total": "total", "tally": "total",
    "dieu tri": "treatment", "treatment": "treatment", "tiem": "vaccine",
    "vaccin": "vaccine", "dose": "vaccine", "doses": "vaccine", "cong dong": "community",
    "community": "community", "nhap canh": "imported", "imported": "imported",
    "ca mac moi": "new", "ca moi": "new", "new cases": "new", "infection": "new",
}  # fmt: skip
_TOPIC_REACH = 400


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: int | float


def is_english(text: str) -> bool:
    """Fewer than one letter in a hundred is a Vietnamese one."""
    counts = Counter(text.lower())
    letters = sum(n for c, n in counts.items() if c.isalpha())
    vietnamese = sum(n for c, n in counts.items() if c in _VIETNAMESE_LETTERS)
    return not letters or vietnamese < 0.01 * letters


def find_numbers(text: str, english: bool = False) -> list[Number]:
    """Every figure of ``text`` with its value: "2.828" is 2828 and "60,65" is 60.65 in
    Vietnamese (the other way round in English). Parts of dates ("19.11", "28/6/2021",
    "ngày 5"), times ("10h") and names ("Covid-19", "F0") are left out."""
    pattern = _ENGLISH_NUMBER if english else _VIETNAMESE_NUMBER
    group, decimal = (",", ".") if english else (".", ",")
    numbers = []
    for match in pattern.finditer(text):
        before, end = text[max(0, match.start() - 2) : match.start()], match.end()
        if _WORD_END.search(before) or _WORD_DASH_END.search(before):
            continue  # "F0", "Covid-19", "SARS-CoV-2"
        if _DATE_MARK_END.search(before) or _DATE_MARK_START.match(text, end):
            continue  # "19.11", "28/6/2021": a date
        if _LETTER_START.match(text, end) or _TIME_START.match(text, end):
            continue  # "10h", "5km", "8 giờ"
        if _DATE_WORD_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        written = match.group().replace(group, "").replace(decimal, ".")
        value = float(written) if "." in written else int(written)
        numbers.append(Number(match.start(), match.end(), value))
    return numbers


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case without diacritics: the press drops them in some places."""
    stripped = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in stripped if not unicodedata.combining(c))


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding each character to one (itself if it folds to none),
    filled as characters are met."""

    def __missing__(self, ordinal: int) -> str:
        folded = fold(chr(ordinal))[:1] or chr(ordinal)
        self[ordinal] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def _words(text: str) -> list[str]:
    return [_as_word(w) for w in _WORD.findall(text)]


@functools.lru_cache(maxsize=1 << 16)
def _as_word(written: str) -> str:
    """Lower case, each run of digits as "0"."""
    return _DIGITS.sub("0", written.lower())


@dataclass
class Unit:
    number: Number
    province: str | None
    features: list[str]


class ArticleReader:
    """The article's numbers with their features and the province the rule gives each.
    An English article's unaccented province names ("HCM City", "Binh Duong") are first
    written in their Vietnamese form, as the rules do, so that the gazetteer finds them."""

    def __init__(self, text: str, outlet_province: str | None = None):
        text = normalise(text)
        # the extractor's own test, which decides whether the fill applies
        self.read_as_english = reads_as_english(text)
        self.english = is_english(text)
        self.text = with_vietnamese_province_names(text) if self.english else text
        self.sentences = split_sentences(self.text)
        self.provinces = find_provinces(self.text)
        counts = Counter(m.name for m in self.provinces)
        self.main_province = (
            min(counts, key=lambda name: (-counts[name], name)) if counts else outlet_province
        )
        if len(counts) >= NATIONAL_ARTICLE_PROVINCES:
            self.main_province = None  # a national round-up: an unplaced figure is national
        self.windows = [s.start for s in self.sentences if opens_an_hour_window(s.text)]
        # one folded character for each character, so that offsets carry over
        self.folded = self.text.translate(_FOLD_TABLE)
        self._sentence_starts = [s.start for s in self.sentences]

    def units(self) -> list[Unit]:
        numbers = find_numbers(self.text, self.english)
        starts = [n.start for n in numbers]
        out = []
        for index, number in enumerate(numbers):
            start, end = self._sentence_of(number.start)
            line_start = self.text.rfind("\n", 0, number.start) + 1
            line_end = self.text.find("\n", number.end)
            line_end = len(self.text) if line_end < 0 else line_end
            in_line = numbers[
                bisect.bisect_left(starts, line_start) : bisect.bisect_left(starts, line_end)
            ]
            province, where = self._province(number, start, end)
            features = self._features(number, start, end, line_start, line_end, in_line, where)
            first = index == 0 or numbers[index - 1].start < start
            features.append(f"first_in_sentence={first}")
            features += self._context(number, start)
            out.append(Unit(number, province, features))
        return out

    def _sentence_of(self, offset: int) -> tuple[int, int]:
        """Where the sentence holding ``offset`` starts and ends (the whole text if none)."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index].start, self.sentences[index].end
        return 0, len(self.text)

    def _context(self, number: Number, start: int) -> list[str]:
        """What the article said before the number's sentence: an hour window other than
        a day, and the last word naming what is counted."""
        window = any(w <= number.start for w in self.windows)
        features = [f"window={window}", f"window_here={start in self.windows}"]
        reach = self.folded[max(0, number.start - _TOPIC_REACH) : number.start]
        cues = list(_TOPIC_CUES.finditer(reach))
        if cues:
            topic = _TOPIC.get(cues[-1].group(), "new")
            here = number.start - len(reach) + cues[-1].start() >= start
            features += [f"topic={topic}", f"topic_here={topic}|{here}"]
        return features

    def _province(self, number: Number, start: int, end: int) -> tuple[str | None, str]:
        before = [m for m in self.provinces if start <= m.start and m.end <= number.start]
        national = last_national_cue(self.text[start : number.start])
        if national >= 0 and (not before or start + national > before[-1].end):
            return None, "national"
        if before:
            return before[-1].name, "before"
        clause_end = re.search(r"[,;:(]|$", self.text[number.end : end])
        end = number.end + clause_end.start() if clause_end else end
        after = [m for m in self.provinces if number.end <= m.start and m.end <= end]
        if after:
            return after[0].name, "after"
        return self.main_province, "article"

    def _features(
        self,
        number: Number,
        start: int,
        end: int,
        line_start: int,
        line_end: int,
        in_line: list[Number],
        where: str,
    ) -> list[str]:
        text = self.text
        before = _words(text[max(start, number.start - 120) : number.start])[-10:]
        after = _words(text[number.end : min(end, number.end + 80)])[:6]
        sentence_words = _words(text[start : number.start])[-14:]
        features = ["bias", f"lang={'en' if self.english else 'vi'}", f"province={where}"]
        for position, word in enumerate(reversed(before[-3:]), start=1):
            features += [f"b{position}={word}", f"b{position}f={fold(word)}"]
        for position, word in enumerate(after[:3], start=1):
            features += [f"a{position}={word}", f"a{position}f={fold(word)}"]
        if before and after:
            features.append(f"b1a1={fold(before[-1])}|{fold(after[0])}")
        if len(after) > 1:
            features.append(f"a12={fold(after[0])}_{fold(after[1])}")
        if len(before) > 1:
            features.append(f"b21={fold(before[-2])}_{fold(before[-1])}")
        features += [f"bw={fold(w)}" for w in sorted(set(before))]
        features += [f"aw={fold(w)}" for w in sorted(set(after))]
        features += [f"sw={fold(w)}" for w in sorted(set(sentence_words))]
        opening = _words(text[start : min(number.start, start + 60)])[:3]
        features += [f"s{position}={fold(w)}" for position, w in enumerate(opening, start=1)]
        if after:
            features.append(f"where_a1={where}|{fold(after[0])}")
        value = number.value
        features.append(f"magnitude={len(str(int(value)))}")
        features.append(f"decimal={isinstance(value, float)}")
        features.append(f"percent={text[number.end : number.end + 2].lstrip().startswith('%')}")
        opened = text[start : number.start].count("(") - text[start : number.start].count(")")
        features.append(f"parenthesis={opened > 0}")
        line = text[line_start:line_end]
        table = "|" in line or "\t" in line or (len(in_line) >= 3 and len(line) < 120)
        features.append(f"table_row={table}")
        features.append(
            f"line_position={min(in_line.index(number), 3) if number in in_line else 0}"
        )
        features.append(f"title={line_start == 0}")
        return features


def read_article(path: Path) -> ArticleReader:
    header, body = split_attribution(path.read_text(encoding="utf-8"))
    home = find_provinces(header.outlet) if header.outlet else []
    return ArticleReader(body, home[0].name if home else None)


def gold_fields(record: Mapping[str, Any]) -> dict[float, set[str]]:
    """Value → the fields the annotation gives that value in one article."""
    fields: dict[float, set[str]] = defaultdict(set)
    for stat in record.get("province_stats") or []:
        for field in FIELDS:
            if stat.get(field) is not None:
                fields[stat[field]].add(field)
    return fields


def label_units(units: Sequence[Unit], record: Mapping[str, Any]) -> tuple[list[set[str]], int]:
    """The labels each unit may take (several when two fields share the value), and how
    many gold (field, value) pairs no number of the text carries."""
    fields = gold_fields(record)
    labels = [fields.get(unit.number.value) or {NONE} for unit in units]
    found = {unit.number.value for unit in units}
    missing = sum(len(names) for value, names in fields.items() if value not in found)
    return labels, missing


class FieldModel:
    """A multiclass averaged perceptron whose gold may be a set of labels: an update goes
    to the best-scoring gold label only when the guess is none of them."""

    def __init__(self, weights: dict[str, dict[str, float]] | None = None):
        self.weights = weights or {}

    def scores(self, features: Iterable[str]) -> dict[str, float]:
        totals = dict.fromkeys(LABELS, 0.0)
        for feature in features:
            for label, weight in self.weights.get(feature, {}).items():
                totals[label] += weight
        return totals

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The best field and its margin over "none" (negative when "none" wins)."""
        totals = self.scores(features)
        best = max(FIELDS, key=lambda label: (totals[label], -FIELDS.index(label)))
        return best, totals[best] - totals[NONE]

    @classmethod
    def train(
        cls, examples: Sequence[tuple[list[str], set[str]]], epochs: int = EPOCHS
    ) -> FieldModel:
        model = cls()
        average = LazyAverage(model.weights)
        for _ in range(epochs):
            for features, gold in examples:
                average.step += 1
                scores = model.scores(features)
                guess = max(LABELS, key=lambda label: (scores[label], -LABELS.index(label)))
                if guess in gold:
                    continue
                target = max(sorted(gold), key=lambda label: scores[label])
                for feature in features:
                    average.update(feature, target, 1.0)
                    average.update(feature, guess, -1.0)
        return cls(average.averaged() if average.step else {})


@dataclass(frozen=True)
class Reading:
    """The model's best reading of one (province, field) in an article."""

    province: str | None
    field: str
    value: int | float
    margin: float


def best_readings(units: Iterable[Unit], model: FieldModel) -> list[Reading]:
    """For each (province, field), the number the model gives that field with the highest
    margin over "none" (numbers where "none" wins are left out)."""
    best: dict[tuple[str | None, str], Reading] = {}
    for unit in units:
        field, margin = model.predict(unit.features)
        key = (unit.province, field)
        if margin > 0 and (key not in best or margin > best[key].margin):
            best[key] = Reading(unit.province, field, unit.number.value, margin)
    return sorted(best.values(), key=lambda r: (str(r.province), FIELDS.index(r.field)))


Thresholds = Mapping[str, float]


def uniform(threshold: float) -> dict[str, float]:
    """The same threshold for every field."""
    return dict.fromkeys(FIELDS, threshold)


def as_records(readings: Iterable[Reading], thresholds: Thresholds) -> list[dict[str, Any]]:
    """province_stats records from the readings whose margin exceeds their field's
    threshold (a field without one is never read)."""
    stats: dict[str | None, dict[str, Any]] = {}
    for reading in readings:
        if reading.margin > thresholds.get(reading.field, NEVER):
            record = stats.setdefault(reading.province, {"province": reading.province})
            record[reading.field] = reading.value
    return list(stats.values())


def read_statistics(
    reader: ArticleReader, model: FieldModel, threshold: float = 0.0
) -> list[dict[str, Any]]:
    """province_stats records from the numbers whose best field beats "none" by more than
    ``threshold``; when two numbers compete for one (province, field), the higher margin
    wins."""
    return as_records(best_readings(reader.units(), model), uniform(threshold))


def fill_empty(rules: list[dict[str, Any]], learned: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rules' records with the model's values added only where the rules left a
    (province, field) empty."""
    merged = [dict(stat) for stat in rules]
    by_province = {stat.get("province"): stat for stat in merged}
    for stat in learned:
        target = by_province.get(stat["province"])
        if target is None:
            target = by_province[stat["province"]] = {"province": stat["province"]}
            merged.append(target)
        for field in FIELDS:
            if stat.get(field) is not None and target.get(field) is None:
                target[field] = stat[field]
    return merged


def gaps(rules: list[dict[str, Any]], readings: Iterable[Reading]) -> list[Reading]:
    """The readings of a (province, field) the rules left empty."""
    read = {(s.get("province"), f) for s in rules for f in FIELDS if s.get(f) is not None}
    return [r for r in readings if (r.province, r.field) not in read]


if __name__ == "__main__":
    import sys

    from chongdich.intake.learned_stats_eval import main

    sys.exit(main())
