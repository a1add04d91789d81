"""Travel-time matrices: loaded by the province's coordinators (audited, all or nothing, bad
lines refused by line), stored, and used by the referral plan in place of centroid km when
they cover every pair the plan needs."""

from __future__ import annotations

import csv
import io
import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from chongdich.accounts.models import AuditEvent
from chongdich.care import services
from chongdich.care.models import TravelTime
from chongdich.care.travel import load_travel_times
from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit
from conftest import make_persona

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(system: Any, baclieu: Any) -> Any:
    return make_persona(system, "dieu_phoi", "province_officer", area=baclieu)


@pytest.fixture
def far_commune(baclieu: Any, commune: Any) -> Any:
    """The commune of the province farthest from the patient's (by centroid)."""
    others = AdminUnit.objects.filter(province=baclieu, level="commune").exclude(pk=commune.pk)
    return max(
        (u for u in others if u.latitude is not None),
        key=lambda u: (u.latitude - commune.latitude) ** 2 + (u.longitude - commune.longitude) ** 2,
    )


@pytest.fixture
def far_hospital(system: Any, far_commune: Any) -> Any:
    """An oxygen ward far by centroid but, per the matrix below, nearer by road."""
    from chongdich.facilities.services import create_facility, set_bed_capacity

    facility = create_facility(
        name="BV xa", kind="district_hospital", tier=2, area=far_commune, actor=system
    )
    set_bed_capacity(facility, "oxygen", total=10, occupied=9, actor=system)
    return facility


def matrix(rows: list[tuple[Any, Any, Any]]) -> str:
    return "commune,facility,minutes\n" + "".join(f"{c},{f},{m}\n" for c, f, m in rows)


def test_a_loaded_matrix_is_stored_audited_and_replaced_whole(
    commune: Any, far_commune: Any, oxygen_hospital: Any, far_hospital: Any, coordinator: Any
) -> None:
    first = load_travel_times(
        matrix([(commune.code, oxygen_hospital.pk, 55), (commune.code, far_hospital.pk, 20)]),
        province=commune.province,
        file_name="osrm.csv",
        actor=coordinator,
    )
    assert (first["rows"], first["replaced"]) == (2, 0)
    second = load_travel_times(
        matrix([(far_commune.code, far_hospital.pk, '"7,5"')]),  # a quoted decimal comma
        province=commune.province,
        actor=coordinator,
    )
    assert (second["rows"], second["replaced"]) == (1, 2)
    assert list(TravelTime.objects.values_list("origin", "facility", "minutes")) == [
        (far_commune.pk, far_hospital.pk, 7.5)
    ]
    audits = AuditEvent.objects.filter(action="care.load_travel_times").order_by("pk")
    assert [(a.before, a.after["rows"]) for a in audits] == [({"rows": 0}, 2), ({"rows": 2}, 1)]


def test_bad_lines_refuse_the_whole_file_and_keep_the_stored_matrix(
    commune: Any, oxygen_hospital: Any, camau_hospital: Any, coordinator: Any
) -> None:
    good = matrix([(commune.code, oxygen_hospital.pk, 30)])
    load_travel_times(good, province=commune.province, actor=coordinator)
    camau_commune = camau_hospital.area
    bad = matrix(
        [
            (commune.code, oxygen_hospital.pk, 12),  # line 2: fine
            (camau_commune.code, oxygen_hospital.pk, 10),  # line 3: commune of Cà Mau
            (commune.code, camau_hospital.pk, 10),  # line 4: facility of Cà Mau
            (commune.code, "BV1", 10),  # line 5: not an id
            (commune.code, oxygen_hospital.pk, -3),  # line 6: negative
            (commune.code, oxygen_hospital.pk, 5000),  # line 7: more than a day
            (commune.code, oxygen_hospital.pk, "nhanh"),  # line 8: not a number
            (commune.code, oxygen_hospital.pk, 15),  # line 9: same pair as line 2
            (commune.code, oxygen_hospital.pk, "7,5"),  # line 10: unquoted decimal comma
        ]
    )
    with pytest.raises(ServiceError) as refused:
        load_travel_times(bad, province=commune.province, actor=coordinator)
    assert refused.value.code == "invalid_file"
    assert [(d["line"], d["column"]) for d in refused.value.details] == [
        (3, "commune"),
        (4, "facility"),
        (5, "facility"),
        (6, "minutes"),
        (7, "minutes"),
        (8, "minutes"),
        (9, "facility"),
        (10, "minutes"),
    ]
    assert list(TravelTime.objects.values_list("minutes", flat=True)) == [30.0]
    with pytest.raises(ServiceError) as no_column:
        load_travel_times("commune,facility,phut\n", province=commune.province, actor=coordinator)
    assert "minutes" in str(no_column.value.message)
    with pytest.raises(ServiceError):
        load_travel_times(
            "commune,facility,minutes\n", province=commune.province, actor=coordinator
        )
    assert AuditEvent.objects.filter(action="care.load_travel_times").count() == 1


