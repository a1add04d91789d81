"""The Bạc Liêu demo: the reported 60.65 % / 15.44 % of 31/10/2021 is the coverage the
levels use, and the hospitals' shared doses are lots of the support ledger's shipments."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import call_command

from chongdich.geo.models import AdminUnit
from chongdich.levels.models import LevelAssessment
from chongdich.logistics.models import StockLevel
from chongdich.vaccination import queries
from chongdich.vaccination.models import AgePopulation, NationalDoseDay, VaccineLot

pytestmark = pytest.mark.django_db


def test_the_demo_sets_bac_lieus_coverage_and_its_donated_lots() -> None:
    out = StringIO()
    call_command("demo", "--format", "json", stdout=out)
    report = json.loads(out.getvalue())["vaccination"]
    assert report["lots"] == 3 and report["reported_coverage"] == 1
    province = AdminUnit.objects.get(map_version="legacy", level="province", code="95")
    cov = queries.coverage_for([province], [dt.date(2021, 10, 31)])[province.pk][0]
    assert (cov.kind, cov.values["adult_first_dose_pct"], cov.values["adult_full_pct"]) == (
        "reported",
        60.65,
        15.44,
    )
    assert "Bình Dương chia sẻ kinh nghiệm" in cov.source  # seed 002's title
    week = LevelAssessment.objects.get(area=province, as_of=dt.date(2021, 11, 5))
    assert week.inputs["adult_first_dose_pct"] == 60.65 and not week.coverage_met
    assert any(
        r.startswith("Độ bao phủ vắc xin: tỷ lệ địa phương báo cáo") for r in week.reasons_vi
    )
    lots = {(lot.source_name, lot.brand): lot for lot in VaccineLot.objects.all()}
    assert {k: v.doses_received for k, v in lots.items()} == {
        ("Bệnh viện Chợ Rẫy", "astrazeneca"): 35_000,
        ("Bệnh viện Chợ Rẫy", "pfizer"): 18_000,
        ("Bệnh viện Thống Nhất", "astrazeneca"): 5_000,
    }
    assert all(lot.shipment_id and lot.doses_used > 0 and lot.is_demo for lot in lots.values())
    # The ledger holds what the lots have left: 58,000 received, minus used and wasted.
    held = sum(
        StockLevel.objects.filter(
            holder=lots[("Bệnh viện Chợ Rẫy", "pfizer")].holder,
            item__in=["vaccine_astrazeneca", "vaccine_pfizer"],
        ).values_list("quantity", flat=True)
    )
    assert held == sum(lot.doses_left for lot in lots.values())
    assert AgePopulation.objects.filter(area=province, is_estimate=True).count() == 5
    assert NationalDoseDay.objects.count() == 132
    again = StringIO()
    call_command("demo", "--format", "json", stdout=again)
    assert VaccineLot.objects.count() == 3
