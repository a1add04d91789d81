"""Perturbed copies of an annotated folder: the same facts written differently.

Another outlet writes the same fact in another surface form; a reader that breaks on a
surface change breaks on unseen articles. Each transformation here has an effect on the
annotation that is known exactly:

- ``province_swap``: every province named in the text (as the gazetteer writes it, only
  provinces written one way) becomes another province of the same kind (city or not) and
  the same number of syllables that the article does not name; the annotation's names
  follow;
- ``number_change``: an annotated count written once in the text ("2.828", "414",
  "3 tỷ") gets another last digit; the annotation's value follows;
- writing variants that leave the annotation as it is: ``hcm_form`` ("TP.HCM" ↔
  "TP. Hồ Chí Minh"), ``covid_form`` ("Covid-19" ↔ "COVID-19" ↔ "covid"),
  ``date_separator`` ("31/10" ↔ "31-10" ↔ "31.10"), ``nbsp`` (non-breaking spaces),
  ``double_space``, ``bullet`` ("-" ↔ "•" ↔ "+" at line starts), ``case_word`` ("ca mắc"
  ↔ "ca nhiễm", alike in docs/intake-annotation.md) and ``oxy_form`` ("ô xy" ↔ "oxy").

An article is left out of a transformation when its effect on the annotation would be
ambiguous: the number is written twice, a name the annotation quotes would change, the
province is also written without accents. Deterministic for a seed.
"""

from __future__ import annotations

import functools
import json
import random
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chongdich.epi.gazetteer import (
    MUNICIPALITIES,
    canonical_province,
    find_provinces,
    normalise,
    province_written_forms,
)
from chongdich.epi.press_eval import fact_tuples, read_gold, score
from chongdich.epi.press_facts.look_alikes import fold_look_alikes
from chongdich.epi.press_header import split_attribution
from chongdich.intake.extraction import extract_annotated

__all__ = ["KINDS", "KindScore", "perturb_article", "robustness", "write_perturbed"]

Rewrite = Callable[[str], str]
Record = dict[str, Any]


@dataclass(frozen=True)
class Change:
    """How one article is rewritten: its text, and the annotation's counts (old → new).
    ``names_follow``: the annotation's strings are rewritten like the text (a province's
    name); otherwise they must read the same after the rewrite, or the article is skipped."""

    text: Rewrite
    numbers: dict[int, int]
    names_follow: bool = False


_WORD = r"[\wà-ỹ]"


def _swap_provinces(body: str, record: Record, rng: random.Random) -> Change | None:
    named = {m.name for m in find_provinces(body)}
    swappable = [name for name in sorted(named) if _one_way_written(name, body)]
    if not swappable:
        return None
    annotated = json.dumps(record, ensure_ascii=False)
    taken = set(named) | {name for name in _plain_provinces() if name in annotated}
    mapping: dict[str, str] = {}
    for name in swappable:
        choices = [
            other
            for other in _plain_provinces()
            if other not in taken
            and other not in body
            and (other in MUNICIPALITIES) == (name in MUNICIPALITIES)
            and len(other.split()) == len(name.split())
            and not _written_without_accents(other, body)
        ]
        if choices:
            mapping[name] = rng.choice(choices)
            taken.add(mapping[name])
    if not mapping:
        return None
    pattern = re.compile(rf"(?<!{_WORD})(?:{'|'.join(map(re.escape, mapping))})(?!{_WORD})")
    return Change(lambda text: pattern.sub(lambda m: mapping[m.group()], text), {}, True)


def _one_way_written(name: str, body: str) -> bool:
    """A province written one way only, not also without accents ("Bac Lieu"), and not Hà
    Nội where the text names a hospital the gazetteer places there."""
    if name not in _plain_provinces():
        return False
    if _written_without_accents(name, body):
        return False
    return not (name == "Hà Nội" and _HANOI_HOSPITAL.search(body))


_HANOI_HOSPITAL = re.compile(
    r"Bạch Mai|Việt Đức|(?:Nhiệt đới|Phổi|Nhi) Trung ương|(?:Bệnh viện|BV) [KE](?!\w)"
)


@functools.cache
def _plain_provinces() -> tuple[str, ...]:
    """Provinces written only by their display name (no alias, no "Thành phố")."""
    forms = Counter(canonical_province(form) for form in province_written_forms())
    return tuple(
        sorted(name for name, count in forms.items() if name and count == 1 and " " in name)
    )


def _written_without_accents(name: str, body: str) -> bool:
    """ "Bac Lieu", "Hanoi": the province in English or without its marks."""
    decomposed = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    if plain == name:
        return False  # "Kon Tum", "Long An": written one way in either language
    spaced = r"\s?".join(map(re.escape, plain.split()))
    return re.search(rf"(?<!{_WORD}){spaced}(?!{_WORD})", body, re.IGNORECASE) is not None


