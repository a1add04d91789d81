"""Clinical severity: adults per QĐ 4689/QĐ-BYT, children per QĐ 5155/QĐ-BYT (DOMAIN.md §2).

The worst matching row decides. A missing RR or SpO₂ is reported as unknown: the level
returned is then the worst level the known findings prove, never a guess that they are normal.
"""

from __future__ import annotations

import functools

from .codes import SEVERITY_LABELS, SEVERITY_RANK, SYMPTOMS
from .model import Patient, Reason
from .rules import CHILD_UNDER_YEARS, DOCUMENTS, Cut, SeverityRules

MISSING = "[?] chongdich: a value not measured is unknown, never read as normal"


def num(x: float, lang: str) -> str:
    s = f"{x:g}"
    return s.replace(".", ",") if lang == "vi" else s


def is_child(p: Patient) -> bool:
    if p.age_years is None:
        return p.age_months is not None
    return p.age_years < CHILD_UNDER_YEARS


def band_cuts(bands: tuple[tuple[int, int, Cut], ...], p: Patient) -> list[Cut]:
    """The cut-points that may apply to the patient's age in months (several when an infant's
    months are not known)."""
    months = p.age_in_months()
    if months is None:
        if p.age_years == 0:
            return [cut for lo, _hi, cut in bands if lo < 12]
        return []
    return [cut for lo, hi, cut in bands if lo <= months < hi]


class _Level:
    def __init__(self) -> None:
        self.level = "asymptomatic"
        self.reasons: list[Reason] = []

    def at_least(self, level: str, code: str, vi: str, en: str, evidence: str) -> None:
        self.add(level, _finding(level, code, vi, en, evidence))

    def add(self, level: str, reason: Reason) -> None:
        if SEVERITY_RANK[level] > SEVERITY_RANK[self.level]:
            self.level = level
        self.reasons.append(reason)

    def unknown(self, code: str, vi: str, en: str, evidence: str = MISSING) -> None:
        self.reasons.append(Reason(f"severity.{code}", vi, en, evidence))


@functools.cache
def _symptom_findings(
    symptoms: tuple[str, ...], doc: str, tag: str
) -> tuple[str, tuple[Reason, ...]]:
    out = _Level()
    _symptoms(symptoms, out, doc, tag)
    return out.level, tuple(out.reasons)


def _symptoms(symptoms: tuple[str, ...], out: _Level, doc: str, tag: str) -> None:
    vi = ", ".join(SYMPTOMS[s][0] for s in symptoms)
    en = ", ".join(SYMPTOMS[s][1] for s in symptoms)
    out.at_least("mild", "symptoms", f"Có triệu chứng: {vi}", f"Symptoms: {en}", f"[{tag}] {doc}")
    if "dyspnoea" in symptoms:
        out.at_least("moderate", "dyspnoea", "Khó thở", "Dyspnoea", f"[{tag}] {doc}: trung bình")
    if "cyanosis" in symptoms:
        out.at_least(
            "severe", "cyanosis", "Tím tái (thiếu oxy)", "Cyanosis (hypoxia)", f"[R] {doc}: nặng"
        )
    if "confusion" in symptoms:
        out.at_least(
            "critical",
            "confusion",
            "Rối loạn ý thức",
            "Altered consciousness",
            f"[R] {doc}: nguy kịch (not retrieved)",
        )


@functools.cache
def _finding(level: str, code: str, vi: str, en: str, evidence: str) -> Reason:
    lvi, len_ = SEVERITY_LABELS[level]
    return Reason(f"severity.{code}", f"{vi} → {lvi}", f"{en} → {len_}", evidence)


# Names of readings in reasons: Vietnamese, English.
READINGS = {
    "RR": ("Nhịp thở", "RR"),
    "SpO₂": ("SpO₂", "SpO₂"),
    "pulse": ("Mạch", "Pulse"),
    "systolic": ("Huyết áp tâm thu", "Systolic"),
    "diastolic": ("Huyết áp tâm trương", "Diastolic"),
}


@functools.cache
def reading_text(name: str, x: float, cut: Cut) -> tuple[str, str]:
    """'Nhịp thở 22 ≥ 20', 'RR 22 ≥ 20': a reading against its cut-point."""
    vi, en = READINGS[name]
    return f"{vi} {num(x, 'vi')} {cut.text.replace('.', ',')}", f"{en} {num(x, 'en')} {cut.text}"


def _check(out: _Level, x: float, cut: Cut, level: str, code: str, name: str) -> bool:
    if not cut.holds(x):
        return False
    vi, en = reading_text(name, x, cut)
    out.add(level, _finding(level, code, vi, en, cut.evidence))
    return True


