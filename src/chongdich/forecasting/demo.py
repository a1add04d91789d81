"""The forecasting part of the Bạc Liêu demo: scenarios, stock in service, one forecast run.

Generated, flagged ``is_demo``: the scenarios' figures and the stock (no public source gives
Bạc Liêu's 2021 plan in numbers; seed 001 says only that cases outgrew it). Real: the daily
counts the forecast is computed from.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel

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
        province, oxygen_concentrators=250, ventilators=35, staff=800, is_demo=True, actor=actor
    )
    return services.recompute_forecasts(actor=actor, as_of=DEMO_AS_OF, province_code=BAC_LIEU)
