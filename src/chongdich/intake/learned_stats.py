"""A learned reader of province statistics, compared with the rules on held-out sets
(docs/adr/0034-intake-learned-statistics.md).

    python -m chongdich.intake.learned_stats cv

Every number of an article's text (not part of a date or a name like "Covid-19") is a unit.
Its label, from the gold facts, is the statistics field whose annotated value in that article
equals the number, else "none"; a multiclass averaged perceptron learns the label from the
words around the number. The province is a rule: the nearest province (or national cue)
before the number in its sentence, else after it, else the article's most frequent
province, else the outlet's. Training reads the committed corpus each time (dev … test11 and
the seeds); test12, test13 and test14 are only scored. Deterministic: fixed order and epochs.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chongdich.epi.gazetteer import find_provinces, normalise
from chongdich.epi.press_eval import read_gold, score
from chongdich.epi.press_facts.perceptron import LazyAverage
from chongdich.epi.press_facts.shared import split_sentences
from chongdich.epi.press_facts.stat_patterns import last_national_cue
from chongdich.epi.press_header import split_attribution

DATA = Path(__file__).resolve().parents[1] / "data"
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
TRAINING_SETS = ("dev", "test", *(f"test{n}" for n in range(2, 12)))
HELD_OUT_SETS = ("test12", "test13", "test14")
EPOCHS = 15
NATIONAL_ARTICLE_PROVINCES = 3

_VIETNAMESE_LETTERS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
# Longest form first: a grouped number, a decimal, plain digits.
_VIETNAMESE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+")
_ENGLISH_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+")
_DATE_WORD_BEFORE = re.compile(
    r"(?:ngày|tháng|năm|hôm|lúc|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\w*\.?\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+|%|[()]", re.UNICODE)


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: int | float


def is_english(text: str) -> bool:
    letters = [c for c in text.lower() if c.isalpha()]
    return not letters or sum(c in _VIETNAMESE_LETTERS for c in letters) < 0.01 * len(letters)


def find_numbers(text: str, english: bool = False) -> list[Number]:
    """Every figure of ``text`` with its value: "2.828" is 2828 and "60,65" is 60.65 in
    Vietnamese (the other way round in English). Parts of dates ("19.11", "28/6/2021",
    "ngày 5"), times ("10h") and names ("Covid-19", "F0") are left out."""
    pattern = _ENGLISH_NUMBER if english else _VIETNAMESE_NUMBER
    group, decimal = (",", ".") if english else (".", ",")
    numbers = []
    for match in pattern.finditer(text):
        before, after = text[max(0, match.start() - 2) : match.start()], text[match.end() :]
        if re.search(r"\w$", before) or re.search(r"\w[-–]$", before):
            continue  # "F0", "Covid-19", "SARS-CoV-2"
        if re.search(r"\d[./-]$", before) or re.match(r"[./-]\d", after):
            continue  # "19.11", "28/6/2021": a date
        if re.match(r"[^\W\d]", after) or re.match(r"\s*(?:giờ|h\b|phút)", after):
            continue  # "10h", "5km", "8 giờ"
        if _DATE_WORD_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        written = match.group().replace(group, "").replace(decimal, ".")
        value = float(written) if "." in written else int(written)
        numbers.append(Number(match.start(), match.end(), value))
    return numbers


def fold(word: str) -> str:
    """Lower case without diacritics: the press drops them in some places."""
    stripped = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in stripped if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return [re.sub(r"\d+", "0", w.lower()) for w in _WORD.findall(text)]


@dataclass
class Unit:
    number: Number
    province: str | None
    features: list[str]


class ArticleReader:
    """The article's numbers with their features and the province the rule gives each."""

    def __init__(self, text: str, outlet_province: str | None = None):
        self.text = normalise(text)
        self.english = is_english(self.text)
        self.sentences = split_sentences(self.text)
        self.provinces = find_provinces(self.text)
        counts = Counter(m.name for m in self.provinces)
        self.main_province = (
            min(counts, key=lambda name: (-counts[name], name)) if counts else outlet_province
        )
        if len(counts) >= NATIONAL_ARTICLE_PROVINCES:
            self.main_province = None  # a national round-up: an unplaced figure is national

    def units(self) -> list[Unit]:
        numbers = find_numbers(self.text, self.english)
        out = []
        for index, number in enumerate(numbers):
            sentence = next((s for s in self.sentences if s.start <= number.start < s.end), None)
            start, end = (sentence.start, sentence.end) if sentence else (0, len(self.text))
            line_start = self.text.rfind("\n", 0, number.start) + 1
            line_end = self.text.find("\n", number.end)
            line_end = len(self.text) if line_end < 0 else line_end
            in_line = [n for n in numbers if line_start <= n.start < line_end]
            province, where = self._province(number, start, end)
            features = self._features(number, start, end, line_start, line_end, in_line, where)
            features.append(f"first_in_sentence={all(n.start < start for n in numbers[:index])}")
            out.append(Unit(number, province, features))
        return out

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
        features += [f"bw={fold(w)}" for w in set(before)]
        features += [f"aw={fold(w)}" for w in set(after)]
        features += [f"sw={fold(w)}" for w in set(sentence_words)]
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


