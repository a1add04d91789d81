"""The forecasting part of the Bạc Liêu demo: scenarios, stock in service, one forecast run.

Generated, flagged ``is_demo``: the scenarios' figures and the stock (no public source gives
Bạc Liêu's 2021 plan in numbers; seed 001 says only that cases outgrew it). Real: the daily
counts the forecast is computed from.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from typing import Any

from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel
from chongdich.geo.reference import DATA_DIR
from chongdich.surveillance.services import import_daily_counts

from . import services

BAC_LIEU = "95"
# The demo's day: the individual demo cases are made from 31/10/2021's real total.
DEMO_AS_OF = dt.date(2021, 10, 31)
DEMO_SCENARIOS = [
    # name, concurrent F0, tier-1 beds, tier-2 beds, ICU beds, ventilators, concentrators, staff
    ("Kịch bản 1: 1.000 F0", 1000, 700, 250, 30, 20, 120, 400, False),
    ("Kịch bản 2: 3.000 F0", 3000, 2000, 600, 60, 40, 300, 900, True),
    ("Kịch bản 3: 5.000 F0", 5000, 3500, 1000, 100, 70, 500, 1500, False),
]


NATIONAL_COUNTS = "vn_covid_province_daily_ncsc_2021-05-01_2022-01-22.csv"


def load_national_counts(*, actor: Any) -> int:
    """The other 62 provinces' real daily counts (national portal) for the national table.

    Bạc Liêu's own counts come from the main demo loader, from September 2021."""
    rows: dict[str, list[tuple[dt.date, int, int | None]]] = defaultdict(list)
    with (DATA_DIR / NATIONAL_COUNTS).open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["gso_code"] == BAC_LIEU or r["new_cases"] == "":
                continue
            deaths = int(r["new_deaths"]) if r["new_deaths"] else None
            rows[r["gso_code"]].append(
                (dt.date.fromisoformat(r["date"]), int(r["new_cases"]), deaths)
            )
    provinces = {
        p.code: p
        for p in AdminUnit.objects.filter(map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE)
    }
    for code, series in rows.items():
        import_daily_counts(provinces[code], series, source="ncsc", actor=actor)
    return len(rows)


def load_forecasting_demo(*, actor: Any) -> dict[str, Any]:
    province = AdminUnit.objects.get(
        map_version=MapVersion.LEGACY, level=UnitLevel.PROVINCE, code=BAC_LIEU
    )
    for name, cases, t1, t2, icu, vent, conc, staff, active in DEMO_SCENARIOS:
        services.record_scenario(
            province,
            name=name,
            concurrent_cases=cases,
            is_active=active,
            is_demo=True,
            tier1_beds=t1,
            tier2_beds=t2,
            icu_beds=icu,
            ventilators=vent,
            oxygen_concentrators=conc,
            staff=staff,
            actor=actor,
        )
    services.set_demand_settings(
        province,
        oxygen_concentrators=250,
        ventilators=35,
        staff=800,
        oxygen_supply_lpm=8000,
        is_demo=True,
        actor=actor,
    )
    provinces = load_national_counts(actor=actor)
    result = services.recompute_forecasts(actor=actor, as_of=DEMO_AS_OF)
    return {"provinces_with_counts": provinces + 1, **result}
