"""Issue 6's flow: Bạc Liêu raises a need, a donor offers, the Ministry allocates, the
donor ships, Bạc Liêu receives, and its stock goes up."""

from __future__ import annotations

from typing import Any

import pytest

from chongdich.errors import ErrorCode, ServiceError
from chongdich.logistics import services
from chongdich.logistics.models import (
    Allocation,
    NeedStatus,
    Shipment,
    ShipmentStatus,
    StockLevel,
)
from conftest import legacy


def test_a_need_is_allocated_shipped_and_received_into_stock(
    baclieu: Any, baclieu_officer: Any, donor: Any, national_coordinator: Any
) -> None:
    need = services.raise_need(
        baclieu, "oxygen_concentrator", 100, 5, reason="F0 on oxygen doubled", actor=baclieu_officer
    )
    offer = services.create_offer(
        donor_name="Bình Dương",
        donor_kind="province",
        donor_area=legacy("province", "74"),
        item="oxygen_concentrator",
        quantity=100,
        actor=donor,
    )
    [allocation] = services.allocate_offers(actor=national_coordinator)
    assert (allocation.offer, allocation.need, allocation.quantity) == (offer, need, 100)
    assert "urgency 5" in allocation.explanation and "km" in allocation.explanation
    need.refresh_from_db()
    assert need.status == NeedStatus.COVERED

    shipment = Shipment.objects.get(allocation=allocation)
    assert shipment.status == ShipmentStatus.PLEDGED
    services.dispatch_shipment(shipment, actor=donor)
    services.receive_shipment(shipment, 90, note="10 held at the port", actor=baclieu_officer)
    shipment.refresh_from_db()
    assert shipment.status == ShipmentStatus.PARTIALLY_RECEIVED
    assert shipment.discrepancy_note == "10 held at the port"
    services.receive_shipment(shipment, 10, actor=baclieu_officer)
    shipment.refresh_from_db()
    assert shipment.status == ShipmentStatus.RECEIVED
    stock = StockLevel.objects.get(holder=shipment.recipient, item="oxygen_concentrator")
    assert stock.quantity == 100
    assert [m.change for m in stock.movements.order_by("id")] == [90, 10]


def test_a_named_recipient_keeps_an_offer_from_others(
    baclieu: Any, camau: Any, baclieu_officer: Any, camau_officer: Any, national_coordinator: Any
) -> None:
    services.raise_need(baclieu, "ventilator", 5, 5, actor=baclieu_officer)
    camau_need = services.raise_need(camau, "ventilator", 5, 1, actor=camau_officer)
    services.create_offer(
        donor_name="Chợ Rẫy",
        donor_kind="hospital",
        item="ventilator",
        quantity=5,
        recipients=[camau],
        actor=national_coordinator,
    )
    [allocation] = services.allocate_offers(actor=national_coordinator)
    assert allocation.need == camau_need


def test_an_offer_outside_its_dates_is_not_allocated(
    baclieu: Any, baclieu_officer: Any, national_coordinator: Any
) -> None:
    import datetime as dt

    services.raise_need(baclieu, "ppe", 500, 3, actor=baclieu_officer)
    services.create_offer(
        donor_name="Công ty X",
        donor_kind="company",
        item="ppe",
        quantity=500,
        available_until=dt.date(2021, 10, 1),
        actor=national_coordinator,
    )
    assert services.allocate_offers(actor=national_coordinator, today=dt.date(2021, 11, 2)) == []


def test_an_override_needs_a_reason_and_cannot_exceed_the_offer(
    baclieu: Any, baclieu_officer: Any, national_coordinator: Any
) -> None:
    need = services.raise_need(baclieu, "hfnc", 10, 2, actor=baclieu_officer)
    offer = services.create_offer(
        donor_name="Viettel",
        donor_kind="company",
        item="hfnc",
        quantity=6,
        actor=national_coordinator,
    )
    with pytest.raises(ServiceError) as refused:
        services.allocate_manually(offer, need, 3, reason=" ", actor=national_coordinator)
    assert refused.value.code == ErrorCode.INVALID_INPUT
    done = services.allocate_manually(
        offer, need, 6, reason="Cà Mau hospital has no oxygen pipe", actor=national_coordinator
    )
    assert done.is_override and done.override_reason
    with pytest.raises(ServiceError) as refused:
        services.allocate_manually(offer, need, 1, reason="again", actor=national_coordinator)
    assert refused.value.code == ErrorCode.CONFLICT


