"""The coverage pages, the dose form and upload, the XLSX export, and /api/vaccination/."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.test import Client
from openpyxl import load_workbook

from chongdich.logistics import services as logistics
from chongdich.vaccination import services
from chongdich.vaccination.models import DoseRecord

pytestmark = pytest.mark.django_db


@pytest.fixture
def reported(system: Any, baclieu: Any) -> Any:
    return services.record_reported_coverage(
        baclieu, dt.date(2021, 10, 31), adult_first_dose_pct=60.65, adult_full_pct=15.44,
        source_note="Thanh Niên, 31/10/2021", actor=system,
    )  # fmt: skip


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_dashboard_and_the_province_page_show_the_reported_figure(
    baclieu_officer: Any, reported: Any
) -> None:
    client = _client(baclieu_officer)
    page = client.get("/vaccination/?date=2021-10-31").content.decode()
    assert "60,65%" in page or "60.65%" in page
    assert 'data-code="95"' in page and "cov-2" in page
    unit = client.get("/vaccination/95/?date=2021-10-31").content.decode()
    assert "15,44%" in unit or "15.44%" in unit
    assert "Thanh Niên, 31/10/2021" in unit
    # Every commune inherits the province's 60.65 %: all 64 miss the 70 % target.
    assert "64" in unit and 'id="missing-targets"' in unit
    before = client.get("/vaccination/95/?date=2021-10-30").content.decode()
    assert "60,65" not in before and "60.65" not in before


def test_the_export_has_one_row_per_unit(baclieu_officer: Any, reported: Any) -> None:
    response = _client(baclieu_officer).get("/vaccination/95/export.xlsx?date=2021-10-31")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "ma" and rows[1][:2] == ("95", "Tỉnh Bạc Liêu")
    assert rows[1][4] == 60.65 and rows[1][8] == "x"
    assert len(rows) == 1 + 1 + 7 + 64


def test_the_dose_form_saves_and_refuses_in_vietnamese(baclieu_officer: Any) -> None:
    client = _client(baclieu_officer)
    ok = client.post(
        "/vaccination/doses/new/",
        {"commune": "31813", "date": "2021-10-25", "age_group": "18-49", "dose_number": "1",
         "brand": "pfizer", "doses": "1.500"},
        HTTP_ACCEPT_LANGUAGE="vi",
    )  # fmt: skip
    assert ok.status_code == 200 and DoseRecord.objects.get().doses == 1500
    bad = client.post(
        "/vaccination/doses/new/",
        {"commune": "96001", "date": "2021-10-25", "age_group": "18-49", "dose_number": "1",
         "brand": "pfizer", "doses": "5"},
    )  # fmt: skip
    assert bad.status_code in (403, 404)


def test_the_upload_page_lists_bad_lines(baclieu_officer: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    content = (
        "Mã xã,Ngày tiêm,Nhóm tuổi,Mũi,Vắc xin,Số lượng\n31813,25/10/2021,18-49,1,Sputnik Light,5\n"
    )
    response = _client(baclieu_officer).post(
        "/vaccination/doses/import/",
        {"file": SimpleUploadedFile("lieu.csv", content.encode(), "text/csv")},
    )
    body = response.content.decode()
    assert response.status_code == 422 and 'id="import-errors"' in body and "Sputnik Light" in body


def test_the_api_gives_coverage_history_and_records_doses(
    baclieu_officer: Any, camau_officer: Any, reported: Any
) -> None:
    client = _client(baclieu_officer)
    rows = client.get("/api/vaccination/coverage?area=95&date=2021-11-01").json()
    assert rows[0]["code"] == "95" and rows[0]["adult_first_dose_pct"] == 60.65
    assert rows[0]["source_kind"] == "reported" and rows[0]["misses_70_80"] is True
    assert len(rows) == 1 + 7
    history = client.get(
        "/api/vaccination/coverage/history?area=95&start=2021-10-17&end=2021-11-07"
    ).json()
    assert [h["adult_first_dose_pct"] for h in history] == [None, None, 60.65, 60.65][
        -len(history) :
    ]
    created = client.post(
        "/api/vaccination/doses",
        {"commune": "31813", "date": "2021-10-25", "age_group": "50-64", "dose_number": 2,
         "brand": "moderna", "doses": 12},
        content_type="application/json",
    )  # fmt: skip
    assert created.status_code == 201 and created.json()["doses"] == 12
    refused = _client(camau_officer).post(
        "/api/vaccination/doses",
        {"commune": "31813", "date": "2021-10-25", "age_group": "50-64", "dose_number": 2,
         "brand": "moderna", "doses": 12},
        content_type="application/json",
    )  # fmt: skip
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"
    bad = client.post(
        "/api/vaccination/doses",
        {"commune": "31813", "date": "2021-10-25", "age_group": "50-64", "dose_number": 9,
         "brand": "moderna", "doses": 12},
        content_type="application/json",
    )  # fmt: skip
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_input"


def test_lots_page_and_api(baclieu_officer: Any, system: Any, baclieu: Any) -> None:
    store = logistics.province_holder(baclieu, actor=system)
    lot = services.receive_vaccine_lot(
        store,
        brand="pfizer",
        lot_number="FK0001",
        expires_on=dt.date(2021, 12, 1),
        doses=100,
        received_on=dt.date(2021, 11, 1),
        source_kind="ministry",
        source_name="Bộ Y tế",
        actor=system,
    )
    client = _client(baclieu_officer)
    page = client.get("/vaccination/lots/").content.decode()
    assert "FK0001" in page and "Bộ Y tế" in page
    client.post(f"/vaccination/lots/{lot.pk}/use/", {"used": "30", "wasted": "2"})
    lot.refresh_from_db()
    assert (lot.doses_used, lot.doses_wasted) == (30, 2)
    too_many = client.post(f"/vaccination/lots/{lot.pk}/use/", {"used": "99"})
    assert too_many.status_code == 409
    api = client.post(
        f"/api/vaccination/lots/{lot.pk}/use", {"used": 8}, content_type="application/json"
    ).json()
    assert api["doses_left"] == 60 and api["expiry_warning"] is True


def test_the_national_series_loads(system: Any, baclieu_officer: Any) -> None:
    from chongdich.vaccination.management.commands.vaccination import NATIONAL_FILE

    assert services.load_national_series(NATIONAL_FILE, actor=system)["days"] == 132
    rows = _client(baclieu_officer).get("/api/vaccination/national").json()
    first = rows[0]
    assert first["date"] == "2021-09-13" and first["people_at_least_one_dose"] == 24_377_028
    # 18,929,108 with one dose + 2 × 5,447,920 with two: the file's "doses" counted people.
    assert first["doses_given"] == 29_824_948
    jump = next(r for r in rows if r["date"] == "2021-11-11")
    assert jump["doses_given"] == 95_600_897
    page = _client(baclieu_officer).get("/vaccination/?date=2021-10-31").content.decode()
    assert 'id="national"' in page


def test_an_officer_records_the_coverage_a_report_states_from_the_unit_page(
    baclieu_officer: Any, camau_officer: Any
) -> None:
    from chongdich.vaccination.models import ReportedCoverage

    form = {
        "as_of": "2021-10-31",
        "adult_first_dose_pct": "60,65",
        "adult_full_pct": "15.44",
        "source_note": "Thanh Niên, 31/10/2021",
    }
    page = _client(baclieu_officer).get("/vaccination/95/?date=2021-10-31").content.decode()
    assert 'id="report-coverage"' in page
    answer = _client(baclieu_officer).post("/vaccination/95/reported/", form, follow=True)
    row = ReportedCoverage.objects.get(area__code="95", as_of=dt.date(2021, 10, 31))
    assert (row.adult_first_dose_pct, row.adult_full_pct) == (60.65, 15.44)
    assert "60,65%" in answer.content.decode()

    # Another province's officer neither sees the form nor can post it.
    assert 'id="report-coverage"' not in (
        _client(camau_officer).get("/vaccination/95/").content.decode()
    )
    refused = _client(camau_officer).post(
        "/vaccination/95/reported/", form | {"adult_full_pct": "1"}
    )
    assert refused.status_code in (302, 403, 404)  # refused with a message, or hidden
    assert ReportedCoverage.objects.get(pk=row.pk).adult_full_pct == 15.44


def test_a_wrong_percentage_is_refused_in_vietnamese_and_nothing_is_stored(
    baclieu_officer: Any,
) -> None:
    from chongdich.vaccination.models import ReportedCoverage

    client = _client(baclieu_officer)
    answer = client.post(
        "/vaccination/95/reported/",
        {"as_of": "2021-10-31", "adult_first_dose_pct": "160", "source_note": "x"},
        follow=True,
    )
    assert (
        "phải nằm trong khoảng" in answer.content.decode() or "0 và 100" in answer.content.decode()
    )
    assert not ReportedCoverage.objects.exists()