def read_statistics(
    reader: ArticleReader, model: FieldModel, threshold: float = 0.0
) -> list[dict[str, Any]]:
    """province_stats records from the numbers whose best field beats "none" by more than
    ``threshold``; when two numbers compete for one (province, field), the higher margin
    wins."""
    best: dict[tuple[str | None, str], tuple[float, int | float]] = {}
    for unit in reader.units():
        label, margin = model.predict(unit.features)
        if margin <= threshold:
            continue
        key = (unit.province, label)
        if key not in best or margin > best[key][0]:
            best[key] = (margin, unit.number.value)
    stats: dict[str | None, dict[str, Any]] = {}
    for (province, field), (_, value) in sorted(best.items(), key=lambda item: str(item[0])):
        stats.setdefault(province, {"province": province})[field] = value
    return list(stats.values())


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


# --- training and evaluation on the committed corpus ---------------------------------


def set_folder(name: str) -> Path:
    return DATA / "seeds" if name == "seeds" else DATA / "press_corpus" / name


@dataclass
class Article:
    set_name: str
    record: dict[str, Any]
    units: list[Unit]
    reader: ArticleReader


def load_set(name: str) -> list[Article]:
    folder = set_folder(name)
    articles = []
    for record in read_gold(folder / "gold.jsonl"):
        reader = read_article(folder / record["file"])
        articles.append(Article(name, record, reader.units(), reader))
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


