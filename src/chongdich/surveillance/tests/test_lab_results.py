"""Test results (PCR/antigen, site, result): file import, API entry, positivity by area and
day on the page and the API, within the user's jurisdiction."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from chongdich.accounts.models import AuditEvent
from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit
from chongdich.geo.queries import resolve_area_code
from chongdich.surveillance import services
from chongdich.surveillance.lab_results import read_test_results
from chongdich.surveillance.models import TestResult
from chongdich.surveillance.positivity import positivity_report
from conftest import PERSONA_PASSWORD

HEADER = "STT,Ngày lấy mẫu,Loại xét nghiệm,Nơi xét nghiệm,Kết quả,Mã xã\n"
# Vĩnh Trạch (31834) and Phường 1 (31825), Bạc Liêu city.
GOOD = (
    HEADER
    + "1,30/10/2021,RT-PCR,CDC Bạc Liêu,Dương tính,31834\n"
    + "2,30/10/2021,RT-PCR,CDC Bạc Liêu,Âm tính,31834\n"
    + "3,30/10/2021,Test nhanh,Trạm y tế Vĩnh Trạch,Âm tính,31834\n"
    + "4,31/10/2021,Test nhanh,Trạm y tế Phường 1,Dương tính,31825\n"
    + "5,31/10/2021,RT-PCR,Bệnh viện Đa khoa tỉnh,Âm tính,31825\n"
)


def load(content: str, actor: Any, **kwargs: Any) -> dict[str, Any]:
    data = content.encode("utf-8")
    parsed = read_test_results(data, "xn.csv", province=kwargs.pop("province", None))
    return services.import_test_results(
        parsed,
        file_name="xn.csv",
        content_sha256=hashlib.sha256(data).hexdigest(),
        actor=actor,
        **kwargs,
    )


def day(report: dict[str, Any], date: str) -> dict[str, Any]:
    return next(d for d in report["days"] if d["date"] == date)


def test_a_file_of_tests_gives_positivity_by_day_and_test(
    baclieu_officer: Any, baclieu: Any
) -> None:
    result = load(GOOD, baclieu_officer, province=baclieu)
    assert (result["created"], result["positive"]) == (5, 2)
    assert AuditEvent.objects.filter(action="surveillance.import_test_results").count() == 1

    report = positivity_report(
        baclieu, dt.date(2021, 10, 29), dt.date(2021, 10, 31), user=baclieu_officer
    )
    oct_30 = day(report, "2021-10-30")
    assert (oct_30["tested"], oct_30["positive"]) == (3, 1)
    assert oct_30["by_test"]["rt_pcr"] == pytest.approx(
        {"tested": 2, "positive": 1, "rate": 0.5, "low": 0.0945, "high": 0.9055}, abs=1e-4
    )
    assert day(report, "2021-10-29")["rate"] is None  # no test that day: no rate, not 0
    assert (report["total"]["tested"], report["total"]["positive"]) == (5, 2)
    # The district (Bạc Liêu city) and the commune see their own share.
    vinh_trach = resolve_area_code("31834")
    commune = positivity_report(
        vinh_trach, dt.date(2021, 10, 30), dt.date(2021, 10, 31), user=baclieu_officer
    )
    assert commune["total"]["tested"] == 3
    district = positivity_report(
        vinh_trach.parent, dt.date(2021, 10, 30), dt.date(2021, 10, 31), user=baclieu_officer
    )
    assert district["total"]["tested"] == 5
    # The same file again adds nothing.
    assert load(GOOD, baclieu_officer, province=baclieu)["created"] == 0
    assert TestResult.objects.count() == 5


def test_every_bad_line_is_reported_and_nothing_is_stored(
    baclieu_officer: Any, baclieu: Any
) -> None:
    bad = (
        HEADER
        + "1,30/10/2021,RT-PCR,CDC,Dương tính,31834\n"
        + "2,31/12/2099,RT-PCR,CDC,Âm tính,31834\n"
        + "3,30/10/2021,Xét nghiệm máu,CDC,Âm tính,31834\n"
        + "4,30/10/2021,RT-PCR,CDC,Nghi ngờ,31834\n"
        + "5,30/10/2021,RT-PCR,CDC,Âm tính,99999\n"
        + "6,30/02/2021,RT-PCR,CDC,Âm tính,31834\n"
        + "7,01/10/2021,RT-PCR,CDC,Âm tính,32002\n"  # a commune of Cà Mau
    )
    with pytest.raises(ServiceError) as err:
        load(bad, baclieu_officer, province=baclieu)
    details = err.value.details
    assert [(d["line"], d["column"]) for d in details] == [
        (3, "Ngày lấy mẫu"),
        (4, "Loại xét nghiệm"),
        (5, "Kết quả"),
        (6, "Mã xã"),
        (7, "Ngày lấy mẫu"),
        (8, "Mã xã"),
    ]
    assert "tương lai" in details[0]["reason"] or "future" in details[0]["reason"]
    assert not TestResult.objects.exists()


def test_missing_columns_are_named(baclieu_officer: Any) -> None:
    with pytest.raises(ServiceError) as err:
        load("Ngày lấy mẫu,Mã xã\n30/10/2021,31834\n", baclieu_officer)
    message = str(err.value.message).lower()
    assert "kết quả" in message or "result" in message


def test_the_api_records_a_test_within_the_jurisdiction_only(
    baclieu_officer: Any, camau_officer: Any, baclieu: Any
) -> None:
    commune = AdminUnit.objects.get(map_version="legacy", level="commune", code="31834")
    entry = {
        "commune_id": commune.pk,
        "sampled_on": "2021-10-31",
        "test_type": "antigen",
        "is_positive": True,
        "site": "Trạm y tế Vĩnh Trạch",
    }
    client = Client()
    client.login(username=baclieu_officer.username, password=PERSONA_PASSWORD)
    ok = client.post("/api/surveillance/test-results", entry, content_type="application/json")
    assert ok.status_code == 201 and ok.json()["is_positive"] is True
    wrong = client.post(
        "/api/surveillance/test-results",
        entry | {"test_type": "blood"},
        content_type="application/json",
    )
    assert wrong.status_code == 422 and wrong.json()["error"]["code"] == "invalid_input"
    future = client.post(
        "/api/surveillance/test-results",
        entry | {"sampled_on": "2099-01-01"},
        content_type="application/json",
    )
    assert future.status_code == 422
    other = Client()
    other.login(username=camau_officer.username, password=PERSONA_PASSWORD)
    refused = other.post("/api/surveillance/test-results", entry, content_type="application/json")
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"
    assert TestResult.objects.count() == 1
    read = other.get(
        "/api/surveillance/positivity",
        {"area": "95", "date_from": "2021-10-01", "date_to": "2021-10-31"},
    )
    assert read.status_code == 403
    mine = client.get(
        "/api/surveillance/positivity",
        {"area": "95", "date_from": "2021-10-01", "date_to": "2021-10-31"},
    )
    assert mine.status_code == 200 and mine.json()["total"]["positive"] == 1
    backwards = client.get(
        "/api/surveillance/positivity",
        {"area": "95", "date_from": "2021-10-31", "date_to": "2021-10-01"},
    )
    assert backwards.status_code == 422
    unknown = client.get(
        "/api/surveillance/positivity",
        {"area": "XX", "date_from": "2021-10-01", "date_to": "2021-10-31"},
    )
    assert unknown.json()["error"]["code"] == "unknown_unit"


def test_the_page_shows_positivity_by_day(baclieu_officer: Any, baclieu: Any) -> None:
    load(GOOD, baclieu_officer, province=baclieu)
    client = Client()
    client.login(username=baclieu_officer.username, password=PERSONA_PASSWORD)
    page = client.get("/surveillance/positivity/", {"area": "95", "to": "2021-10-31"})
    body = page.content.decode()
    assert page.status_code == 200
    assert 'data-date="2021-10-30"' in body and "33,3 %" in body  # 1 of 3, Vietnamese comma
    assert client.get("/surveillance/positivity/", {"area": "96"}).status_code == 403
    assert client.get("/surveillance/positivity/", {"to": "31/10"}).status_code == 422


def test_the_2025_province_and_the_nation_add_up(
    system: Any, baclieu: Any, national_coordinator: Any
) -> None:
    load(GOOD, system, province=baclieu)
    camau_commune = AdminUnit.objects.filter(
        map_version="legacy", province__code="96", level="commune"
    ).first()
    services.record_test_result(
        commune=camau_commune,
        sampled_on=dt.date(2021, 10, 31),
        test_type="rt_pcr",
        is_positive=True,
        actor=system,
    )
    span = (dt.date(2021, 10, 30), dt.date(2021, 10, 31))
    merged = positivity_report(resolve_area_code("2025:96"), *span, user=national_coordinator)
    nation = positivity_report(None, *span, user=national_coordinator)
    assert merged["total"]["tested"] == nation["total"]["tested"] == 6
    assert day(nation, "2021-10-31")["positive"] == 2


def test_the_cli_imports_test_results(tmp_path: Path, baclieu: Any, capsys: Any) -> None:
    path = tmp_path / "xn.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("cases", "import-tests", str(path), "--province", "95")
    assert json.loads(capsys.readouterr().out)["created"] == 5
    path.write_text(HEADER + "1,30/10/2021,RT-PCR,CDC,???,31834\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("cases", "import-tests", str(path))
    assert "Kết quả" in capsys.readouterr().err
