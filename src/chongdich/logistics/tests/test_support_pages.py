"""The support pages: Bạc Liêu raises a need on its board, the Ministry allocates, the
donor dispatches, Bạc Liêu receives, and board, stock and ledger show it."""

from __future__ import annotations

import io
from typing import Any

from django.test import Client

from chongdich.logistics import services
from chongdich.logistics.models import Need, Shipment


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_whole_flow_through_the_pages(
    baclieu: Any, baclieu_officer: Any, donor: Any, national_coordinator: Any
) -> None:
    officer, coordinator, giver = map(client_for, (baclieu_officer, national_coordinator, donor))
    assert officer.get("/support/").url == "/support/province/95/"
    response = officer.post(
        "/support/province/95/needs/new/",
        {"item": "oxygen_concentrator", "quantity": "200", "urgency": "5", "reason": "F0 tăng"},
    )
    assert response.status_code == 302
    assert Need.objects.get().area == baclieu
    giver.post(
        "/support/offers/new/",
        {
            "donor_name": "Tập đoàn Vingroup",
            "donor_kind": "company",
            "item": "oxygen_concentrator",
            "quantity": "150",
        },
    )
    coordinator.post("/support/allocate/")
    shipment = Shipment.objects.get()
    assert shipment.quantity == 150 and shipment.allocation is not None
    giver.post(f"/support/shipments/{shipment.pk}/dispatch/")
    officer.post(f"/support/shipments/{shipment.pk}/receive/", {"quantity": "150"})

    board = officer.get("/support/province/95/").content.decode()
    assert "150" in board and "50" in board  # delivered 150, still needed 50
    stock = officer.get("/support/stock/").content.decode()
    assert "Tập đoàn Vingroup" not in stock and "150" in stock
    ledger = officer.get("/support/ledger/").content.decode()
    assert "Tập đoàn Vingroup" in ledger


def test_another_province_sees_neither_the_board_nor_the_needs(
    baclieu: Any, baclieu_officer: Any, camau_officer: Any
) -> None:
    services.raise_need(baclieu, "hfnc", 7, 4, reason="khoa hồi sức", actor=baclieu_officer)
    other = client_for(camau_officer)
    assert other.get("/support/province/95/").status_code == 403
    assert "khoa hồi sức" not in other.get("/support/province/96/").content.decode()
    assert (
        other.post(
            "/support/province/95/needs/new/", {"item": "hfnc", "quantity": "1", "urgency": "3"}
        ).status_code
        == 403
    )
    assert other.get("/api/support/needs").json() == []


def test_a_bad_need_is_shown_back_with_the_reason(baclieu: Any, baclieu_officer: Any) -> None:
    response = client_for(baclieu_officer).post(
        "/support/province/95/needs/new/", {"item": "hfnc", "quantity": "0", "urgency": "9"}
    )
    assert response.status_code == 422
    assert not Need.objects.exists()


def test_the_ledger_downloads_as_xlsx(baclieu: Any, national_coordinator: Any) -> None:
    from openpyxl import load_workbook

    offer = services.create_offer(
        donor_name="Bình Dương",
        item="money_vnd",
        quantity=3_000_000_000,
        recipients=[baclieu],
        actor=national_coordinator,
    )
    shipment = services.ship_directly(offer, baclieu, 3_000_000_000, actor=national_coordinator)
    services.dispatch_shipment(shipment, actor=national_coordinator)
    services.receive_shipment(shipment, 3_000_000_000, actor=national_coordinator)
    response = client_for(national_coordinator).get("/support/ledger.xlsx")
    book = load_workbook(io.BytesIO(response.content))
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[1][0] == "Bình Dương" and rows[1][4] == 3_000_000_000
    assert list(book.worksheets[1].iter_rows(values_only=True))[1] == ("Bình Dương", 3_000_000_000)


def test_the_api_refuses_bad_input_in_the_house_format(baclieu: Any, baclieu_officer: Any) -> None:
    response = client_for(baclieu_officer).post(
        "/api/support/needs",
        {"area_id": baclieu.pk, "item": "hfnc", "quantity": 3, "urgency": 7},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_input"