def _only_fields(stats: Iterable[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    return [
        {"province": s.get("province"), **{f: s[f] for f in FIELDS if s.get(f) is not None}}
        for s in stats or []
    ]


def _scored(
    set_name: str, record: Mapping[str, Any], stats: list[dict[str, Any]]
) -> dict[str, Any]:
    """A record restricted to the compared fields, its file named with its set so that
    sets pool without clashes."""
    out: dict[str, Any] = {"file": f"{set_name}/{record['file']}", "province_stats": stats}
    if record.get("doubtful"):
        out["doubtful"] = {"province_stats": _only_fields(record["doubtful"].get("province_stats"))}
    return out


def predictions(
    articles: Sequence[Article], model: FieldModel
) -> dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """System ("rules", "model", "rules+model") → (predicted, expected) records."""
    from chongdich.intake.extraction import extract_annotated

    rules_by_set: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name in sorted({a.set_name for a in articles}):
        records = [a.record for a in articles if a.set_name == name]
        extracted = extract_annotated(set_folder(name), records)
        rules_by_set[name] = {r["file"]: r["province_stats"] for r in extracted}
    systems: dict[str, list[dict[str, Any]]] = {"rules": [], "model": [], "rules+model": []}
    expected = []
    for article in articles:
        rules = _only_fields(rules_by_set[article.set_name][article.record["file"]])
        learned = read_statistics(article.reader, model)
        for system, stats in (
            ("rules", rules),
            ("model", learned),
            ("rules+model", fill_empty(rules, learned)),
        ):
            systems[system].append(_scored(article.set_name, article.record, stats))
        gold = _only_fields(article.record.get("province_stats"))
        expected.append(_scored(article.set_name, article.record, gold))
    return {system: (predicted, expected) for system, predicted in systems.items()}


def total(
    predicted: list[dict[str, Any]], expected: list[dict[str, Any]]
) -> tuple[int, int, int, float, float, float]:
    row = score(predicted, expected)[-1]
    return (row.true_positives, row.predicted, row.expected, row.precision, row.recall, row.f1)


def _row(label: str, figures: tuple[int, int, int, float, float, float]) -> str:
    tp, predicted, expected, p, r, f1 = figures
    return f"{label:<22} {tp:>4} {predicted:>5} {expected:>5}  {p:.3f}  {r:.3f}  {f1:.3f}"


HEADER = f"{'':<22} {'tp':>4} {'pred':>5} {'gold':>5}  P      R      F1"


def held_out_table(loaded: dict[str, list[Article]], model: FieldModel) -> list[str]:
    lines = [HEADER]
    pooled: dict[str, tuple[list[Any], list[Any]]] = defaultdict(lambda: ([], []))
    for name in HELD_OUT_SETS:
        for system, (predicted, expected) in predictions(loaded[name], model).items():
            lines.append(_row(f"{name} {system}", total(predicted, expected)))
            pooled[system][0].extend(predicted)
            pooled[system][1].extend(expected)
    for system, (predicted, expected) in pooled.items():
        lines.append(_row(f"pooled {system}", total(predicted, expected)))
    return lines


def cross_validation_table(loaded: dict[str, list[Article]]) -> list[str]:
    """Leave one development set out: the model trained on the others (and the seeds)."""
    lines = [HEADER]
    pooled: dict[str, tuple[list[Any], list[Any]]] = defaultdict(lambda: ([], []))
    for held in TRAINING_SETS:
        train = [a for name in (*TRAINING_SETS, "seeds") if name != held for a in loaded[name]]
        model = FieldModel.train(training_examples(train)[0])
        for system, (predicted, expected) in predictions(loaded[held], model).items():
            if system == "rules+model":
                continue  # the rules were written on these sets: only the model is a fair view
            lines.append(_row(f"{held} {system}", total(predicted, expected)))
            pooled[system][0].extend(predicted)
            pooled[system][1].extend(expected)
    for system, (predicted, expected) in pooled.items():
        lines.append(_row(f"pooled {system}", total(predicted, expected)))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chongdich.intake.learned_stats")
    parser.add_argument("command", choices=["cv", "held-out"])
    args = parser.parse_args(argv)
    names = (*TRAINING_SETS, "seeds", *HELD_OUT_SETS)
    loaded = {name: load_set(name) for name in names}
    examples, missing = training_examples(a for n in (*TRAINING_SETS, "seeds") for a in loaded[n])
    gold_pairs = sum(
        sum(len(v) for v in gold_fields(a.record).values())
        for n in (*TRAINING_SETS, "seeds")
        for a in loaded[n]
    )
    labelled = sum(NONE not in labels for _, labels in examples)
    print(
        f"training: {len(examples)} numbers, {labelled} labelled with a field; "
        f"{missing} of {gold_pairs} gold (field, value) pairs match no number of the text"
    )
    model = FieldModel.train(examples)
    print("\nheld out (trained on dev … test11 + seeds):")
    print("\n".join(held_out_table(loaded, model)))
    if args.command == "cv":
        print("\nleave-one-set-out over dev … test11 (the rules were written on these sets):")
        print("\n".join(cross_validation_table(loaded)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
