"""Warning signs: notify the managing health station at once or transfer (DOMAIN.md §3.4).

QĐ 4038 (looser cut-points, from secondary lists) until 30/01/2022, QĐ 261 from 31/01/2022,
and for children QĐ 528 from 03/03/2022 on top of QĐ 261's age-specific breathing rates.
Pulse and blood pressure cut-points are adults' values: they are applied from 12 years
(QĐ 261 gives children's breathing rates up to 12) or when the age is not known.
"""

from __future__ import annotations

import functools

from .codes import WARNINGS
from .model import Patient, Reason
from .rules import (
    CHILD_WARNING_RULES,
    CHILD_WARNING_SYMPTOMS,
    DOCUMENTS,
    PAEDIATRIC_VITALS_FROM_YEARS,
    WARNING_SYMPTOMS,
    CareRules,
    ChildWarningRules,
    Cut,
)
from .severity import CACHE_SIZE, band_cuts, is_child, reading_text


@functools.cache
def _reason(code: str, detail_vi: str, detail_en: str, evidence: str) -> Reason:
    vi, en = WARNINGS[code]
    return Reason(
        f"warning.{code}",
        f"Dấu hiệu cảnh báo: {vi}{detail_vi}",
        f"Warning sign: {en}{detail_en}",
        evidence,
    )


def _vital(found: dict[str, Reason], code: str, x: float | None, cut: Cut, name: str) -> None:
    if x is None or code in found or not cut.holds(x):
        return
    vi, en = reading_text(name, x, cut)
    found[code] = _reason(code, f" ({vi})", f" ({en})", cut.evidence)


def warning_signs(p: Patient, rules: CareRules) -> dict[str, Reason]:
    """The warning signs present, by code, each with its reason."""
    # Warning signs read eight fields only: patients alike in them share one result.
    key = (
        rules,
        p.age_years,
        p.age_months,
        p.symptoms,
        p.respiratory_rate,
        p.spo2,
        p.pulse,
        p.systolic,
        p.diastolic,
    )
    found = WARNING_CACHE.get(key)
    if found is None:
        if len(WARNING_CACHE) >= CACHE_SIZE:
            WARNING_CACHE.clear()
        found = WARNING_CACHE[key] = _signs(p, rules)
    return dict(found)


WARNING_CACHE: dict[tuple[object, ...], tuple[tuple[str, Reason], ...]] = {}


def _signs(p: Patient, rules: CareRules) -> tuple[tuple[str, Reason], ...]:
    w = rules.warnings
    child = is_child(p)
    years = p.age_years if p.age_years is not None else (0 if p.age_months is not None else None)
    young = years is not None and years < PAEDIATRIC_VITALS_FROM_YEARS
    c528 = rules.child_warnings if child else None
    found: dict[str, Reason] = {}
    if p.symptoms:
        found.update(_symptom_signs(p, w.code, young, c528))
    if p.respiratory_rate is not None:
        cuts: list[Cut] = []
        if c528 is not None:
            cuts = band_cuts(c528.fast_breathing, p)
        if not cuts and young:
            cuts = band_cuts(w.child_rr, p)
        if not cuts and not young:
            cuts = [w.adult_rr]
        # An infant whose months are unknown: a sign only when every possible cut-point holds.
        if cuts and all(c.holds(p.respiratory_rate) for c in cuts):
            _vital(found, "respiratory_rate_high", p.respiratory_rate, cuts[0], "RR")
    spo2_cut = c528.spo2 if c528 is not None else w.spo2
    _vital(found, "spo2_low", p.spo2, spo2_cut, "SpO₂")
    if not young:
        _vital(found, "pulse_high", p.pulse, w.pulse_high, "pulse")
        _vital(found, "pulse_low", p.pulse, w.pulse_low, "pulse")
        _vital(found, "blood_pressure_low", p.systolic, w.systolic_low, "systolic")
        _vital(found, "blood_pressure_low", p.diastolic, w.diastolic_low, "diastolic")
    return tuple((code, found[code]) for code in WARNINGS if code in found)


def _symptom_signs(
    p: Patient, code: str, young: bool, c528: ChildWarningRules | None
) -> dict[str, Reason]:
    """Signs 1 and 6–9 of QĐ 261 (QĐ 4038 before it), vomiting for children, QĐ 528's lists."""
    months = p.age_in_months()
    under5 = months is not None and months < 60
    sources = _symptom_sources(code, young, None if c528 is None else c528.code, under5)
    found = {}
    for s in p.symptoms:
        if s in sources:
            tag = "S" if sources[s] == DOCUMENTS["QD4038"] else "C"
            found[s] = _reason(s, "", "", f"[{tag}] {sources[s]}")
    return found


@functools.cache
def _symptom_sources(
    code: str, young: bool, child_code: str | None, under5: bool
) -> dict[str, str]:
    """Which document makes each symptom a warning sign, for one kind of patient."""
    sources = dict.fromkeys(WARNING_SYMPTOMS, DOCUMENTS[code])
    if young:
        sources.update(dict.fromkeys(CHILD_WARNING_SYMPTOMS, DOCUMENTS[code]))
    if child_code is not None:
        c528 = CHILD_WARNING_RULES
        extra = c528.under5_symptoms if under5 else c528.over5_symptoms
        sources.update({s: DOCUMENTS[child_code] for s in extra if s not in sources})
    return sources