# A number as the press writes it: "2.828", "414" (not inside "1,5" or "2.828.000").
_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\d]|[.,]\d)")
_SCALE = re.compile(r"\s*(tỷ|triệu|nghìn|ngàn)(?!" + _WORD + ")")
_SCALES = {"tỷ": 10**9, "triệu": 10**6, "nghìn": 1000, "ngàn": 1000}
_VALUE_KEYS = ("quantity",)
_NOT_COUNTS = ("level", "previous_level")


def _written_value(body: str, match: re.Match[str]) -> int:
    scale = _SCALE.match(body, match.end())
    return int(match.group().replace(".", "")) * (_SCALES[scale.group(1)] if scale else 1)


def _change_numbers(body: str, record: Record, rng: random.Random) -> Change | None:
    if fold_look_alikes(body) != body:
        return None  # digits in look-alike characters are read but not seen here
    counts = _gold_counts(record)
    tokens = list(_NUMBER.finditer(body))
    raw = Counter(int(m.group().replace(".", "")) for m in tokens)
    scaled = Counter(_written_value(body, m) for m in tokens)
    chosen: dict[str, str] = {}
    numbers: dict[int, int] = {}
    for match in tokens:
        written, value = match.group(), _written_value(body, match)
        once = raw[int(written.replace(".", ""))] == 1 and scaled[value] == 1
        if not once or counts[value] != 1 or value < 2 or written.startswith("0"):
            continue
        if _in_a_sum(value, set(scaled) - {value}):
            continue  # "1.000 … 500 … 500" and "2.000" in all: the total would not follow
        new = _other_last_digit(body, match, counts, raw, rng)
        if new is not None:
            chosen[written] = new[0]
            numbers[value] = new[1]
    if not chosen:
        return None
    pattern = re.compile(rf"(?<![\d.,])(?:{'|'.join(map(re.escape, chosen))})(?![\d]|[.,]\d)")
    return Change(lambda text: pattern.sub(lambda m: chosen[m.group()], text), numbers)


def _in_a_sum(value: int, others: set[int]) -> bool:
    """Whether ``value`` is the sum of two written numbers, or with one or two of them
    makes another."""
    for first in others:
        if value - first in others or value + first in others:
            return True
        if any(total - value - first in others - {first} for total in others):
            return True
    return False


def _other_last_digit(
    body: str,
    match: re.Match[str],
    counts: Counter[int],
    raw: Counter[int],
    rng: random.Random,
) -> tuple[str, int] | None:
    """The number written with another last digit, and its value: not written or
    annotated elsewhere, and on the same side of every other annotated count (a part stays
    below its whole)."""
    written, value = match.group(), _written_value(body, match)
    scale = value // int(written.replace(".", ""))
    digits = [d for d in "0123456789" if d != written[-1]]
    rng.shuffle(digits)
    for digit in digits:
        new_written = written[:-1] + digit
        new_raw = int(new_written.replace(".", ""))
        new_value = new_raw * scale
        if new_raw < 2 or raw[new_raw] or counts[new_value]:
            continue
        if all((other < value) == (other < new_value) for other in counts if other != value):
            return new_written, new_value
    return None


def _gold_counts(record: Record) -> Counter[int]:
    """Every annotated count (statistics and quantities, doubtful ones too)."""
    found: Counter[int] = Counter()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if _is_count(key, value):
                    found[value] += 1
                else:
                    visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(record)
    return found


def _is_count(key: str, value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int):
        return False
    return key in _VALUE_KEYS or (key not in _NOT_COUNTS and not key.endswith("_pct"))


def _rotate(
    pattern: re.Pattern[str], forms: tuple[str, ...]
) -> Callable[[str, Record, random.Random], Change | None]:
    """Every match of ``pattern`` written as one other form of ``forms``."""

    def plan(body: str, record: Record, rng: random.Random) -> Change | None:
        found = Counter(m.group() for m in pattern.finditer(body))
        if not found:
            return None
        usual = found.most_common(1)[0][0]
        target = rng.choice([form for form in forms if form != usual])
        return Change(lambda text: pattern.sub(target, text), {})

    return plan


def _spaces(replacement: str) -> Callable[[str, Record, random.Random], Change | None]:
    """A third of the spaces inside lines written as ``replacement``."""

    def plan(body: str, record: Record, rng: random.Random) -> Change | None:
        seed = rng.random()

        def rewrite(text: str) -> str:
            coin = random.Random(seed)
            return re.sub(" ", lambda m: replacement if coin.random() < 0.33 else " ", text)

        return Change(rewrite, {}) if " " in body else None

    return plan


