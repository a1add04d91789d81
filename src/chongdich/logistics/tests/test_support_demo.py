"""The demo replays the seeds' support as records, each linked to its article."""

from __future__ import annotations

from typing import Any

import pytest

from chongdich.logistics.models import Deployment, Shipment, StockLevel


@pytest.fixture
def demo(system: Any) -> Any:
    from chongdich.demo_data import load_demo

    load_demo(actor=system)
    load_demo(actor=system)  # idempotent
    return system


def test_seed_gifts_go_from_pledge_to_receipt_with_their_source(demo: Any) -> None:
    shipments = Shipment.objects.select_related("offer__donor", "source")
    assert all(s.status == "received" and s.source is not None for s in shipments)
    given = {(s.offer.donor.name, s.item): s.quantity for s in shipments}
    assert given[("Bệnh viện Chợ Rẫy", "vaccine_astrazeneca")] == 35_000
    assert given[("Bệnh viện Chợ Rẫy", "vaccine_pfizer")] == 18_000
    assert given[("Bệnh viện Thống Nhất", "vaccine_astrazeneca")] == 5_000
    assert given[("Bình Dương", "oxygen_concentrator")] == 100
    # Two articles report Bình Dương's 3 billion VND: one gift, not two.
    assert [s.quantity for s in shipments if s.item == "money_vnd"] == [3_000_000_000]
    o2 = StockLevel.objects.get(holder__name="Tỉnh Bạc Liêu", item="oxygen_concentrator")
    assert o2.quantity == 100


def test_seed_staff_become_deployments(demo: Any) -> None:
    teams = {d.origin: d for d in Deployment.objects.prefetch_related("members")}
    assert teams["Hải Phòng"].headcount == 18
    assert teams["Hải Phòng"].area.name == "Tỉnh Bắc Giang"
    assert teams["Bệnh viện Chợ Rẫy"].until_controlled
    assert teams["Bệnh viện Nguyễn Tri Phương"].headcount == 12
