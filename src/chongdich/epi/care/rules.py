"""Care rule sets as data, keyed by document and effective date, each value with its
evidence tag (DOMAIN.md §2–4): C confirmed, S secondary, R reconstructed, ? not found.

A [?] value is ``None``: the rule that needs it reports the finding as unknown and names the
gap instead of inventing a number. HCMC's home-care packages are a province rule set keyed by
province code "79"; every other province follows the national documents.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Literal, TypeVar

from .model import CareInputError, input_error

Op = Literal["<", "<=", ">", ">="]

FIRST_DAY = dt.date(2021, 8, 21)  # QĐ 4038/QĐ-BYT, the first national home-care guidance
LAST_DAY = dt.date(2023, 6, 25)  # QĐ 2671/QĐ-BYT (26/06/2023) changed the cut-points
CHILD_UNDER_YEARS = 16  # Luật Trẻ em 2016: a child is under 16 [R: the texts do not say]
PAEDIATRIC_VITALS_FROM_YEARS = 12  # QĐ 261 gives child breathing rates up to 12 years
PREGNANCY_FROM_YEARS = 10  # an unknown pregnancy is "no" below this age [R: chongdich]


_SYMBOLS = {"<": "<", "<=": "≤", ">": ">", ">=": "≥"}


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: cheap cache keys
class Cut:
    """A threshold: the finding holds when ``value <op> self.value``; None while not found."""

    value: float | None
    op: Op
    tag: str
    source: str

    def holds(self, x: float) -> bool | None:
        if self.value is None:
            return None
        v, op = self.value, self.op
        if op == "<":
            return x < v
        if op == "<=":
            return x <= v
        return x > v if op == ">" else x >= v

    @functools.cached_property
    def text(self) -> str:
        if self.value is None:
            return "?"
        return f"{_SYMBOLS[self.op]} {self.value:g}"

    @functools.cached_property
    def evidence(self) -> str:
        return f"[{self.tag}] {self.source}"


# --- Documents ------------------------------------------------------------------------------

QD3416 = "QĐ 3416/QĐ-BYT (14/07/2021)"
QD4689 = "QĐ 4689/QĐ-BYT (06/10/2021)"
QD5155 = "QĐ 5155/QĐ-BYT (08/11/2021)"
QD250 = "QĐ 250/QĐ-BYT (28/01/2022)"
QD4038 = "QĐ 4038/QĐ-BYT (21/08/2021)"
QD261 = "QĐ 261/QĐ-BYT (31/01/2022)"
QD528 = "QĐ 528/QĐ-BYT (03/03/2022)"
QD4111 = "QĐ 4111/QĐ-BYT (26/08/2021)"
HCM6002 = "CV 6002/SYT-NVY TP.HCM v1.4 (25/08/2021)"
HCM8728 = "CV 8728/SYT-NVY TP.HCM v1.6 (23/11/2021)"


# --- Clinical severity (DOMAIN.md §2) --------------------------------------------------------


@dataclass(frozen=True, eq=False)
class SeverityRules:
    adult_code: str
    child_code: str
    effective_from: dt.date
    # Adults, QĐ 4689: the worst matching row decides.
    moderate_rr: Cut
    severe_rr: Cut
    critical_rr_high: Cut
    critical_rr_low: Cut
    moderate_spo2: Cut
    severe_spo2: Cut
    critical_systolic: Cut
    # Children, QĐ 5155: SpO₂ bands and fast breathing by age in months [from, to).
    child_moderate_spo2: Cut
    child_severe_spo2: Cut
    child_fast_breathing: tuple[tuple[int, int, Cut], ...]


def _severity(
    adult_code: str, adult_doc: str, adult_tag: str, child_code: str, child_tag: str, start: str
) -> SeverityRules:
    note = "" if adult_tag == "C" else f"; cut-points of {QD4689} assumed unchanged"
    child_note = "" if child_tag == "C" else f"; {QD5155} not yet issued, its cut-points used"
    adult = f"{adult_doc}{note}"
    child = f"{QD5155}{child_note}"
    return SeverityRules(
        adult_code=adult_code,
        child_code=child_code,
        effective_from=dt.date.fromisoformat(start),
        moderate_rr=Cut(20, ">=", adult_tag, f"{adult}: trung bình, RR 20–25"),
        severe_rr=Cut(25, ">", adult_tag, f"{adult}: nặng, RR > 25"),
        critical_rr_high=Cut(30, ">", "R", f"{adult}: nguy kịch, RR > 30 (not retrieved)"),
        critical_rr_low=Cut(10, "<", "R", f"{adult}: nguy kịch, RR < 10 (not retrieved)"),
        moderate_spo2=Cut(96, "<=", adult_tag, f"{adult}: trung bình, SpO₂ 94–96 %"),
        severe_spo2=Cut(94, "<", adult_tag, f"{adult}: nặng, SpO₂ < 94 %"),
        critical_systolic=Cut(
            90, "<", "R", f"{adult}: nguy kịch, hypotension (systolic < 90 as in {QD261})"
        ),
        child_moderate_spo2=Cut(
            96, "<", child_tag, f"{child}: nhẹ SpO₂ ≥ 96 %, trung bình 94–95 %"
        ),
        child_severe_spo2=Cut(
            94,
            "<",
            "R",
            f"{child}: below the moderate band 94–95 %; the severe list was not retrieved",
        ),
        child_fast_breathing=(
            (0, 2, Cut(60, ">=", child_tag, f"{child}: thở nhanh, < 2 months ≥ 60")),
            (2, 12, Cut(50, ">=", child_tag, f"{child}: thở nhanh, 2–11 months ≥ 50")),
            (12, 72, Cut(40, ">=", child_tag, f"{child}: thở nhanh, 1–5 years ≥ 40")),
            (72, CHILD_UNDER_YEARS * 12, Cut(None, ">=", "?", f"{child}: 6 years and over")),
        ),
    )


SEVERITY_RULES: tuple[SeverityRules, ...] = (
    _severity("QD3416", QD3416, "R", "QD5155", "R", "2021-07-14"),
    _severity("QD4689", QD4689, "C", "QD5155", "R", "2021-10-06"),
    _severity("QD4689", QD4689, "C", "QD5155", "C", "2021-11-08"),
    _severity("QD250", QD250, "R", "QD5155", "C", "2022-01-28"),
)


# --- Warning signs (DOMAIN.md §3.4) ----------------------------------------------------------


@dataclass(frozen=True, eq=False)
class WarningRules:
    code: str
    effective_from: dt.date
    adult_rr: Cut
    child_rr: tuple[tuple[int, int, Cut], ...]  # age in months [from, to)
    spo2: Cut
    pulse_high: Cut
    pulse_low: Cut
    systolic_low: Cut
    diastolic_low: Cut


def _warnings(code: str, doc: str, start: str, rr: Cut, spo2: Cut, tag: str) -> WarningRules:
    child_tag = "C" if tag == "C" else "R"
    child_src = doc if tag == "C" else f"{doc}: assumed as in {QD261}"
    return WarningRules(
        code=code,
        effective_from=dt.date.fromisoformat(start),
        adult_rr=rr,
        child_rr=(
            (12, 60, Cut(40, ">=", child_tag, f"{child_src}: child 1 to < 5 years, RR ≥ 40")),
            (60, 144, Cut(30, ">=", child_tag, f"{child_src}: child 5 to < 12 years, RR ≥ 30")),
        ),
        spo2=spo2,
        pulse_high=Cut(120, ">", tag, f"{doc}: pulse > 120"),
        pulse_low=Cut(50, "<", tag, f"{doc}: pulse < 50"),
        systolic_low=Cut(90, "<", tag, f"{doc}: systolic < 90 mmHg"),
        diastolic_low=Cut(60, "<", tag, f"{doc}: diastolic < 60 mmHg"),
    )


_SEC = "secondary lists attributed to it"
WARNING_RULES: tuple[WarningRules, ...] = (
    _warnings(
        "QD4038",
        QD4038,
        "2021-08-21",
        Cut(21, ">=", "S", f"{QD4038} ({_SEC}): adult RR ≥ 21"),
        Cut(95, "<=", "S", f"{QD4038} ({_SEC}): SpO₂ ≤ 95 %"),
        "S",
    ),
    _warnings(
        "QD261",
        QD261,
        "2022-01-31",
        Cut(20, ">=", "C", f"{QD261}: adult RR ≥ 20"),
        Cut(96, "<=", "C", f"{QD261}: SpO₂ ≤ 96 %"),
        "C",
    ),
)


@dataclass(frozen=True, eq=False)
class ChildWarningRules:
    """QĐ 528/QĐ-BYT: children's own list, one for under 5 and one for 5 and over."""

    code: str
    effective_from: dt.date
    fast_breathing: tuple[tuple[int, int, Cut], ...]
    spo2: Cut
    under5_symptoms: frozenset[str]
    over5_symptoms: frozenset[str]


