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


def test_a_province_officer_sets_totals_but_gets_no_occupancy_inputs(
    baclieu_officer: Any, baclieu_hospital: Any
) -> None:
    client = signed_in(baclieu_officer)
    page = client.get(f"/facilities/{baclieu_hospital.pk}/beds/").content.decode()
    assert 'name="icu_total"' in page and 'name="icu_occupied"' not in page
    assert "người quản lý của cơ sở" in page
    response = client.post(f"/facilities/{baclieu_hospital.pk}/beds/", {"icu_total": "45"})
    assert response.status_code == 302
    assert beds(baclieu_hospital) == {"icu": (45, 31)}


def test_a_province_officer_posting_occupancy_is_refused(
    baclieu_officer: Any, baclieu_hospital: Any
) -> None:
    response = signed_in(baclieu_officer).post(
        f"/facilities/{baclieu_hospital.pk}/beds/", {"icu_total": "45", "icu_occupied": "10"}
    )
    assert response.status_code == 403
    assert beds(baclieu_hospital) == {"icu": (40, 31)}


def test_the_api_answers_a_structured_403_to_an_officer_changing_occupancy(
    baclieu_officer: Any, baclieu_bed_manager: Any, baclieu_hospital: Any
) -> None:
    url = f"/api/facilities/{baclieu_hospital.pk}/beds/icu"
    refused = signed_in(baclieu_officer).put(
        url, {"total": 40, "occupied": 10}, content_type="application/json"
    )
    assert refused.status_code == 403
    error = refused.json()["error"]
    assert error["code"] == "forbidden" and "Bệnh viện Đa khoa tỉnh Bạc Liêu" in error["message"]
    totals_only = signed_in(baclieu_officer).put(
        url, {"total": 44}, content_type="application/json"
    )
    assert totals_only.status_code == 200 and totals_only.json()["occupied"] == 31
    managed = signed_in(baclieu_bed_manager).put(
        url, {"total": 44, "occupied": 10}, content_type="application/json"
    )
    assert managed.status_code == 200
    assert beds(baclieu_hospital) == {"icu": (44, 10)}