def _adult(p: Patient, r: SeverityRules, out: _Level) -> None:
    if p.respiratory_rate is None:
        out.unknown("respiratory_rate_unknown", "Chưa đo nhịp thở", "Respiratory rate not measured")
    else:
        rr = p.respiratory_rate
        _ = (
            _check(out, rr, r.critical_rr_high, "critical", "respiratory_rate", "RR")
            or _check(out, rr, r.critical_rr_low, "critical", "respiratory_rate", "RR")
            or _check(out, rr, r.severe_rr, "severe", "respiratory_rate", "RR")
            or _check(out, rr, r.moderate_rr, "moderate", "respiratory_rate", "RR")
        )
    if p.spo2 is None:
        out.unknown("spo2_unknown", "Chưa đo SpO₂", "SpO₂ not measured")
    else:
        _ = _check(out, p.spo2, r.severe_spo2, "severe", "spo2", "SpO₂") or _check(
            out, p.spo2, r.moderate_spo2, "moderate", "spo2", "SpO₂"
        )
    if p.systolic is not None:
        _check(out, p.systolic, r.critical_systolic, "critical", "systolic", "systolic")


def _child(p: Patient, r: SeverityRules, out: _Level) -> None:
    if p.respiratory_rate is None:
        out.unknown("respiratory_rate_unknown", "Chưa đo nhịp thở", "Respiratory rate not measured")
    else:
        cuts = band_cuts(r.child_fast_breathing, p)
        verdicts = {cut.holds(p.respiratory_rate) for cut in cuts}
        if verdicts == {True}:
            _check(out, p.respiratory_rate, cuts[0], "moderate", "respiratory_rate", "RR")
        elif not cuts or None in verdicts or len(verdicts) > 1:
            out.unknown(
                "respiratory_rate_cut_not_set",
                "Chưa có ngưỡng thở nhanh cho tuổi này (hoặc chưa biết số tháng tuổi)",
                "No fast-breathing cut-point for this age (or the age in months is not known)",
                cuts[-1].evidence if cuts else f"[?] {DOCUMENTS[r.child_code]}: age not known",
            )
    if p.spo2 is None:
        out.unknown("spo2_unknown", "Chưa đo SpO₂", "SpO₂ not measured")
    else:
        _ = _check(out, p.spo2, r.child_severe_spo2, "severe", "spo2", "SpO₂") or _check(
            out, p.spo2, r.child_moderate_spo2, "moderate", "spo2", "SpO₂"
        )


def classify_severity(p: Patient, rules: SeverityRules) -> tuple[str, list[Reason]]:
    """The severity level and the findings behind it."""
    # Severity reads six fields only: patients alike in them share one result.
    key = (rules, p.age_years, p.age_months, p.symptoms, p.respiratory_rate, p.spo2, p.systolic)
    found = SEVERITY_CACHE.get(key)
    if found is None:
        if len(SEVERITY_CACHE) >= CACHE_SIZE:
            SEVERITY_CACHE.clear()
        found = SEVERITY_CACHE[key] = _classify(p, rules)
    return found[0], list(found[1])


CACHE_SIZE = 1 << 16
SEVERITY_CACHE: dict[tuple[object, ...], tuple[str, tuple[Reason, ...]]] = {}


def _classify(p: Patient, rules: SeverityRules) -> tuple[str, tuple[Reason, ...]]:
    out = _Level()
    child = is_child(p)
    tag = rules.child_moderate_spo2.tag if child else rules.moderate_rr.tag
    if p.symptoms:
        level, reasons = _symptom_findings(
            p.symptoms, DOCUMENTS[rules.child_code if child else rules.adult_code], tag
        )
        out.level = level
        out.reasons.extend(reasons)
    if child:
        _child(p, rules, out)
    else:
        if p.age_years is None:
            out.unknown(
                "age_unknown",
                "Chưa biết tuổi: dùng ngưỡng của người lớn",
                "Age not known: adults' cut-points used",
            )
        _adult(p, rules, out)
    if out.level == "asymptomatic" and not out.reasons:
        out.reasons.append(
            Reason(
                "severity.none",
                "Không triệu chứng; nhịp thở và SpO₂ trong giới hạn",
                "No symptoms; respiratory rate and SpO₂ within limits",
                f"[{tag}] {DOCUMENTS[rules.child_code if child else rules.adult_code]}",
            )
        )
    return out.level, tuple(out.reasons)