def test_a_stale_read_cannot_over_allocate(
    baclieu: Any, camau: Any, baclieu_officer: Any, camau_officer: Any, national_coordinator: Any
) -> None:
    """The limit is checked by the database UPDATE, not by what Python read earlier."""
    offer = services.create_offer(
        donor_name="Bình Dương", item="ventilator", quantity=15, actor=national_coordinator
    )
    a = services.raise_need(baclieu, "ventilator", 10, 5, actor=baclieu_officer)
    b = services.raise_need(camau, "ventilator", 10, 5, actor=camau_officer)
    stale = type(offer).objects.get(pk=offer.pk)  # read before anyone allocates
    services.allocate_manually(offer, a, 10, reason="first", actor=national_coordinator)
    with pytest.raises(ServiceError):
        services.allocate_manually(stale, b, 10, reason="second", actor=national_coordinator)
    offer.refresh_from_db()
    assert offer.allocated_quantity == 10
    assert Allocation.objects.filter(offer=offer).count() == 1


@pytest.mark.parametrize("who", ["baclieu_officer", "donor", "anonymous"])
def test_only_a_coordinator_allocates(request: Any, who: str, baclieu: Any) -> None:
    from django.contrib.auth.models import AnonymousUser

    actor = AnonymousUser() if who == "anonymous" else request.getfixturevalue(who)
    with pytest.raises(ServiceError) as refused:
        services.allocate_offers(actor=actor)
    assert refused.value.code in (ErrorCode.FORBIDDEN, ErrorCode.NOT_AUTHENTICATED)


def test_a_province_cannot_raise_needs_or_receive_for_another(
    camau: Any, baclieu_officer: Any
) -> None:
    with pytest.raises(ServiceError) as refused:
        services.raise_need(camau, "ppe", 10, 3, actor=baclieu_officer)
    assert refused.value.code == ErrorCode.FORBIDDEN


@pytest.mark.parametrize(
    ("item", "quantity", "urgency"),
    [("unicorn", 5, 3), ("ppe", 0, 3), ("ppe", -4, 3), ("ppe", 5, 0), ("ppe", 5, 6)],
)
def test_bad_needs_are_refused(
    baclieu: Any, baclieu_officer: Any, item: str, quantity: int, urgency: int
) -> None:
    with pytest.raises(ServiceError) as refused:
        services.raise_need(baclieu, item, quantity, urgency, actor=baclieu_officer)
    assert refused.value.code == ErrorCode.INVALID_INPUT


def test_lent_durables_go_back_consumables_do_not(
    baclieu: Any, baclieu_officer: Any, national_coordinator: Any
) -> None:
    reserve = services.holder_for(
        kind="national_reserve", name="Kho dự trữ quốc gia", actor=national_coordinator
    )
    services.record_stock_movement(reserve, "ventilator", "receipt", 20, actor=national_coordinator)
    need = services.raise_need(baclieu, "ventilator", 4, 4, actor=baclieu_officer)
    offer = services.create_offer(
        donor_name="Kho dự trữ quốc gia",
        donor_kind="national_reserve",
        item="ventilator",
        quantity=4,
        actor=national_coordinator,
    )
    allocation = services.allocate_manually(
        offer, need, 4, reason="loan", actor=national_coordinator
    )
    shipment = allocation.shipment
    services.dispatch_shipment(shipment, actor=national_coordinator)
    assert StockLevel.objects.get(holder=reserve, item="ventilator").quantity == 16
    services.receive_shipment(shipment, 4, actor=baclieu_officer)
    services.return_shipment(shipment, 4, actor=baclieu_officer)
    shipment.refresh_from_db()
    assert shipment.status == ShipmentStatus.RETURNED
    assert StockLevel.objects.get(holder=reserve, item="ventilator").quantity == 20
    assert StockLevel.objects.get(holder=shipment.recipient, item="ventilator").quantity == 0