def test_only_the_provinces_coordinators_may_load(
    system: Any, commune: Any, station: Any, camau: Any, oxygen_hospital: Any
) -> None:
    other_province = make_persona(system, "so_yte_cm", "province_officer", area=camau)
    for outsider in (station, other_province):
        with pytest.raises(ServiceError) as refused:
            load_travel_times(
                matrix([(commune.code, oxygen_hospital.pk, 30)]),
                province=commune.province,
                actor=outsider,
            )
        assert refused.value.code == "forbidden"
    assert not TravelTime.objects.exists()


def test_the_plan_travels_in_minutes_where_the_matrix_covers_it(
    episode: Any,
    station: Any,
    coordinator: Any,
    commune: Any,
    oxygen_hospital: Any,
    far_hospital: Any,
) -> None:
    """By centroid the local hospital is nearest; by road (the matrix) the far one is: the
    plan follows the road and says so; the referral still records great-circle km."""
    referral = services.request_referral(episode, severity="moderate", actor=station)
    load_travel_times(
        matrix([(commune.code, oxygen_hospital.pk, 95), (commune.code, far_hospital.pk, 40)]),
        province=commune.province,
        actor=coordinator,
    )
    result = services.plan_referrals(province=commune.province, actor=coordinator)
    assert (result["metric"], result["total_minutes"]) == ("minutes", 40.0)
    [held] = result["held"]
    assert (held.pk, held.facility_id) == (referral.pk, far_hospital.pk)
    assert held.km == pytest.approx(result["total_km"], abs=0.05) and held.km > 5


def test_without_a_complete_matrix_the_plan_travels_in_centroid_km(
    episode: Any,
    station: Any,
    coordinator: Any,
    commune: Any,
    oxygen_hospital: Any,
    far_hospital: Any,
) -> None:
    services.request_referral(episode, severity="moderate", actor=station)
    # Only one of the two eligible facilities: minutes for one pair and km for the other
    # would not add up, so the whole plan is in km, and says how many pairs are missing.
    load_travel_times(
        matrix([(commune.code, far_hospital.pk, 40)]),
        province=commune.province,
        actor=coordinator,
    )
    result = services.plan_referrals(province=commune.province, actor=coordinator)
    assert (result["metric"], result["total_minutes"]) == ("km", None)
    assert "1" in result["travel_note"]
    [held] = result["held"]
    assert held.facility_id == oxygen_hospital.pk  # the nearest by centroid (same commune)
    TravelTime.objects.all().delete()
    services.release_bed(held, actor=coordinator)
    result = services.plan_referrals(province=commune.province, actor=coordinator)
    assert result["metric"] == "km" and result["held"][0].facility_id == oxygen_hospital.pk


