"""The care contract's records: a patient in, a triage out, and the error of bad input.

``None`` in a patient field means "not known". A rule never reads a missing measurement as
normal: it reports the value as unknown and the patient cannot be kept at home on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple


@dataclass(frozen=True, slots=True)
class Patient:
    id: str
    age_years: int | None = None
    age_months: int | None = None  # for children under 1
    pregnant: bool | None = None
    obese: bool | None = None
    comorbidities: tuple[str, ...] = ()
    comorbidities_stable: bool | None = None
    doses: int | None = None
    last_dose_on: dt.date | None = None
    respiratory_rate: float | None = None
    spo2: float | None = None
    pulse: float | None = None
    systolic: float | None = None
    diastolic: float | None = None
    symptoms: tuple[str, ...] = ()
    can_self_care: bool | None = None
    has_phone: bool | None = None
    has_caregiver: bool | None = None

    def age_in_months(self) -> int | None:
        """Age in whole months; None when not known (an infant without months is unknown)."""
        if self.age_years is None:
            return self.age_months
        if self.age_years == 0:
            return self.age_months
        return self.age_years * 12 + (self.age_months or 0)


class Reason(NamedTuple):
    """One finding behind a result (a named tuple: thousands are made per triage run)."""

    code: str
    vi: str
    en: str
    evidence: str  # "[C] QĐ 4689/QĐ-BYT (06/10/2021)": the tag, then the document

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "vi": self.vi, "en": self.en, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Triage:
    id: str
    severity: str
    tier: str
    home_eligible: bool
    unmet: tuple[str, ...]
    warnings: tuple[str, ...]
    action: str
    rule_set: str
    reasons: tuple[Reason, ...]

    def as_dict(self) -> dict[str, Any]:
        """The contract's per-patient object (docs/care.md)."""
        return {
            "id": self.id,
            "severity": self.severity,
            "tier": self.tier,
            "home_eligible": self.home_eligible,
            "unmet": list(self.unmet),
            "warnings": list(self.warnings),
            "action": self.action,
            "rule_set": self.rule_set,
            "reasons": [r.as_dict() for r in self.reasons],
        }


class CareInputError(ValueError):
    """Input that cannot be triaged. ``errors``: {path, code, message_vi, message_en} each."""

    def __init__(self, errors: list[dict[str, str]]) -> None:
        super().__init__("; ".join(f"{e['path']}: {e['message_en']}" for e in errors))
        self.errors = errors


def input_error(path: str, code: str, vi: str, en: str) -> dict[str, str]:
    return {"path": path, "code": code, "message_vi": vi, "message_en": en}