CHILD_WARNING_RULES = ChildWarningRules(
    code="QD528",
    effective_from=dt.date(2022, 3, 3),
    fast_breathing=(
        (0, 2, Cut(60, ">=", "C", f"{QD528}: < 2 months, RR ≥ 60")),
        (2, 12, Cut(50, ">=", "C", f"{QD528}: 2 to < 12 months, RR ≥ 50")),
        (12, 60, Cut(40, ">=", "C", f"{QD528}: 12 months to < 5 years, RR ≥ 40")),
    ),
    spo2=Cut(96, "<", "C", f"{QD528}: SpO₂ < 96 %"),
    # lethargy (confusion), abnormal breathing, cyanosis, vomiting everything, unable to feed
    under5_symptoms=frozenset({"confusion", "dyspnoea", "cyanosis", "vomiting", "cannot_drink"}),
    # dyspnoea, unable to eat or drink, vomiting, chest pain, diarrhoea, fatigue
    over5_symptoms=frozenset(
        {"dyspnoea", "cannot_drink", "vomiting", "chest_pain", "diarrhoea", "fatigue"}
    ),
)
# QĐ 261's signs 1 and 6–9 for everyone; vomiting counts for children ("in children, poor
# feeding or vomiting").
WARNING_SYMPTOMS = frozenset({"dyspnoea", "chest_pain", "confusion", "cyanosis", "cannot_drink"})
CHILD_WARNING_SYMPTOMS = frozenset({"vomiting"})


