"""The Bạc Liêu demo's vaccination. Idempotent.

Real: the national doses series (national COVID portal); Bạc Liêu's reported coverage on
31/10/2021, 60.65 % first dose and 15.44 % second dose (seed 002); the doses Chợ Rẫy
(35,000 AstraZeneca, 18,000 Pfizer) and Thống Nhất (5,000 AstraZeneca) hospitals shared
(seed 000), which the logistics demo already received into Bạc Liêu's stock.

Estimated: the populations by age group (2019 census structure applied to each unit's
total), flagged ``is_estimate``. Generated and flagged ``is_demo``: the lot numbers and
expiry dates (the article gives neither) and the doses used from each lot.

Interpretation of seed 002: the article does not name the denominator. In October 2021
provinces reported first- and second-dose rates of the population aged 18 and over (the
campaign's target group then; 12–17 started later in the Mekong Delta), so we record
60.65 % as adults with at least one dose and 15.44 % as adults fully vaccinated. The 50+
indicator is not stated and stays unknown (so QĐ 4800's coverage criterion is not met,
as it would not be at 60.65 % anyway).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel
from chongdich.intake.models import SourceDocument
from chongdich.levels import services as levels
from chongdich.logistics.models import Shipment

from . import services
from .models import Brand, LotSource, NationalDoseDay, ReportedCoverage, VaccineLot

BAC_LIEU = "95"
SEED_000, SEED_002 = "000_7ed0ee890faffc77.txt", "002_d42ad1aa15c9103d.txt"
REPORTED_ON = dt.date(2021, 10, 31)
INTERPRETATION = (
    "Mẫu số không nêu; hiểu là người từ 18 tuổi trở lên (đối tượng tiêm năm 2021) / "
    "denominator not stated; read as people aged 18+"
)
# Donor, brand, doses (seed 000) → the generated lot number, days to expiry, doses used.
DONATED_LOTS = [
    ("Bệnh viện Chợ Rẫy", Brand.ASTRAZENECA, 35_000, "DEMO-CR-AZ-01", 40, 31_500),
    ("Bệnh viện Chợ Rẫy", Brand.PFIZER, 18_000, "DEMO-CR-PF-01", 60, 12_000),
    ("Bệnh viện Thống Nhất", Brand.ASTRAZENECA, 5_000, "DEMO-TN-AZ-01", 40, 4_950),
]


def load_vaccination_demo(*, actor: Any) -> dict[str, Any]:
    report: dict[str, Any] = {}
    if not NationalDoseDay.objects.exists():
        from .management.commands.vaccination import NATIONAL_FILE

        report["national_days"] = services.load_national_series(NATIONAL_FILE, actor=actor)["days"]
    province = AdminUnit.objects.get(
        map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE, code=BAC_LIEU
    )
    report["age_populations"] = services.estimate_age_populations_for(province, actor=actor)
    if not ReportedCoverage.objects.filter(area=province, as_of=REPORTED_ON).exists():
        services.record_reported_coverage(
            province,
            REPORTED_ON,
            adult_first_dose_pct=60.65,
            adult_full_pct=15.44,
            source=SourceDocument.objects.filter(file_name=SEED_002).first(),
            source_note="Thanh Niên, 31/10/2021 (bài 002)",
            interpretation=INTERPRETATION,
            actor=actor,
        )
        report["reported_coverage"] = 1
    report["lots"] = _donated_lots(province, actor)
    # The weekly levels again, now reading coverage from this app (reasons name the source).
    if province.population:
        report["level_weeks"] = len(levels.assess_province_weeks(BAC_LIEU, actor=actor)["weeks"])
    return report


def _donated_lots(province: AdminUnit, actor: Any) -> int:
    document = SourceDocument.objects.filter(file_name=SEED_000).first()
    made = 0
    for donor, brand, doses, lot_number, shelf_days, used in DONATED_LOTS:
        shipment = (
            Shipment.objects.filter(
                area=province,
                offer__donor__name=donor,
                item=services.brand_item(brand),
                quantity=doses,
            )
            .select_related("recipient")
            .first()
        )
        if shipment is None or shipment.received_quantity < doses:
            continue  # the logistics demo did not receive it: nothing to describe
        if VaccineLot.objects.filter(shipment=shipment).exists():
            continue
        received = shipment.received_at.date() if shipment.received_at else REPORTED_ON
        lot = services.receive_vaccine_lot(
            shipment.recipient,
            brand=brand,
            lot_number=lot_number,
            expires_on=received + dt.timedelta(days=shelf_days),
            doses=doses,
            received_on=received,
            source_kind=LotSource.DONATION,
            source_name=donor,
            shipment=shipment,
            document=document,
            is_demo=True,
            actor=actor,
        )
        services.record_lot_use(lot, used=used, wasted=doses // 200, reason="demo", actor=actor)
        made += 1
    return made