def test_the_cli_loads_a_file_and_reports_bad_lines(
    tmp_path: Path, system: Any, commune: Any, oxygen_hospital: Any
) -> None:
    good = tmp_path / "travel.csv"
    good.write_text(matrix([(commune.code, oxygen_hospital.pk, 30)]), encoding="utf-8")
    out = StringIO()
    call_command("care", "travel-times", str(good), "--province", "95", stdout=out)
    assert json.loads(out.getvalue()) == {
        "province": "95",
        "rows": 1,
        "replaced": 0,
        "file": "travel.csv",
    }
    bad = tmp_path / "bad.csv"
    bad.write_text(matrix([("99999", oxygen_hospital.pk, 30)]), encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("care", "travel-times", str(bad), "--province", "95", stderr=err)
    assert "line 2" in err.getvalue() and "commune" in err.getvalue()
    assert TravelTime.objects.count() == 1


def test_the_plan_api_says_what_it_minimised(
    client: Any,
    episode: Any,
    station: Any,
    coordinator: Any,
    commune: Any,
    oxygen_hospital: Any,
    far_hospital: Any,
) -> None:
    services.request_referral(episode, severity="moderate", actor=station)
    load_travel_times(
        matrix([(commune.code, oxygen_hospital.pk, 95), (commune.code, far_hospital.pk, 40)]),
        province=commune.province,
        actor=coordinator,
    )
    client.force_login(coordinator)
    answer = client.post(
        "/api/care/referrals/plan", {"province": "95"}, content_type="application/json"
    )
    assert answer.status_code == 200
    body = answer.json()
    assert (body["metric"], body["total_minutes"]) == ("minutes", 40.0)
    assert body["travel_note"] and body["total_km"] > 5
    assert [h["facility_id"] for h in body["held"]] == [far_hospital.pk]


# ---------------------------------------------------------------- the page


def _upload(client: Any, province: str, content: str, name: str = "osrm.csv") -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(name, content.encode("utf-8"), content_type="text/csv")
    return client.post("/care/travel-times/", {"province": province, "file": upload})


def test_the_page_loads_a_matrix_shows_its_coverage_and_gives_it_back(
    client: Any,
    commune: Any,
    far_commune: Any,
    oxygen_hospital: Any,
    far_hospital: Any,
    coordinator: Any,
) -> None:
    client.force_login(coordinator)
    page = client.get("/care/travel-times/")
    assert page.status_code == 200
    assert "Bạc Liêu" in page.text and "Cà Mau" not in page.text  # its own province only
    rows = [(commune.code, oxygen_hospital.pk, 55), (far_commune.code, far_hospital.pk, 7.5)]
    loaded = _upload(client, "95", matrix(rows))
    assert loaded.status_code == 200
    assert "2 cặp" in loaded.text  # "2 cặp đã nạp cho Tỉnh Bạc Liêu (thay 0)."
    # 2 of the province's communes × facilities pairs: the share is shown, not hidden.
    row = loaded.context["loaded"][0]
    assert (row.rows, row.communes, row.facilities) == (2, 2, 2)
    assert row.coverage_pct == round(
        100 * 2 / (row.communes_in_province * row.facilities_in_province), 1
    )
    # The table to fill in: every pair of the province, the loaded minutes, the names.
    download = client.get("/care/travel-times/table.csv?province=95")
    assert download["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(download.content.decode())))
    assert len(table) == row.communes_in_province * row.facilities_in_province
    given = {(t["commune"], int(t["facility"])): t["minutes"] for t in table if t["minutes"]}
    assert given == {(c, f): f"{m:g}" for c, f, m in rows}
    assert {t["facility_name"] for t in table} == {"TTYT thử", "BV xa"}
    # Loaded back unchanged (blank minutes are pairs not given), it is the same matrix.
    again = _upload(client, "95", download.content.decode())
    assert again.status_code == 200
    assert sorted(TravelTime.objects.values_list("origin__code", "facility", "minutes")) == sorted(
        (c, f, float(m)) for c, f, m in rows
    )
    assert AuditEvent.objects.filter(action="care.load_travel_times").count() == 2


def test_the_page_lists_every_bad_line_in_vietnamese_and_keeps_the_matrix(
    client: Any, commune: Any, oxygen_hospital: Any, coordinator: Any
) -> None:
    client.force_login(coordinator)
    _upload(client, "95", matrix([(commune.code, oxygen_hospital.pk, 30)]))
    refused = _upload(client, "95", matrix([(commune.code, oxygen_hospital.pk, "nhanh")]))
    assert refused.status_code == 422
    assert "không hợp lệ" in refused.text and 'id="import-errors"' in refused.text
    assert list(TravelTime.objects.values_list("minutes", flat=True)) == [30.0]
    assert _upload(client, "", "x").status_code == 422  # no province chosen


def test_outsiders_neither_load_nor_read_a_provinces_matrix(
    client: Any,
    system: Any,
    commune: Any,
    station: Any,
    camau: Any,
    oxygen_hospital: Any,
    coordinator: Any,
) -> None:
    load_travel_times(
        matrix([(commune.code, oxygen_hospital.pk, 30)]),
        province=commune.province,
        actor=coordinator,
    )
    other_province = make_persona(system, "so_yte_cm", "province_officer", area=camau)
    client.force_login(other_province)
    assert "Bạc Liêu" not in client.get("/care/travel-times/").text
    assert _upload(client, "95", matrix([(commune.code, oxygen_hospital.pk, 1)])).status_code == 403
    assert client.get("/care/travel-times/table.csv?province=95").status_code == 403
    client.force_login(station)  # a commune station coordinates nothing
    assert client.get("/care/travel-times/").status_code == 403
    assert list(TravelTime.objects.values_list("minutes", flat=True)) == [30.0]