# --- Home care eligibility (DOMAIN.md §3.1, §3.2, §5.2) ---------------------------------------

Gate = Literal["vaccinated_or_low_risk", "stable_comorbidity", "hcm_v14", "hcm_v16"]


@dataclass(frozen=True, eq=False)
class HomeRules:
    code: str
    document: str
    effective_from: dt.date
    effective_to: dt.date | None
    province: str | None
    gate: Gate
    rr_ok: Cut
    spo2_ok: Cut
    tag: str
    low_risk_min_age: int = 1  # "trẻ em trên 1 tuổi"
    low_risk_max_age: int = 49  # QĐ 4038: adult < 50
    first_dose_days: int = 14  # 1 dose given ≥ 14 days earlier
    full_doses: int = 2

    @functools.cached_property
    def evidence(self) -> str:
        return f"[{self.tag}] {self.document}"


_RR_4038 = Cut(20, "<=", "C", f"{QD4038}: RR ≤ 20")
_SPO2_4038 = Cut(96, ">=", "C", f"{QD4038}: SpO₂ ≥ 96 %")
HOME_RULES: tuple[HomeRules, ...] = (
    HomeRules(
        "QD4038",
        QD4038,
        dt.date(2021, 8, 21),
        dt.date(2022, 1, 30),
        None,
        "vaccinated_or_low_risk",
        _RR_4038,
        _SPO2_4038,
        "C",
    ),
    HomeRules(
        "QD261",
        QD261,
        dt.date(2022, 1, 31),
        None,
        None,
        "stable_comorbidity",
        Cut(20, "<", "C", f"{QD261}: RR < 20"),
        Cut(96, ">", "C", f"{QD261}: SpO₂ > 96 %"),
        "C",
    ),
    # HCMC (79) applied its packages until QĐ 261 replaced QĐ 4038 nationally [R: end date].
    HomeRules(
        "HCM6002",
        HCM6002,
        dt.date(2021, 8, 25),
        dt.date(2021, 11, 22),
        "79",
        "hcm_v14",
        _RR_4038,
        _SPO2_4038,
        "C",
        low_risk_max_age=50,
    ),
    HomeRules(
        "HCM8728",
        HCM8728,
        dt.date(2021, 11, 23),
        dt.date(2022, 1, 30),
        "79",
        "hcm_v16",
        _RR_4038,
        _SPO2_4038,
        "C",
        low_risk_max_age=50,
    ),
)
PROVINCE_RULE_SETS = frozenset(r.province for r in HOME_RULES if r.province)


