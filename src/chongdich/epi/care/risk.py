"""F0 risk groups (phân loại nguy cơ): QĐ 3646/QĐ-BYT (31/07/2021), replaced by QĐ 5525/QĐ-BYT
(01/12/2021) (DOMAIN.md §5.1).

Only the green (low-risk) criteria of QĐ 3646 were retrieved [C]. Yellow, orange and red, and
every criterion of QĐ 5525, were not [?]: a patient not proven green is ``unknown`` and the
province is asked to configure the rest, rather than given an invented colour.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .homecare import comorbidities_of
from .model import Patient, Reason

QD3646 = "QĐ 3646/QĐ-BYT (31/07/2021)"
QD5525 = "QĐ 5525/QĐ-BYT (01/12/2021)"
QD3646_FROM = dt.date(2021, 7, 31)
QD5525_FROM = dt.date(2021, 12, 1)
GREEN_MAX_AGE = 45  # age ≤ 45 with no comorbidity [C]
GREEN_DOSE_DAYS = 12  # 2 doses, the second ≥ 12 days before the positive test [C]
GREEN_SPO2_FROM = 97  # no abnormal signs with SpO₂ ≥ 97 % [C]
GROUPS = ("green", "yellow", "orange", "red", "unknown")


@dataclass(frozen=True)
class RiskGroup:
    group: str
    rule: str
    reasons: tuple[Reason, ...]


def risk_group(p: Patient, *, as_of: dt.date, positive_on: dt.date | None = None) -> RiskGroup:
    """The colour group, ``unknown`` where the criteria were not found."""
    if as_of < QD3646_FROM:
        raise ValueError(f"no risk-group rule before {QD3646_FROM.isoformat()}")
    if as_of >= QD5525_FROM:
        return RiskGroup(
            "unknown",
            "QD5525",
            (
                Reason(
                    "risk.criteria_not_found",
                    "Tiêu chí 4 nhóm nguy cơ của QĐ 5525 chưa được thu thập; tỉnh cần cấu hình",
                    "QĐ 5525's criteria for the 4 groups were not retrieved; the province must "
                    "configure them",
                    f"[?] {QD5525}",
                ),
            ),
        )
    ev = f"[C] {QD3646}"
    reasons = []
    if p.age_years is not None and p.age_years <= GREEN_MAX_AGE and not comorbidities_of(p):
        reasons.append(
            Reason(
                "risk.green_age",
                f"Dưới hoặc bằng 45 tuổi ({p.age_years}), không bệnh nền",
                f"Aged 45 or under ({p.age_years}), no comorbidity",
                ev,
            )
        )
    test_day = positive_on or as_of
    if (
        p.doses is not None
        and p.doses >= 2
        and p.last_dose_on is not None
        and (test_day - p.last_dose_on).days >= GREEN_DOSE_DAYS
    ):
        reasons.append(
            Reason(
                "risk.green_vaccinated",
                "Tiêm đủ 2 mũi, mũi 2 ít nhất 12 ngày trước khi dương tính",
                "Two doses, the second at least 12 days before the positive test",
                ev,
            )
        )
    if p.spo2 is not None and p.spo2 >= GREEN_SPO2_FROM and not p.symptoms:
        reasons.append(
            Reason(
                "risk.green_spo2",
                f"Không có dấu hiệu bất thường, SpO₂ {p.spo2:g} % ≥ 97 %",
                f"No abnormal signs, SpO₂ {p.spo2:g} % ≥ 97 %",
                ev,
            )
        )
    if reasons:
        return RiskGroup("green", "QD3646", tuple(reasons))
    return RiskGroup(
        "unknown",
        "QD3646",
        (
            Reason(
                "risk.not_green",
                "Không thuộc nhóm xanh; tiêu chí nhóm vàng, cam, đỏ chưa được thu thập",
                "Not green; the yellow, orange and red criteria were not retrieved",
                f"[?] {QD3646}",
            ),
        ),
    )
