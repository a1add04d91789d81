"""Epidemic-level rule sets as data: QĐ 4800/QĐ-BYT and QĐ 218/QĐ-BYT, with evidence tags.

Every threshold and matrix cell carries the evidence tag of ``DOMAIN.md`` §1: C confirmed,
S secondary, R reconstructed, ? not found (kept as ``None`` until a province sets it).
Provinces may adjust the rules (NQ 128/NQ-CP): :func:`apply_overrides` makes their version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int8]

# Evidence tags, weakest first; arrays carry their index.
TAGS = ("?", "R", "S", "C")
TAG_RANK = {tag: rank for rank, tag in enumerate(TAGS)}

# NQ 128/NQ-CP (11/10/2021): four levels and their colours. [C]
COLORS = {1: "xanh", 2: "vàng", 3: "cam", 4: "đỏ"}
COLOR_NAMES_EN = {1: "green", 2: "yellow", 3: "orange", 4: "red"}
RISK_VI = {1: "nguy cơ thấp", 2: "nguy cơ trung bình", 3: "nguy cơ cao", 4: "nguy cơ rất cao"}
RISK_EN = {1: "low risk", 2: "medium risk", 3: "high risk", 4: "very high risk"}
# Nhân Dân (13/10/2021): a change of level is announced 48 hours ahead. [S]
NOTICE_HOURS = 48
NOTICE_TAG = "S"

Window = Literal["7d", "14d_half"]
Numerator = Literal["community_only", "all_cases"]
Framework = Literal["incidence_x_coverage", "transmission_x_capacity"]
CAPACITY_NAMES = {1: ("cao", "high"), 2: ("trung bình", "medium"), 3: ("thấp", "low")}


class LevelInputError(ValueError):
    """Input that cannot be assessed; the message names the unit and the field."""


@dataclass(frozen=True)
class Rule:
    """One value of a rule set: the number (None while not found), its tag and its source."""

    value: float | None
    tag: str
    source: str

    def __post_init__(self) -> None:
        if self.tag not in TAG_RANK:
            raise ValueError(f"unknown evidence tag {self.tag!r}")


@dataclass(frozen=True)
class Cell:
    level: int
    tag: str


@dataclass(frozen=True)
class RuleSet:
    code: str
    version: str
    document: str
    effective_from: dt.date
    effective_to: dt.date | None
    framework: Framework
    # Options the regulations left to provinces (DOMAIN.md §1.2, §1.1 "provincial discretion").
    window: Window
    numerator: Numerator
    capacity_blocks_lowering: bool
    province_adjustment: int
    # Criterion 1a: lower bounds of bands 2, 3 and 4 (new cases per 100,000 per week).
    incidence_cuts: tuple[Rule, Rule, Rule]
    incidence_inclusive: bool  # rate >= cut (4800) or rate > cut (218: "> 600")
    numerator_rule: Rule
    # Criterion 2: QĐ 4800 names adults' first dose and 50+ full course; QĐ 218 population and
    # high-risk full course. Each rule set uses its own pair.
    coverage_rules: tuple[tuple[str, Rule], ...]
    # QĐ 218 only: 1b (oxygen), 1c (deaths), the +1 modifiers and 3b (free beds).
    oxygen_cuts: tuple[Rule, Rule, Rule] | None = None
    deaths_above: Rule | None = None
    coverage_raises_by_one: Rule | None = None
    beds_high_above: Rule | None = None
    beds_low_below: Rule | None = None
    # matrix[row][column]: 4800 rows are bands, columns (met, not met); 218 rows are the
    # transmission level, columns capacity (high, medium, low).
    matrix: tuple[tuple[Cell, ...], ...] = ()
    capacity_rule: Rule = Rule(None, "C", "")
    missing_data_rule: Rule = Rule(None, "R", "")
    overridden: tuple[str, ...] = field(default=())

    @property
    def label(self) -> str:
        return f"{self.code}@{self.version}"

    def needs_configuration(self) -> list[str]:
        """Values marked [?] that the province must set before they are used."""
        missing = [
            f"incidence_cuts[{i}]" for i, r in enumerate(self.incidence_cuts) if r.value is None
        ]
        if self.oxygen_cuts is not None and all(r.value is None for r in self.oxygen_cuts):
            missing.append("oxygen_cuts (optional: indicator 1b is skipped until set)")
        return missing

    def as_dict(self) -> dict[str, Any]:
        def rule(r: Rule | None) -> Any:
            return None if r is None else {"value": r.value, "tag": r.tag, "source": r.source}

        return {
            "code": self.code,
            "version": self.version,
            "document": self.document,
            "effective_from": self.effective_from.isoformat(),
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
            "framework": self.framework,
            "window": self.window,
            "numerator": self.numerator,
            "capacity_blocks_lowering": self.capacity_blocks_lowering,
            "province_adjustment": self.province_adjustment,
            "incidence_cuts": [rule(r) for r in self.incidence_cuts],
            "incidence_inclusive": self.incidence_inclusive,
            "coverage_rules": {name: rule(r) for name, r in self.coverage_rules},
            "oxygen_cuts": None
            if self.oxygen_cuts is None
            else [rule(r) for r in self.oxygen_cuts],
            "deaths_above": rule(self.deaths_above),
            "beds_high_above": rule(self.beds_high_above),
            "beds_low_below": rule(self.beds_low_below),
            "matrix": [[{"level": c.level, "tag": c.tag} for c in row] for row in self.matrix],
            "overridden": list(self.overridden),
        }


# --- The two default rule sets -----------------------------------------------------------

_4800 = "QĐ 4800/QĐ-BYT"
_218 = "QĐ 218/QĐ-BYT"
_R4800 = f"{_4800}: matrix not retrieved; reconstruction agreeing with Hà Nội and HCMC results"

QD4800 = RuleSet(
    code="QD4800",
    version="2021-10-12",
    document=f"{_4800} (12/10/2021), implementing NQ 128/NQ-CP",
    effective_from=dt.date(2021, 10, 12),
    effective_to=dt.date(2022, 1, 26),
    framework="incidence_x_coverage",
    window="7d",
    numerator="community_only",
    capacity_blocks_lowering=True,
    province_adjustment=0,
    incidence_cuts=(
        Rule(20, "C", f"{_4800}, criterion 1: mức 1 is 0 to < 20 (Hải Phòng health portal)"),
        Rule(50, "S", f"{_4800}, criterion 1: mức 2 is 20 to < 50 (widely reported)"),
        Rule(150, "C", f"{_4800}, criterion 1: ≥ 150 is very high (VnExpress)"),
    ),
    incidence_inclusive=True,
    numerator_rule=Rule(
        None, "C", f"{_4800}: community cases only, not those found in quarantine or lockdown"
    ),
    coverage_rules=(
        ("adult_first_dose_pct", Rule(70, "S", f"{_4800}, criterion 2: ≥ 70% of 18+ with 1 dose")),
        ("age50_full_pct", Rule(80, "S", f"{_4800}, criterion 2: ≥ 80% of 50+ fully vaccinated")),
    ),
    matrix=(
        (Cell(1, "R"), Cell(2, "R")),
        (Cell(2, "R"), Cell(3, "R")),
        (Cell(3, "R"), Cell(4, "R")),
        # Band 4 with coverage met is unresolved in DOMAIN.md: 3 agrees with Hà Nội 01/2022
        # (very high incidence, coverage met, no district at level 4). Provinces may set 4.
        (Cell(3, "R"), Cell(4, "R")),
    ),
    capacity_rule=Rule(
        None, "C", f"{_4800}, criterion 3: when not met, the level remains the same"
    ),
    missing_data_rule=Rule(None, "R", "chongdich: a criterion without data counts as not met"),
)

QD218 = RuleSet(
    code="QD218",
    version="2022-01-27",
    document=f"{_218} (27/01/2022), replacing {_4800}",
    effective_from=dt.date(2022, 1, 27),
    effective_to=None,
    framework="transmission_x_capacity",
    window="7d",
    numerator="all_cases",
    capacity_blocks_lowering=False,
    province_adjustment=0,
    incidence_cuts=(
        Rule(None, "?", f"{_218}, indicator 1a: cut-point not found"),
        Rule(None, "?", f"{_218}, indicator 1a: cut-point not found"),
        Rule(600, "S", f"{_218}, indicator 1a: very high requires > 600 (VnExpress English)"),
    ),
    incidence_inclusive=False,
    numerator_rule=Rule(None, "C", f"{_218}, criterion 1: all new cases in the area"),
    coverage_rules=(
        ("population_full_pct", Rule(75, "S", f"{_218}, criterion 2: ≥ 75% fully vaccinated")),
        (
            "high_risk_full_pct",
            Rule(90, "S", f"{_218}, criterion 2: ≥ 90% of the high-risk group fully vaccinated"),
        ),
    ),
    oxygen_cuts=(
        Rule(None, "?", f"{_218}, indicator 1b: cut-point not found"),
        Rule(None, "?", f"{_218}, indicator 1b: cut-point not found"),
        Rule(None, "?", f"{_218}, indicator 1b: cut-point not found"),
    ),
    deaths_above=Rule(6, "S", f"{_218}, indicator 1c: > 6 deaths/100,000/week adds 1 (HCMC DoH)"),
    coverage_raises_by_one=Rule(
        None, "C", f"{_218}, criterion 2: not met raises the transmission level by 1 (HCMC DoH)"
    ),
    beds_high_above=Rule(30, "R", f"{_218}, indicator 3b: > 30 free beds/100,000 is high"),
    beds_low_below=Rule(10, "R", f"{_218}, indicator 3b: < 10 free beds/100,000 is low"),
    matrix=(
        (Cell(1, "R"), Cell(1, "R"), Cell(2, "R")),
        (Cell(1, "R"), Cell(2, "C"), Cell(3, "R")),  # (2, medium) → 2: HCMC DoH, 02/2022
        (Cell(2, "C"), Cell(3, "R"), Cell(4, "R")),  # (3, high) → 2: HCMC DoH, 02/2022
        (Cell(3, "R"), Cell(4, "R"), Cell(4, "R")),
    ),
    capacity_rule=Rule(None, "R", f"{_218}, criterion 3: how 3a, 3b, 3c combine not found"),
    missing_data_rule=Rule(None, "R", "chongdich: a criterion without data counts as not met"),
)

RULE_SETS: dict[str, RuleSet] = {r.code: r for r in (QD4800, QD218)}


def rule_set_in_force(on: dt.date) -> RuleSet:
    """The default rule set on a date (QĐ 218 replaced 4800 from the day it was signed)."""
    if on < QD4800.effective_from:
        raise LevelInputError(
            f"no epidemic-level rule set before {QD4800.effective_from.isoformat()} "
            f"(NQ 128/NQ-CP dates from 11/10/2021); got {on.isoformat()}"
        )
    return QD218 if on >= QD218.effective_from else QD4800


def get_rule_set(code: str | None, on: dt.date) -> RuleSet:
    if code is None:
        return rule_set_in_force(on)
    try:
        return RULE_SETS[code]
    except KeyError:
        raise LevelInputError(
            f"unknown rule set {code!r}; known: {', '.join(RULE_SETS)} or null"
        ) from None


# --- Province overrides --------------------------------------------------------------------

OVERRIDABLE = (
    "window",
    "numerator",
    "capacity_blocks_lowering",
    "province_adjustment",
    "incidence_cuts",
    "oxygen_cuts",
    "coverage",
    "deaths_above",
    "beds_high_above",
    "beds_low_below",
    "matrix",
)
PROVINCE_SOURCE = "set by the province (NQ 128/NQ-CP allows provinces to adjust the criteria)"


def _province_rule(value: Any, name: str) -> Rule:
    if value is None:
        return Rule(None, "?", f"{name}: not set")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise LevelInputError(f"{name} must be a number, got {value!r}")
    if value < 0:
        raise LevelInputError(f"{name} must not be negative, got {value!r}")
    return Rule(float(value), "C", PROVINCE_SOURCE)


def _cuts(values: Any, name: str, old: tuple[Rule, Rule, Rule]) -> tuple[Rule, Rule, Rule]:
    if not isinstance(values, list | tuple) or len(values) != 3:
        raise LevelInputError(f"{name} must be a list of 3 cut-points (bands 2, 3 and 4)")
    rules = tuple(
        old[i] if v == "default" else _province_rule(v, f"{name}[{i}]")
        for i, v in enumerate(values)
    )
    known = [r.value for r in rules if r.value is not None]
    if known != sorted(known) or len(set(known)) != len(known):
        raise LevelInputError(f"{name} must increase, got {values!r}")
    return rules[0], rules[1], rules[2]


def apply_overrides(base: RuleSet, changes: Mapping[str, Any], version: str) -> RuleSet:
    """A province's version of ``base``; every changed value is tagged as the province's."""
    unknown = sorted(set(changes) - set(OVERRIDABLE))
    if unknown:
        raise LevelInputError(
            f"cannot override {', '.join(unknown)}; allowed: {', '.join(OVERRIDABLE)}"
        )
    new: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "window":
            if value not in ("7d", "14d_half"):
                raise LevelInputError(f"window must be '7d' or '14d_half', got {value!r}")
            new[key] = value
        elif key == "numerator":
            if value not in ("community_only", "all_cases"):
                raise LevelInputError(
                    f"numerator must be 'community_only' or 'all_cases', got {value!r}"
                )
            new[key] = value
        elif key == "capacity_blocks_lowering":
            if not isinstance(value, bool):
                raise LevelInputError(
                    f"capacity_blocks_lowering must be true or false, got {value!r}"
                )
            new[key] = value
        elif key == "province_adjustment":
            if isinstance(value, bool) or not isinstance(value, int) or not -3 <= value <= 3:
                raise LevelInputError(
                    f"province_adjustment must be an integer -3..3, got {value!r}"
                )
            new[key] = value
        elif key == "incidence_cuts":
            new[key] = _cuts(value, key, base.incidence_cuts)
        elif key == "oxygen_cuts":
            if base.oxygen_cuts is None:
                raise LevelInputError(f"{base.code} has no oxygen indicator (1b)")
            new[key] = _cuts(value, key, base.oxygen_cuts)
        elif key == "coverage":
            names = dict(base.coverage_rules)
            if not isinstance(value, Mapping) or set(value) - set(names):
                raise LevelInputError(f"coverage takes {', '.join(names)}")
            for name, pct in value.items():
                rule = _province_rule(pct, f"coverage.{name}")
                if rule.value is None or rule.value > 100:
                    raise LevelInputError(f"coverage.{name} must be 0–100, got {pct!r}")
                names[name] = rule
            new["coverage_rules"] = tuple(names.items())
        elif key in ("deaths_above", "beds_high_above", "beds_low_below"):
            if getattr(base, key) is None:
                raise LevelInputError(f"{base.code} has no rule {key}")
            new[key] = _province_rule(value, key)
        elif key == "matrix":
            new[key] = _matrix(value, base)
    high, low = (
        new.get("beds_high_above", base.beds_high_above),
        new.get("beds_low_below", base.beds_low_below),
    )
    if high and low and high.value is not None and low.value is not None and low.value > high.value:
        raise LevelInputError("beds_low_below must not exceed beds_high_above")
    return dataclasses.replace(
        base, version=version, overridden=tuple(sorted(set(base.overridden) | set(changes))), **new
    )


def _matrix(value: Any, base: RuleSet) -> tuple[tuple[Cell, ...], ...]:
    shape = (len(base.matrix), len(base.matrix[0]))
    if (
        not isinstance(value, list | tuple)
        or len(value) != shape[0]
        or any(not isinstance(row, list | tuple) or len(row) != shape[1] for row in value)
    ):
        raise LevelInputError(f"matrix must be {shape[0]} rows of {shape[1]} levels")
    rows = []
    for r, row in enumerate(value):
        cells = []
        for c, level in enumerate(row):
            if level == "default":
                cells.append(base.matrix[r][c])
            elif isinstance(level, int) and not isinstance(level, bool) and 1 <= level <= 4:
                cells.append(
                    Cell(level, "C") if level != base.matrix[r][c].level else base.matrix[r][c]
                )
            else:
                raise LevelInputError(f"matrix[{r}][{c}] must be a level 1–4, got {level!r}")
        rows.append(tuple(cells))
    return tuple(rows)
