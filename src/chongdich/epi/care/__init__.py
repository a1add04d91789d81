"""Care rules for F0 patients (no Django): clinical severity, warning signs, home-care
eligibility, treatment tier, medicine packs, F0 risk groups and the end of isolation, each by
the document in force on a date and with evidence tags (DOMAIN.md §2–5, docs/care.md)."""

from __future__ import annotations

from .isolation import IsolationEnd, isolation_end
from .medicines import PackSuggestion, medicine_packs
from .model import CareInputError, Patient, Reason, Triage
from .parse import parse_patients
from .risk import RiskGroup, risk_group
from .triage import triage

__all__ = [
    "CareInputError",
    "IsolationEnd",
    "PackSuggestion",
    "Patient",
    "Reason",
    "RiskGroup",
    "Triage",
    "isolation_end",
    "medicine_packs",
    "parse_patients",
    "risk_group",
    "triage",
]
