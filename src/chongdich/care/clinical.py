"""The bridge to the clinical rules of ``chongdich.epi.care``: a check-in and its case make a
``Patient``; the rules (not this app) say severity, warning signs, tier and action."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from chongdich.epi.care import CareInputError, Patient, triage
from chongdich.epi.care.codes import WARNINGS, contract_comorbidity
from chongdich.epi.referral import BED_FOR_SEVERITY

NOT_ASSESSED = "not_assessed"
# The rules cover 21/08/2021 to 25/06/2023 (epi/care/rules.py); outside them a check-in is
# stored unassessed and raises an alert for review, never judged by borrowed thresholds.
NO_RULES_IN_FORCE = frozenset({"before_rules", "after_rules"})


@dataclass(frozen=True)
class Assessment:
    severity: str
    tier: str  # "home", "1", "2", "3"
    warnings: tuple[str, ...]
    action: str  # continue_home, notify_station, transfer, not_assessed
    rule_set: str

    @property
    def needs_review(self) -> bool:
        """No rule set in force on the day: a clinician reads the measurements (ADR 0090)."""
        return self.action == NOT_ASSESSED

    @property
    def bed_type(self) -> str:
        return BED_FOR_SEVERITY[self.severity]

    @property
    def referral_tier(self) -> int:
        # A patient sent to hospital from home needs at least a tier-1 bed.
        return 1 if self.tier == "home" else int(self.tier)


def _province_code(case: Any) -> str | None:
    commune = case.commune
    province = commune.province if commune.province_id else None
    return province.code if province is not None else None


def assess(episode: Any, values: dict[str, Any], as_of: dt.date) -> Assessment:
    """Triage one check-in of an episode's case by the rules in force on ``as_of`` in its
    province, with the home conditions recorded on the episode."""
    case = episode.case
    # No dose recorded on the line list means "not known", not "unvaccinated".
    doses = len(case.doses) if isinstance(case.doses, list) and case.doses else None
    last_dose = None
    if doses:
        try:
            last_dose = dt.date.fromisoformat(case.doses[-1].get("on") or "")
        except (AttributeError, TypeError, ValueError):
            last_dose = None
    comorbidities = tuple(
        sorted({c for c in map(contract_comorbidity, case.comorbidities or []) if c})
    )
    patient = Patient(
        id=str(case.pk),
        age_years=(as_of.year - case.birth_year) if case.birth_year else None,
        pregnant=case.is_pregnant,
        comorbidities=comorbidities,
        doses=doses,
        last_dose_on=last_dose,
        spo2=values.get("spo2"),
        pulse=values.get("pulse"),
        respiratory_rate=values.get("respiratory_rate"),
        symptoms=tuple(values.get("symptoms") or ()),
        can_self_care=episode.can_self_care,
        has_phone=episode.has_phone,
        has_caregiver=episode.has_caregiver,
    )
    try:
        result = triage([patient], as_of=as_of, province=_province_code(case))[0]
    except CareInputError as exc:
        if exc.errors and {e["code"] for e in exc.errors} <= NO_RULES_IN_FORCE:
            # No rule set for this date: keep the measurements, assess nothing.
            return Assessment("", "", (), NOT_ASSESSED, "")
        from chongdich.errors import ErrorCode, ServiceError

        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            exc.errors[0]["message_vi"] if exc.errors else str(exc),
            details=exc.errors,
        ) from exc
    return Assessment(
        result.severity, result.tier, tuple(result.warnings), result.action, result.rule_set
    )


def warning_label(code: str, language: str = "vi") -> str:
    vi, en = WARNINGS.get(code, (code, code))
    return vi if language.startswith("vi") else en
