"""Medicine packs A, B and C for F0 at home, with their conditions and contraindications
(DOMAIN.md §5.4, §3.6). The packs come from HCMC's home-care package (CV 6002 v1.4,
CV 8728 v1.6) and Hà Nội's packs; QĐ 4109 lists the same medicine groups nationally.

A pack is ``suggested`` only when every condition the input can show is met; what the input
cannot show (consent, breastfeeding, peptic ulcer, whether a doctor can be reached) is listed
in ``to_check`` for the health worker. Nothing here is a prescription.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .codes import SEVERITY_RANK
from .homecare import comorbidities_of
from .model import Patient, Reason
from .rules import HCM6002, HCM8728, rules_on
from .severity import num
from .triage import triage_one

ADULT_YEARS = 18  # pack A: "all eligible home F0 aged ≥ 18" [C]
HANOI, HCMC = "01", "79"
MOLNUPIRAVIR_AGES = (18, 65)  # molnupiravir home programme: mild F0 aged 18–65 [C]
B_RR_ABOVE = 20  # pack B: resting RR > 20 [C]
B_SPO2_BELOW = 95  # pack B: SpO₂ < 95 % [C]
B_SELF_USE_DAYS = {HCMC: 3, HANOI: 7}  # HCMC ≤ 3 days; Hà Nội up to 7 days [C]
# Pack B is not for liver or kidney failure or bleeding disorders: a comorbidity of that
# organ is a caution the doctor must clear, not a proven contraindication.
B_CAUTIONS = ("liver_disease", "chronic_kidney", "blood_disorder")
PACKS_EVIDENCE = f"[C] {HCM6002}; {HCM8728}; Hà Nội packs (12/2021)"


@dataclass(frozen=True)
class PackSuggestion:
    pack: str  # "A", "B" or "C"
    suggested: bool
    contents_vi: str
    contents_en: str
    days: int | None  # course or self-use limit; None when the province has not set it
    conditions: tuple[Reason, ...]  # each condition and whether it holds (code suffix)
    contraindications: tuple[str, ...]  # found in the input: "pregnant"
    cautions: tuple[str, ...]  # comorbidities the doctor must clear
    to_check: tuple[str, ...]  # what the input cannot show
    evidence: str


def _cond(code: str, ok: bool | None, vi: str, en: str, evidence: str) -> Reason:
    state = {True: "met", False: "not_met", None: "unknown"}[ok]
    mark = {True: "✓", False: "✗", None: "?"}[ok]
    return Reason(f"pack.{code}.{state}", f"{mark} {vi}", f"{mark} {en}", evidence)


def _adult(p: Patient) -> bool | None:
    return None if p.age_years is None else p.age_years >= ADULT_YEARS


def _pack_a(p: Patient, home: bool, province: str | None) -> PackSuggestion:
    fever = "38" if province == HANOI else "38,5"
    conds = (
        _cond("adult", _adult(p), "Từ 18 tuổi", "Aged 18 or over", PACKS_EVIDENCE),
        _cond(
            "home_eligible",
            home,
            "Đủ điều kiện điều trị tại nhà",
            "Eligible for home care",
            PACKS_EVIDENCE,
        ),
    )
    return PackSuggestion(
        "A",
        _adult(p) is True and home,
        f"Paracetamol 500 mg (1 viên khi sốt > {fever} °C, cách 4–6 giờ), vitamin tổng hợp "
        "hoặc vitamin C 2 lần/ngày",
        f"Paracetamol 500 mg (1 tablet above {fever.replace(',', '.')} °C, every 4–6 h), "
        "multivitamin or vitamin C twice a day",
        7,
        conds,
        (),
        (),
        (),
        PACKS_EVIDENCE,
    )


def _compromise(p: Patient) -> bool | None:
    """Early respiratory compromise: dyspnoea, resting RR > 20 or SpO₂ < 95 %."""
    signs: list[bool | None] = [
        "dyspnoea" in p.symptoms,
        None if p.respiratory_rate is None else p.respiratory_rate > B_RR_ABOVE,
        None if p.spo2 is None else p.spo2 < B_SPO2_BELOW,
    ]
    if any(s is True for s in signs):
        return True
    return None if any(s is None for s in signs) else False


def _pack_b(p: Patient, province: str | None) -> PackSuggestion:
    compromise = _compromise(p)
    rr = "?" if p.respiratory_rate is None else num(p.respiratory_rate, "en")
    spo2 = "?" if p.spo2 is None else num(p.spo2, "en")
    contraindications = ("pregnant",) if p.pregnant else ()
    cautions = tuple(c for c in comorbidities_of(p) if c in B_CAUTIONS)
    days = B_SELF_USE_DAYS.get(province or "")
    conds: tuple[Reason, ...] = (
        _cond(
            "respiratory_compromise",
            compromise,
            f"Khó thở, nhịp thở > 20 hoặc SpO₂ < 95 % (RR {rr}, SpO₂ {spo2})",
            f"Dyspnoea, RR > 20 or SpO₂ < 95 % (RR {rr}, SpO₂ {spo2})",
            PACKS_EVIDENCE,
        ),
        _cond("adult", _adult(p), "Từ 18 tuổi", "Aged 18 or over", f"[R] {PACKS_EVIDENCE[4:]}"),
        _cond(
            "not_pregnant",
            None if p.pregnant is None else not p.pregnant,
            "Không mang thai",
            "Not pregnant",
            PACKS_EVIDENCE,
        ),
    )
    if days is None:
        conds += (
            Reason(
                "pack.self_use_days.not_set",
                "Tỉnh chưa quy định số ngày tự dùng (TP.HCM ≤ 3 ngày, Hà Nội đến 7 ngày)",
                "Self-use limit not set by the province (HCMC ≤ 3 days, Hà Nội up to 7)",
                "[?] province setting",
            ),
        )
    return PackSuggestion(
        "B",
        compromise is True and _adult(p) is True and p.pregnant is False,
        "Corticoid (dexamethasone 0,5 mg ×12 1 lần/ngày, hoặc methylprednisolone 16 mg 2 lần/ngày,"
        " hoặc prednisolone 5 mg ×8) và chống đông (rivaroxaban 10 mg/ngày hoặc apixaban 2,5 mg"
        " 2 lần/ngày)",
        "Corticosteroid (dexamethasone 0.5 mg ×12 once daily, or methylprednisolone 16 mg twice"
        " daily, or prednisolone 5 mg ×8) and anticoagulant (rivaroxaban 10 mg daily or apixaban"
        " 2.5 mg twice daily)",
        days,
        conds,
        contraindications,
        cautions,
        ("doctor_unreachable", "breastfeeding", "peptic_ulcer", "liver_kidney_failure", "bleeding"),
        PACKS_EVIDENCE,
    )


def _pack_c(p: Patient, severity: str) -> PackSuggestion:
    low, high = MOLNUPIRAVIR_AGES
    age_ok = None if p.age_years is None else low <= p.age_years <= high
    mild = severity == "mild"
    not_pregnant = None if p.pregnant is None else not p.pregnant
    ev = "[C] molnupiravir home programme (10/2021)"
    conds = (
        _cond("mild", mild, "F0 mức độ nhẹ, không viêm phổi, không thiếu oxy", "Mild F0", ev),
        _cond("age_18_65", age_ok, "Từ 18 đến 65 tuổi", "Aged 18 to 65", ev),
        _cond("not_pregnant", not_pregnant, "Không mang thai", "Not pregnant", ev),
    )
    return PackSuggestion(
        "C",
        mild and age_ok is True and not_pregnant is True,
        "Molnupiravir 400 mg (Hà Nội: 20 viên, 2 viên × 2 lần/ngày), chương trình có kiểm soát",
        "Molnupiravir 400 mg (Hà Nội: 20 tablets, 2 tablets twice a day), controlled programme",
        5,
        conds,
        ("pregnant",) if p.pregnant else (),
        (),
        ("signed_consent", "screening", "supervision"),
        ev,
    )


def medicine_packs(
    patient: Patient, *, as_of: dt.date, province: str | None = None
) -> list[PackSuggestion]:
    """Packs A, B and C for one patient, each with its conditions and contraindications."""
    result = triage_one(patient, rules_on(as_of, province), as_of)
    home = result.home_eligible and SEVERITY_RANK[result.severity] <= SEVERITY_RANK["mild"]
    return [
        _pack_a(patient, home, province),
        _pack_b(patient, province),
        _pack_c(patient, result.severity),
    ]
