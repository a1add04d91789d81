"""Eligibility for care at home (DOMAIN.md §3.1, §3.2, §5.2): QĐ 4038/QĐ-BYT until
30/01/2022, QĐ 261/QĐ-BYT from 31/01/2022, and HCMC's packages v1.4 and v1.6 for province 79.

Each criterion is met, unmet, or unknown (a value not given). Unknown criteria are listed in
``unmet`` with the suffix ``_unknown``: a patient is eligible only when every criterion is met.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from .codes import COMORBIDITY_LABELS, SEVERITY_RANK, UNMET, contract_comorbidity
from .model import Patient, Reason
from .rules import (
    HCM8728,
    PAEDIATRIC_VITALS_FROM_YEARS,
    PREGNANCY_FROM_YEARS,
    HomeRules,
    SeverityRules,
    WarningRules,
)
from .severity import band_cuts, is_child, num


def _and(*values: bool | None) -> bool | None:
    if any(v is False for v in values):
        return False
    return None if any(v is None for v in values) else True


def _or(*values: bool | None) -> bool | None:
    if any(v is True for v in values):
        return True
    return None if any(v is None for v in values) else False


def comorbidities_of(p: Patient) -> list[str]:
    """Contract comorbidity codes; ``obese: true`` counts as obesity (QĐ 4038 App. 01, item 6)."""
    codes = [c for c in (contract_comorbidity(x) for x in p.comorbidities) if c is not None]
    if p.obese and "obesity" not in codes:
        codes.append("obesity")
    return codes


def vaccinated(p: Patient, as_of: dt.date, rules: HomeRules) -> bool | None:
    """Two doses, or one dose given ≥ 14 days earlier (QĐ 4038, HCMC v1.4 and v1.6)."""
    if p.doses is None:
        return None
    if p.doses >= rules.full_doses:
        return True
    if p.doses == 0:
        return False
    if p.last_dose_on is None:
        return None
    return (as_of - p.last_dose_on).days >= rules.first_dose_days


@functools.cache
def _unmet_reason(code: str, detail_vi: str, detail_en: str, evidence: str) -> Reason:
    vi, en = UNMET[code]
    return Reason(
        f"unmet.{code}",
        f"Chưa đủ điều kiện điều trị tại nhà: {vi}{detail_vi}",
        f"Home care criterion not met: {en}{detail_en}",
        evidence,
    )


@dataclass
class HomeCheck:
    unmet: list[str]
    reasons: list[Reason]

    def fail(self, code: str, detail_vi: str, detail_en: str, evidence: str) -> None:
        self.unmet.append(code)
        self.reasons.append(_unmet_reason(code, detail_vi, detail_en, evidence))

    def verdict(self, ok: bool | None, code: str, vi: str, en: str, evidence: str) -> None:
        if ok is False:
            self.fail(code, vi, en, evidence)
        elif ok is None:
            self.fail(f"{code}_unknown", vi, en, evidence)


def _breathing(
    p: Patient, r: HomeRules, sev: SeverityRules, warn: WarningRules, out: HomeCheck
) -> None:
    ev = r.evidence
    if p.respiratory_rate is None:
        out.fail("respiratory_rate_unknown", "", "", ev)
    elif is_child(p) and (p.age_years or 0) < PAEDIATRIC_VITALS_FROM_YEARS:
        # Children: no fast breathing for age (QĐ 5155 bands, then QĐ 261's 5–12 years band);
        # the adults' RR limit is not a child's.
        cuts = [c for c in band_cuts(sev.child_fast_breathing, p) if c.value is not None]
        cuts = cuts or band_cuts(warn.child_rr, p)
        verdicts = {c.holds(p.respiratory_rate) for c in cuts}
        rr = num(p.respiratory_rate, "en")
        if len(verdicts) != 1 or None in verdicts:
            out.fail("respiratory_rate_unknown", f" (nhịp thở {rr})", f" (RR {rr})", ev)
        elif verdicts == {True}:
            need = cuts[0].text
            vi, en = f" (nhịp thở {rr} {need})", f" (RR {rr} {need})"
            out.fail("respiratory_rate", vi, en, cuts[0].evidence)
    elif not r.rr_ok.holds(p.respiratory_rate):
        rr = num(p.respiratory_rate, "en")
        need = r.rr_ok.text
        vi = f" (nhịp thở {rr}; cần {need})"
        out.fail("respiratory_rate", vi, f" (RR {rr}; needs {need})", ev)
    if p.spo2 is None:
        out.fail("spo2_unknown", "", "", ev)
    elif not r.spo2_ok.holds(p.spo2):
        need = r.spo2_ok.text
        vi = f" (SpO₂ {num(p.spo2, 'vi')} %; cần {need.replace('.', ',')} %)"
        out.fail("spo2", vi, f" (SpO₂ {num(p.spo2, 'en')} %; needs {need} %)", r.spo2_ok.evidence)
    if "dyspnoea" in p.symptoms or "cyanosis" in p.symptoms:
        out.fail("abnormal_breathing", "", "", ev)


def _age_ok(p: Patient, r: HomeRules) -> bool | None:
    if p.age_years is None:
        return False if p.age_months is not None else None  # under 1 year
    return r.low_risk_min_age <= p.age_years <= r.low_risk_max_age


def _risk_gate(p: Patient, r: HomeRules, as_of: dt.date, out: HomeCheck) -> None:
    """Who may stay home by risk: the gate that differs between the documents."""
    ev = r.evidence
    comorb = comorbidities_of(p)
    has_comorb = bool(comorb)
    if r.gate == "stable_comorbidity":
        if has_comorb and p.comorbidities_stable is not True:
            out.verdict(
                None if p.comorbidities_stable is None else False,
                "comorbidity_not_stable"
                if p.comorbidities_stable is False
                else "comorbidity_stability",
                f" ({_names(comorb, 0)})",
                f" ({_names(comorb, 1)})",
                ev,
            )
        return
    vacc = vaccinated(p, as_of, r)
    not_pregnant = None if p.pregnant is None else not p.pregnant
    years = p.age_years if p.age_years is not None else (0 if p.age_months is not None else None)
    if not_pregnant is None and years is not None and years < PREGNANCY_FROM_YEARS:
        not_pregnant = True
    low_parts = [_age_ok(p, r), not has_comorb, not_pregnant]
    if r.gate in ("hcm_v14", "hcm_v16"):
        low_parts.append(None if p.obese is None else not p.obese)
    low_risk = _and(*low_parts)
    if r.gate == "hcm_v16":
        stable = True if not has_comorb else p.comorbidities_stable
        ok = _or(low_risk, _and(stable, vacc))
    else:
        ok = _or(low_risk, vacc)
    if ok is True:
        return
    age = "?" if p.age_years is None else str(p.age_years)
    doses = "?" if p.doses is None else str(p.doses)
    age_range = f"{r.low_risk_min_age}–{r.low_risk_max_age}"
    vi = (
        f" (tuổi {age}, cần {age_range}; {p.doses if p.doses is not None else '?'} mũi vắc xin;"
        f" bệnh nền: {_names(comorb, 0) or 'không'}; mang thai: {_yes(p.pregnant, 'vi')})"
    )
    en = (
        f" (age {age}, needs {age_range}; {doses} vaccine doses;"
        f" comorbidities: {_names(comorb, 1) or 'none'}; pregnant: {_yes(p.pregnant, 'en')})"
    )
    code = "vaccination_or_low_risk" if ok is False else "vaccination_or_low_risk_unknown"
    out.fail(code, vi, en, ev)


def _names(comorbidities: list[str], lang: int) -> str:
    return ", ".join(COMORBIDITY_LABELS[c][lang] for c in comorbidities)


def _yes(value: bool | None, lang: str) -> str:
    if value is None:
        return "?"
    if lang == "vi":
        return "có" if value else "không"
    return "yes" if value else "no"


def _self_care(p: Patient, r: HomeRules, out: HomeCheck) -> None:
    ev = r.evidence
    if not (p.can_self_care is True or p.has_caregiver is True):
        known_no = p.can_self_care is False and p.has_caregiver is False
        out.verdict(False if known_no else None, "self_care", "", "", ev)
    out.verdict(p.has_phone, "phone", "", "", ev)


def home_eligibility(
    p: Patient,
    severity: str,
    r: HomeRules,
    sev_rules: SeverityRules,
    warn_rules: WarningRules,
    as_of: dt.date,
) -> HomeCheck:
    out = HomeCheck([], [])
    if SEVERITY_RANK[severity] > SEVERITY_RANK["mild"]:
        out.fail("severity", "", "", r.evidence)
    _breathing(p, r, sev_rules, warn_rules, out)
    _risk_gate(p, r, as_of, out)
    _self_care(p, r, out)
    if r.document == HCM8728:
        out.reasons.append(
            Reason(
                "home.household_not_assessed",
                "Cần kiểm tra thêm: trong nhà không có người nguy cơ cao (người già, bệnh nền, "
                "béo phì, mang thai); dữ liệu đầu vào không có thông tin này",
                "Also to check: no high-risk household member (elderly, comorbid, obese, "
                "pregnant); the input does not carry it",
                f"[C] {HCM8728}",
            )
        )
    return out
