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


def test_stock_use_shows_days_of_supply_and_feeds_a_suggested_need(
    baclieu: Any, baclieu_stock: Any, baclieu_officer: Any
) -> None:
    officer = client_for(baclieu_officer)
    for kind, quantity in (("receipt", "100"), ("use", "70")):
        response = officer.post(
            "/support/stock/",
            {
                "holder": baclieu_stock.pk,
                "item": "oxygen_cylinder",
                "kind": kind,
                "quantity": quantity,
                "minimum_level": "50",
            },
        )
        assert response.status_code == 302
    page = officer.get("/support/stock/").content.decode()
    assert "3,0" in page or "3.0" in page  # 30 left at 10 a day
    assert 'name="kind"' in page.split("</title>")[1]  # the movement form, in the page body
    officer.post("/support/province/95/needs/suggest/")
    need = Need.objects.get()
    assert need.is_suggested and need.item == "oxygen_cylinder"


def test_another_province_cannot_move_bac_lieu_stock(
    baclieu_stock: Any, camau_officer: Any
) -> None:
    response = client_for(camau_officer).post(
        "/support/stock/",
        {"holder": baclieu_stock.pk, "item": "ppe", "kind": "receipt", "quantity": "5"},
    )
    assert response.status_code == 422  # not among the holders offered to this user
    assert not baclieu_stock.stock.exists()


def test_a_coordinator_overrides_with_a_reason_and_a_loan_comes_back(
    baclieu: Any, baclieu_officer: Any, national_coordinator: Any
) -> None:
    need = services.raise_need(baclieu, "ventilator", 3, 2, actor=baclieu_officer)
    offer = services.create_offer(
        donor_name="Bệnh viện Chợ Rẫy",
        donor_kind="hospital",
        item="ventilator",
        quantity=3,
        actor=national_coordinator,
    )
    coordinator, officer = client_for(national_coordinator), client_for(baclieu_officer)
    coordinator.post(
        "/support/allocate/by-hand/",
        {"offer": offer.pk, "need": need.pk, "quantity": "3", "reason": "ICU mở thêm"},
    )
    shipment = Shipment.objects.get()
    assert shipment.allocation.override_reason == "ICU mở thêm"
    assert "ICU mở thêm" in coordinator.get("/support/shipments/").content.decode()
    coordinator.post(f"/support/shipments/{shipment.pk}/dispatch/")
    officer.post(f"/support/shipments/{shipment.pk}/receive/", {"quantity": "3"})
    officer.post(f"/support/shipments/{shipment.pk}/return/")
    shipment.refresh_from_db()
    assert (shipment.status, shipment.returned_quantity) == ("returned", 3)


def test_teams_are_deployed_and_come_home_through_the_api(
    baclieu: Any, baclieu_officer: Any, camau_officer: Any
) -> None:
    payload = {
        "team_name": "Đoàn Hải Phòng",
        "origin": "Sở Y tế Hải Phòng",
        "area_id": baclieu.pk,
        "members": [{"role": "doctor", "headcount": 4}, {"role": "nurse", "headcount": 12}],
        "starts_on": "2021-11-05",
    }
    assert (
        client_for(camau_officer)
        .post("/api/support/deployments", payload, content_type="application/json")
        .status_code
        == 403
    )
    officer = client_for(baclieu_officer)
    made = officer.post("/api/support/deployments", payload, content_type="application/json")
    assert made.status_code == 201 and made.json()["headcount"] == 16
    assert "16" in officer.get("/support/province/95/").content.decode()
    ended = officer.post(f"/api/support/deployments/{made.json()['id']}/end")
    assert ended.json()["status"] == "returned"