def _bullets(body: str, record: Record, rng: random.Random) -> Change | None:
    pattern = re.compile(r"(?m)^([ \t]*)[-•+*](?=[ \t])")
    found = Counter(m.group()[-1] for m in pattern.finditer(body))
    if not found:
        return None
    target = rng.choice([b for b in "-•+" if b != found.most_common(1)[0][0]])
    return Change(lambda text: pattern.sub(lambda m: m.group(1) + target, text), {})


_CASE_WORD = re.compile(rf"(?<!{_WORD})([Cc]a) (mắc|nhiễm)(?!{_WORD})")


def _case_words(body: str, record: Record, rng: random.Random) -> Change | None:
    found = Counter(m.group(2) for m in _CASE_WORD.finditer(body))
    if not found:
        return None
    target = "nhiễm" if found.most_common(1)[0][0] == "mắc" else "mắc"
    return Change(lambda text: _CASE_WORD.sub(lambda m: f"{m.group(1)} {target}", text), {})


_OXY = re.compile(rf"(?<!{_WORD})(?:([Ôô])[ -]?xy|([Oo])xy)(?!{_WORD})")


def _oxy_forms(body: str, record: Record, rng: random.Random) -> Change | None:
    found = list(_OXY.finditer(body))
    if not found:
        return None
    spaced = sum(1 for m in found if m.group(1)) * 2 >= len(found)

    def rewrite(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            initial = m.group(1) or m.group(2)
            upper = initial.isupper()
            return ("O" if upper else "o") + "xy" if spaced else ("Ô" if upper else "ô") + " xy"

        return _OXY.sub(one, text)

    return Change(rewrite, {})


_HCM = re.compile(r"(?:TP\.? ?|Tp\.? ?|[Tt]hành phố )(?:HCM|Hồ Chí Minh)(?!" + _WORD + ")|TPHCM")
_COVID = re.compile(rf"(?<![\w#])(?:COVID|Covid|covid)(?:-19)?(?!{_WORD}|-)")
# A day and month ("31/10", "31-10-2021") after a word that dates it, or with a year.
_DATE = re.compile(
    r"(?:(?<=ngày )|(?<=sáng )|(?<=chiều )|(?<=tối )|(?<=trưa )|(?<=đêm )|(?<=hôm )"
    r"|(?<=tính đến )|(?<=đến hết )|(?<=\())"
    r"(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[01]?\d)(?![\d])(?:(?P=sep)(?P<year>20\d\d))?"
    r"(?!\d|[.,/-]\d)"
    r"|(?<![\d.,/-])(?P<d2>[0-3]?\d)(?P<s2>[/.-])(?P<m2>[01]?\d)(?P=s2)(?P<y2>20\d\d)(?!\d)"
)


def _date_separators(body: str, record: Record, rng: random.Random) -> Change | None:
    def parts(m: re.Match[str]) -> tuple[str, str, str, str | None]:
        if m.group("day"):
            return m.group("day"), m.group("sep"), m.group("month"), m.group("year")
        return m.group("d2"), m.group("s2"), m.group("m2"), m.group("y2")

    dates = [m for m in _DATE.finditer(body) if _is_day_month(*parts(m)[::2])]
    if not dates:
        return None
    usual = Counter(parts(m)[1] for m in dates).most_common(1)[0][0]
    target = rng.choice([sep for sep in "/-." if sep != usual])

    def one(m: re.Match[str]) -> str:
        day, _, month, year = parts(m)
        if not _is_day_month(day, month):
            return m.group()
        return target.join([day, month] + ([year] if year else []))

    return Change(lambda text: _DATE.sub(one, text), {})


def _is_day_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


Planner = Callable[[str, Record, random.Random], "Change | None"]
PLANNERS: dict[str, Planner] = {
    "province_swap": _swap_provinces,
    "number_change": _change_numbers,
    "hcm_form": _rotate(_HCM, ("TP.HCM", "TP HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh")),
    "covid_form": _rotate(_COVID, ("COVID-19", "Covid-19", "covid-19", "Covid", "covid")),
    "date_separator": _date_separators,
    "nbsp": _spaces("\u00a0"),
    "double_space": _spaces("  "),
    "bullet": _bullets,
    "case_word": _case_words,
    "oxy_form": _oxy_forms,
}
KINDS = tuple(PLANNERS)


def perturb_article(
    kind: str, text: str, record: Record, seed: int = 0
) -> tuple[str, Record] | None:
    """The article (its file text, header included) and its annotation rewritten by one
    transformation; None when it does not apply or its effect on the annotation is
    ambiguous."""
    rng = random.Random(f"{seed}:{kind}:{record['file']}")
    header, body = _split(normalise(text))
    change = PLANNERS[kind](body, record, rng)
    if change is None:
        return None
    new_body = change.text(body)
    if new_body == body:
        return None
    if change.names_follow:
        # the outlet's province names the province of a "toàn tỉnh" bulletin
        header = re.sub(r"(?m)^(# outlet:.*)$", lambda m: change.text(m.group()), header)
        new_record = _map_strings(record, change.text)
    else:
        # a name the annotation quotes must not change: spaces aside (the scores fold them),
        # provinces aside (the annotation writes their display names, not the text's)
        def quoted(rewrite: Rewrite) -> Rewrite:
            return lambda s: s if canonical_province(s) == s else " ".join(rewrite(s).split())

        rewritten = _map_strings(record, quoted(change.text))
        spaced = _map_strings(record, quoted(lambda s: s))
        if fact_tuples(_folded(rewritten)) != fact_tuples(_folded(spaced)):
            return None
        new_record = record
    if change.numbers:
        new_record = _map_counts(new_record, change.numbers)
    return header + new_body, new_record


def _split(text: str) -> tuple[str, str]:
    _, body = split_attribution(text)
    return text[: len(text) - len(body)], body


_NOT_TEXT = ("file", "published", "as_of", "date")


def _map_strings(node: Any, rewrite: Rewrite, key: str = "") -> Any:
    if isinstance(node, dict):
        return {k: _map_strings(v, rewrite, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_map_strings(v, rewrite, key) for v in node]
    if isinstance(node, str) and key not in _NOT_TEXT:
        return rewrite(node)
    return node


def _folded(record: Record) -> Record:
    """The record with its doubtful facts as decided ones too, so that both are compared."""
    doubtful = record.get("doubtful") or {}
    return {
        key: (record.get(key) or []) + (doubtful.get(key) or [])
        for key in ("province_stats", "support_events", "directives")
    } | {"file": record["file"]}


def _map_counts(node: Any, numbers: dict[int, int], key: str = "") -> Any:
    if isinstance(node, dict):
        return {k: _map_counts(v, numbers, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_map_counts(v, numbers, key) for v in node]
    if _is_count(key, node):
        return numbers.get(node, node)
    return node


def write_perturbed(folder: Path, kind: str, out: Path, seed: int = 0) -> list[Record]:
    """The articles of an annotated ``folder`` that ``kind`` applies to, rewritten into
    ``out`` with their ``gold.jsonl``; returns their annotations."""
    records = []
    for record in read_gold(folder / "gold.jsonl"):
        text = (folder / str(record["file"])).read_text(encoding="utf-8")
        perturbed = perturb_article(kind, text, record, seed)
        if perturbed is None:
            continue
        (out / str(record["file"])).write_text(perturbed[0], encoding="utf-8")
        records.append(perturbed[1])
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    (out / "gold.jsonl").write_text(lines, encoding="utf-8")
    return records


@dataclass
class KindScore:
    """One transformation over the folders: the reader's records and the annotations of the
    articles it rewrote, for their originals and for the rewritten copies."""

    kind: str
    original: list[Record] = field(default_factory=list)
    original_gold: list[Record] = field(default_factory=list)
    perturbed: list[Record] = field(default_factory=list)
    perturbed_gold: list[Record] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        before = score(self.original, self.original_gold)[-1]
        after = score(self.perturbed, self.perturbed_gold)[-1]
        return {
            "kind": self.kind,
            "articles": len(self.original_gold),
            "facts": before.expected,
            "f1_original": round(before.f1, 3),
            "f1_perturbed": round(after.f1, 3),
            "facts_lost": before.true_positives - after.true_positives,
        }


def robustness(
    folders: Iterable[Path], seed: int = 0, kinds: Iterable[str] = KINDS
) -> list[KindScore]:
    """Per transformation, the reader on the originals against the rewritten copies.
    File names are prefixed with their folder's, so that folders are scored together."""
    results = {kind: KindScore(kind) for kind in kinds}
    for folder in folders:
        gold = {str(r["file"]): r for r in read_gold(folder / "gold.jsonl")}
        extracted = {r["file"]: r for r in extract_annotated(folder, list(gold.values()))}
        for kind, result in results.items():
            with tempfile.TemporaryDirectory() as tmp:
                changed = write_perturbed(folder, kind, Path(tmp), seed)
                copies = extract_annotated(Path(tmp), changed)
            for record, copy in zip(changed, copies, strict=True):
                name = str(record["file"])
                tagged = {"file": f"{folder.name}:{name}"}
                result.original.append(extracted[name] | tagged)
                result.original_gold.append(gold[name] | tagged)
                result.perturbed.append(copy | tagged)
                result.perturbed_gold.append(record | tagged)
    return list(results.values())
