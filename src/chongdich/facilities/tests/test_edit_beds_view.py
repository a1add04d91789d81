"""The bed form stores all its rows or none of them."""

from __future__ import annotations

from typing import Any

from django.test import Client

from chongdich.accounts.models import AuditEvent
from chongdich.facilities.models import BedCapacity
from conftest import PERSONA_PASSWORD


def signed_in(user: Any) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PERSONA_PASSWORD)
    return client


def beds(facility: Any) -> dict[str, tuple[int, int]]:
    return {
        b.bed_type: (b.total, b.occupied) for b in BedCapacity.objects.filter(facility=facility)
    }


def test_one_bad_row_keeps_the_good_rows_from_being_stored(
    baclieu_bed_manager: Any, baclieu_hospital: Any
) -> None:
    before, audit_rows = beds(baclieu_hospital), AuditEvent.objects.count()
    response = signed_in(baclieu_bed_manager).post(
        f"/facilities/{baclieu_hospital.pk}/beds/",
        {"general_total": "200", "general_occupied": "150", "icu_total": "5", "icu_occupied": "9"},
    )
    assert response.status_code == 422
    assert "vượt quá tổng số" in response.content.decode()
    assert beds(baclieu_hospital) == before
    assert AuditEvent.objects.count() == audit_rows


def test_all_good_rows_are_stored_together(baclieu_bed_manager: Any, baclieu_hospital: Any) -> None:
    response = signed_in(baclieu_bed_manager).post(
        f"/facilities/{baclieu_hospital.pk}/beds/",
        {"general_total": "200", "general_occupied": "150", "icu_total": "41", "icu_occupied": "9"},
    )
    assert response.status_code == 302
    assert beds(baclieu_hospital) == {"general": (200, 150), "icu": (41, 9)}


def test_another_province_gets_a_vietnamese_not_found_page(
    camau_officer: Any, baclieu_hospital: Any
) -> None:
    response = signed_in(camau_officer).get(f"/facilities/{baclieu_hospital.pk}/beds/")
    assert response.status_code == 404
    assert "Không tìm thấy" in response.content.decode()
