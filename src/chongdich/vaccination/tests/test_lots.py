"""Vaccine lots are logistics stock: received, used, wasted, passed on to a district."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit
from chongdich.logistics import services as logistics
from chongdich.logistics.models import StockLevel, StockMovement
from chongdich.vaccination import queries, services
from chongdich.vaccination.models import VaccineLot

pytestmark = pytest.mark.django_db
RECEIVED = dt.date(2021, 11, 1)


def _stock(holder: Any, item: str) -> int:
    row = StockLevel.objects.filter(holder=holder, item=item).first()
    return row.quantity if row else 0


@pytest.fixture
def store(system: Any, baclieu: Any) -> Any:
    return logistics.province_holder(baclieu, actor=system)


def _lot(store: Any, actor: Any, **kwargs: Any) -> VaccineLot:
    args: dict[str, Any] = {
        "brand": "astrazeneca",
        "lot_number": "ABV1234",
        "expires_on": dt.date(2021, 12, 31),
        "doses": 1000,
        "received_on": RECEIVED,
        "source_kind": "ministry",
        "source_name": "Bộ Y tế",
    }
    args.update(kwargs)
    return services.receive_vaccine_lot(store, actor=actor, **args)


def test_a_lot_enters_stock_and_its_use_and_waste_leave_it(
    baclieu_officer: Any, store: Any
) -> None:
    lot = _lot(store, baclieu_officer)
    assert _stock(store, "vaccine_astrazeneca") == 1000
    lot = services.record_lot_use(lot, used=700, wasted=10, actor=baclieu_officer)
    assert (lot.doses_used, lot.doses_wasted, lot.doses_left) == (700, 10, 290)
    assert _stock(store, "vaccine_astrazeneca") == 290
    kinds = set(StockMovement.objects.filter(stock__holder=store).values_list("kind", flat=True))
    assert kinds == {"receipt", "use", "loss"}
    with pytest.raises(ServiceError) as caught:
        services.record_lot_use(lot, used=291, actor=baclieu_officer)
    assert caught.value.code == "conflict"
    assert _stock(store, "vaccine_astrazeneca") == 290
    with pytest.raises(ServiceError):
        _lot(store, baclieu_officer)  # the same lot number twice


def test_a_donated_shipment_becomes_a_lot_without_counting_its_doses_twice(
    system: Any, baclieu: Any, store: Any
) -> None:
    offer = logistics.create_offer(
        donor_name="Bệnh viện Chợ Rẫy",
        item="vaccine_pfizer",
        quantity=18_000,
        recipients=[baclieu],
        actor=system,
    )
    shipment = logistics.ship_directly(offer, baclieu, 18_000, actor=system)
    logistics.dispatch_shipment(shipment, actor=system)
    logistics.receive_shipment(shipment, 18_000, actor=system)
    lot = _lot(
        store, system, brand="pfizer", lot_number="FK1234", doses=18_000,
        source_kind="donation", source_name="Bệnh viện Chợ Rẫy", shipment=shipment,
    )  # fmt: skip
    assert _stock(store, "vaccine_pfizer") == 18_000
    assert lot.shipment == shipment
    with pytest.raises(ServiceError):  # more lots than the shipment brought
        _lot(store, system, brand="pfizer", lot_number="FK9999", doses=1, shipment=shipment)
    with pytest.raises(ServiceError):  # the shipment brought Pfizer, not AstraZeneca
        _lot(store, system, lot_number="X", doses=1, shipment=shipment)


def test_doses_passed_to_a_district_move_in_the_ledger(
    baclieu_officer: Any, store: Any, baclieu: Any
) -> None:
    lot = _lot(store, baclieu_officer)
    district = AdminUnit.objects.get(province=baclieu, level="district", code="959")
    child = services.allocate_lot_doses(lot, district, 400, actor=baclieu_officer)
    lot.refresh_from_db()
    assert (lot.doses_passed_on, lot.doses_left) == (400, 600)
    assert (child.parent, child.lot_number, child.doses_received, child.area) == (
        lot, "ABV1234", 400, district,
    )  # fmt: skip
    assert _stock(store, "vaccine_astrazeneca") == 600
    assert _stock(child.holder, "vaccine_astrazeneca") == 400
    with pytest.raises(ServiceError):
        services.allocate_lot_doses(lot, district, 601, actor=baclieu_officer)


def test_another_province_cannot_touch_the_lot(camau_officer: Any, system: Any, store: Any) -> None:
    lot = _lot(store, system)
    with pytest.raises(ServiceError) as caught:
        services.record_lot_use(lot, used=1, actor=camau_officer)
    assert caught.value.code == "forbidden"
    with pytest.raises(ServiceError):
        _lot(store, camau_officer, lot_number="OTHER")


def test_expiry_warnings(system: Any, store: Any) -> None:
    lot = _lot(store, system, expires_on=dt.date(2021, 11, 20))
    assert queries.expires_soon(lot, today=dt.date(2021, 11, 1))
    assert not queries.expires_soon(lot, today=dt.date(2021, 10, 1))
    lot = services.record_lot_use(lot, used=1000, actor=system)
    assert not queries.expires_soon(lot, today=dt.date(2021, 11, 1))  # nothing left to lose
    with pytest.raises(ServiceError):
        _lot(store, system, lot_number="OLD", expires_on=RECEIVED - dt.timedelta(days=1))
