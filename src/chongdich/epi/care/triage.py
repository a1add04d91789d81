"""Triage of F0 patients: severity, warning signs, home eligibility, tier (QĐ 4111/QĐ-BYT)
and the action for the managing health station (DOMAIN.md §4.2).

- moderate → tier 2, severe or critical → tier 3, action ``transfer``;
- asymptomatic or mild → ``home`` when every home-care criterion is met, else tier 1;
- any warning sign on a patient not already being transferred → ``notify_station`` (QĐ 261:
  notify the station at once; the station decides on escalation);
- not eligible only for want of a value (``*_unknown``) → ``notify_station`` to measure or ask;
  not eligible on a known value → ``transfer`` to a tier-1 facility;
- otherwise ``continue_home``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import gc
import operator
from collections.abc import Iterator, Sequence
from typing import Any

from . import severity, warnings
from .codes import COMORBIDITY_CODES, SEVERITY_RANK, SYMPTOMS
from .homecare import home_eligibility
from .model import CareInputError, Patient, Reason, Triage, input_error
from .rules import DOCUMENTS, QD4111, CareRules, rules_on
from .severity import classify_severity, is_child
from .warnings import warning_signs

_TIER_TEXT = {
    "home": ("Tầng 1: điều trị tại nhà", "Tier 1: care at home"),
    "1": ("Tầng 1: cơ sở thu dung, điều trị F0 không triệu chứng, nhẹ", "Tier 1 facility"),
    "2": ("Tầng 2: điều trị F0 trung bình, nặng", "Tier 2: moderate and severe"),
    "3": ("Tầng 3: hồi sức tích cực, nặng và nguy kịch", "Tier 3: intensive care"),
}
_ACTION_TEXT = {
    "continue_home": (
        "Tiếp tục theo dõi tại nhà, 2 lần/ngày",
        "Continue at home, checks twice a day",
    ),
    "notify_station": ("Báo ngay trạm y tế quản lý", "Notify the managing health station now"),
    "transfer": ("Chuyển lên tuyến điều trị phù hợp", "Transfer to the tier shown"),
}


_TIER_REASONS = {
    tier: Reason(f"tier.{tier}", vi, en, f"[C] {QD4111}") for tier, (vi, en) in _TIER_TEXT.items()
}


@functools.cache
def _action_reason(action: str, warnings_code: str) -> Reason:
    vi, en = _ACTION_TEXT[action]
    tag = "C" if warnings_code == "QD261" else "S"
    return Reason(f"action.{action}", vi, en, f"[{tag}] {DOCUMENTS[warnings_code]}")


def tier_for(severity: str, home_eligible: bool) -> str:
    rank = SEVERITY_RANK[severity]
    if rank >= SEVERITY_RANK["severe"]:
        return "3"
    if rank == SEVERITY_RANK["moderate"]:
        return "2"
    return "home" if home_eligible else "1"


def action_for(severity: str, warnings: Sequence[str], unmet: Sequence[str]) -> str:
    if SEVERITY_RANK[severity] >= SEVERITY_RANK["moderate"]:
        return "transfer"
    if warnings:
        return "notify_station"
    if not unmet:
        return "continue_home"
    if all(code.endswith("_unknown") for code in unmet):
        return "notify_station"
    return "transfer"


def triage_one(p: Patient, rules: CareRules, as_of: dt.date) -> Triage:
    severity, reasons = classify_severity(p, rules.severity)
    warnings = warning_signs(p, rules)
    reasons.extend(warnings.values())
    home = home_eligibility(p, severity, rules.home, rules.severity, rules.warnings, as_of)
    reasons.extend(home.reasons)
    eligible = not home.unmet
    tier = tier_for(severity, eligible)
    action = action_for(severity, list(warnings), home.unmet)
    reasons.append(_TIER_REASONS[tier])
    reasons.append(_action_reason(action, rules.warnings.code))
    return Triage(
        id=p.id,
        severity=severity,
        tier=tier,
        home_eligible=eligible,
        unmet=tuple(home.unmet),
        warnings=tuple(warnings),
        action=action,
        rule_set=rules.label(is_child(p)),
        reasons=tuple(reasons),
    )


def triage(
    patients: Sequence[Patient], *, as_of: dt.date, province: str | None = None
) -> list[Triage]:
    """Triage each patient by the rules in force on ``as_of`` in ``province`` (None: national)."""
    rules = rules_on(as_of, province)
    errors = unknown_codes(patients)
    if errors:
        raise CareInputError(errors)
    with _no_cycle_collection(len(patients) >= GC_PAUSE_FROM):
        return _triage_all(patients, rules, as_of)


def unknown_codes(patients: Sequence[Patient]) -> list[dict[str, str]]:
    """Codes a rule would silently skip (a comorbidity not counted is a risk missed)."""
    errors = []
    for i, p in enumerate(patients):
        for field, known in (("comorbidities", COMORBIDITY_CODES), ("symptoms", SYMPTOMS)):
            for j, code in enumerate(getattr(p, field)):
                if code not in known:
                    errors.append(
                        input_error(
                            f"patients[{i}].{field}[{j}]",
                            "unknown_code",
                            f"Mã không hợp lệ: {code!r} (xem docs/care.md)",
                            f"unknown code {code!r} (see docs/care.md)",
                        )
                    )
    return errors


# A large batch makes tens of thousands of tuples and strings, none in a reference cycle: the
# cycle collector would scan them again and again for nothing (a fifth of the time for 10,000).
GC_PAUSE_FROM = 1000


@contextlib.contextmanager
def _no_cycle_collection(pause: bool) -> Iterator[None]:
    was_enabled = gc.isenabled()
    if pause and was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if pause and was_enabled:
            gc.enable()


def _triage_all(patients: Sequence[Patient], rules: CareRules, as_of: dt.date) -> list[Triage]:
    # Patients alike in every field but the id get the same result: work it out once.
    done: dict[tuple[Any, ...], Triage] = {}
    out = []
    for p in patients:
        key = _signature(p)
        t = done.get(key)
        if t is None:
            t = done[key] = triage_one(p, rules, as_of)
        elif t.id != p.id:
            t = Triage(p.id, *(getattr(t, name) for name in _RESULT_FIELDS))
        out.append(t)
    return out


def clear_caches() -> None:
    """Forget the sub-results kept between calls (severity, warning signs), so that a benchmark
    times a first run; the results do not change."""
    severity.SEVERITY_CACHE.clear()
    warnings.WARNING_CACHE.clear()


_signature = operator.attrgetter(*(f.name for f in dataclasses.fields(Patient) if f.name != "id"))
_RESULT_FIELDS = tuple(f.name for f in dataclasses.fields(Triage) if f.name != "id")