def test_stock_never_goes_below_zero(baclieu_stock: Any, baclieu_officer: Any) -> None:
    services.record_stock_movement(
        baclieu_stock, "oxygen_cylinder", "receipt", 30, actor=baclieu_officer
    )
    with pytest.raises(ServiceError) as refused:
        services.record_stock_movement(
            baclieu_stock, "oxygen_cylinder", "use", 31, actor=baclieu_officer
        )
    assert refused.value.code == ErrorCode.CONFLICT
    assert StockLevel.objects.get(holder=baclieu_stock, item="oxygen_cylinder").quantity == 30


def test_a_stock_gap_becomes_a_suggested_need(
    baclieu: Any, baclieu_stock: Any, baclieu_officer: Any
) -> None:
    services.record_stock_movement(
        baclieu_stock, "oxygen_cylinder", "receipt", 100, actor=baclieu_officer
    )
    services.record_stock_movement(
        baclieu_stock, "oxygen_cylinder", "use", 70, actor=baclieu_officer
    )
    # 70 used in the last week: 10 a day, 30 left = 3 days of supply; 14 days' cover is 140.
    [need] = services.suggest_needs(baclieu, actor=baclieu_officer)
    assert (need.item, need.quantity, need.urgency, need.is_suggested) == (
        "oxygen_cylinder",
        110,
        4,
        True,
    )
    assert services.suggest_needs(baclieu, actor=baclieu_officer) == []  # not twice


def test_a_relieving_team_ends_the_first_deployment(
    baclieu: Any, national_coordinator: Any
) -> None:
    import datetime as dt

    first = services.deploy_team(
        team_name="Đoàn Chợ Rẫy 1",
        origin="Bệnh viện Chợ Rẫy",
        area=baclieu,
        members=[("doctor", 4, "ICU"), ("nurse", 8, "")],
        starts_on=dt.date(2021, 11, 1),
        until_controlled=True,
        actor=national_coordinator,
    )
    assert first.headcount == 12
    services.deploy_team(
        team_name="Đoàn Chợ Rẫy 2",
        origin="Bệnh viện Chợ Rẫy",
        area=baclieu,
        members=[("doctor", 4, "ICU")],
        starts_on=dt.date(2021, 11, 20),
        replaces=first,
        actor=national_coordinator,
    )
    first.refresh_from_db()
    assert (first.status, first.ended_on) == ("returned", dt.date(2021, 11, 20))


def test_a_transfer_moves_stock_between_holders_and_is_audited(
    baclieu: Any, camau: Any, baclieu_officer: Any, national_coordinator: Any
) -> None:
    from chongdich.accounts.models import AuditEvent

    source = services.province_holder(baclieu, actor=national_coordinator)
    target = services.province_holder(camau, actor=national_coordinator)
    services.record_stock_movement(source, "spo2_meter", "receipt", 50, actor=baclieu_officer)
    services.transfer_stock(source, target, "spo2_meter", 20, actor=baclieu_officer)
    assert StockLevel.objects.get(holder=source, item="spo2_meter").quantity == 30
    assert StockLevel.objects.get(holder=target, item="spo2_meter").quantity == 20
    with pytest.raises(ServiceError):
        services.transfer_stock(source, target, "spo2_meter", 31, actor=baclieu_officer)
    with pytest.raises(ServiceError) as refused:  # Cà Mau's stock is not Bạc Liêu's to move
        services.transfer_stock(target, source, "spo2_meter", 5, actor=baclieu_officer)
    assert refused.value.code == ErrorCode.FORBIDDEN
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"logistics.stock_transfer_out", "logistics.stock_transfer_in"} <= actions


def test_every_allocation_is_audited_with_its_reason(
    baclieu: Any, baclieu_officer: Any, national_coordinator: Any
) -> None:
    from chongdich.accounts.models import AuditEvent

    services.raise_need(baclieu, "ppe", 100, 3, actor=baclieu_officer)
    services.create_offer(
        donor_name="Vingroup",
        donor_kind="company",
        item="ppe",
        quantity=100,
        actor=national_coordinator,
    )
    [allocation] = services.allocate_offers(actor=national_coordinator)
    event = AuditEvent.objects.get(action="logistics.allocate")
    assert event.after["why"] == allocation.explanation == "urgency 3"
    assert str(allocation.why) in ("urgency 3", "mức khẩn cấp 3")