# --- Selection by date and province ------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class CareRules:
    severity: SeverityRules
    warnings: WarningRules
    child_warnings: ChildWarningRules | None
    home: HomeRules

    @functools.cache  # noqa: B019 (one instance per combination of documents: _combined)
    def label(self, is_child: bool) -> str:
        """``QD4689/QD261/QD261`` names the severity, home-care and warning documents."""
        sev = self.severity.child_code if is_child else self.severity.adult_code
        warn = self.warnings.code
        if is_child and self.child_warnings is not None:
            warn = f"{warn}+{self.child_warnings.code}"
        return f"{sev}/{self.home.code}/{warn}"


T = TypeVar("T", SeverityRules, WarningRules)


def _latest(items: tuple[T, ...], on: dt.date) -> T:
    return [i for i in items if i.effective_from <= on][-1]


def check_as_of(as_of: dt.date, path: str = "as_of") -> list[dict[str, str]]:
    if as_of < FIRST_DAY:
        return [
            input_error(
                path,
                "before_rules",
                f"Chưa có hướng dẫn điều trị tại nhà trước {FIRST_DAY:%d/%m/%Y} (QĐ 4038)",
                f"no home-care rules before {FIRST_DAY.isoformat()} (QĐ 4038/QĐ-BYT)",
            )
        ]
    if as_of > LAST_DAY:
        return [
            input_error(
                path,
                "after_rules",
                "Từ 26/06/2023 áp dụng QĐ 2671 với ngưỡng khác; chưa được cài đặt",
                "from 2023-06-26 QĐ 2671/QĐ-BYT applies with other cut-points; not implemented",
            )
        ]
    return []


def rules_on(as_of: dt.date, province: str | None = None) -> CareRules:
    """The rules in force on ``as_of`` for a province (None: national)."""
    errors = check_as_of(as_of)
    if errors:
        raise CareInputError(errors)
    homes = [
        r
        for r in HOME_RULES
        if r.effective_from <= as_of and (r.effective_to is None or as_of <= r.effective_to)
    ]
    home = next((r for r in homes if r.province == province and province), None)
    home = home or next(r for r in homes if r.province is None)
    child = CHILD_WARNING_RULES if as_of >= CHILD_WARNING_RULES.effective_from else None
    return _combined(_latest(SEVERITY_RULES, as_of), _latest(WARNING_RULES, as_of), child, home)


@functools.cache
def _combined(
    severity: SeverityRules,
    warnings: WarningRules,
    child_warnings: ChildWarningRules | None,
    home: HomeRules,
) -> CareRules:
    """One ``CareRules`` per combination of documents (a handful), not one per call: every
    check-in asks for the rules of its day, and ``label``'s cache keeps each instance it
    sees (a new one per call grew the server's heap and its garbage collector's pauses)."""
    return CareRules(severity, warnings, child_warnings, home)


DOCUMENTS = {
    "QD3416": QD3416,
    "QD4689": QD4689,
    "QD5155": QD5155,
    "QD250": QD250,
    "QD4038": QD4038,
    "QD261": QD261,
    "QD528": QD528,
    "QD4111": QD4111,
    "HCM6002": HCM6002,
    "HCM8728": HCM8728,
}
