"""Shared patients and dates for the care rule tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from chongdich.epi.care import Patient, Triage, triage

# A date in each period: QĐ 4038 era (QĐ 4689 and 5155 in force), QĐ 261 before QĐ 528, after.
ON_4038 = dt.date(2021, 12, 1)
ON_261 = dt.date(2022, 2, 10)
ON_528 = dt.date(2022, 3, 10)

ADULT = Patient(
    id="adult",
    age_years=30,
    pregnant=False,
    obese=False,
    doses=2,
    last_dose_on=dt.date(2021, 9, 1),
    respiratory_rate=16,
    spo2=98,
    pulse=80,
    systolic=120,
    diastolic=80,
    can_self_care=True,
    has_phone=True,
)


def child(age_years: int | None, age_months: int | None = None, **kw: Any) -> Patient:
    base = dataclasses.replace(
        ADULT, id="child", age_years=age_years, age_months=age_months, doses=0, last_dose_on=None
    )
    kw.setdefault("respiratory_rate", 20)
    return dataclasses.replace(base, **kw)


def one(p: Patient, on: dt.date = ON_261, province: str | None = None) -> Triage:
    return triage([p], as_of=on, province=province)[0]


def adult(**kw: Any) -> Patient:
    return dataclasses.replace(ADULT, **kw)
