"""The situation report: the seeds' figures with their sources, conflicts and choices."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from openpyxl import load_workbook

from chongdich.accounts.models import AuditEvent
from chongdich.errors import ServiceError
from chongdich.surveillance import services
from chongdich.surveillance.sitrep import build_sitrep
from conftest import PERSONA_PASSWORD

OCT_31 = dt.date(2021, 10, 31)


def values(report: dict[str, Any]) -> dict[str, Any]:
    return {name: f["value"] for name, f in report["figures"].items()}


def test_bac_lieu_on_31_october_shows_the_seeds_figures(
    seed_reports: Any, baclieu_officer: Any, baclieu: Any
) -> None:
    report = build_sitrep(baclieu, OCT_31, user=baclieu_officer)
    assert values(report) == {
        "cumulative_cases": 2828,
        "new_cases_24h": 414,
        "community_cases_24h": 143,
        "imported_cases": 52,
        "local_cases": 2776,
        "under_treatment": 2061,
        "recovered": 767,
        "deaths": 23,
        "first_dose_pct": 60.65,
        "second_dose_pct": 15.44,
    }
    assert report["conflicts"] == ["under_treatment", "deaths"]
    treatment = report["figures"]["under_treatment"]
    assert [c["value"] for c in treatment["candidates"]] == [2061, 2099]
    assert {c["kind"] for c in treatment["candidates"]} == {"press"}


def test_choosing_a_source_changes_the_figure_keeps_both_and_is_audited(
    seed_reports: Any, baclieu_officer: Any, baclieu: Any
) -> None:
    report = build_sitrep(baclieu, OCT_31, user=baclieu_officer)
    thanh_nien = report["figures"]["under_treatment"]["candidates"][1]["source_key"]
    services.choose_figure(
        baclieu,
        OCT_31,
        "under_treatment",
        thanh_nien,
        actor=baclieu_officer,
        reason="số liệu Sở Y tế",
    )
    figure = build_sitrep(baclieu, OCT_31, user=baclieu_officer)["figures"]["under_treatment"]
    assert (figure["value"], figure["chosen_by_user"], figure["conflict"]) == (2099, True, True)
    assert len(figure["candidates"]) == 2
    event = AuditEvent.objects.filter(action="surveillance.choose_figure").get()
    assert event.actor == baclieu_officer and event.area == baclieu


def test_a_source_that_does_not_give_the_figure_cannot_be_chosen(
    seed_reports: Any, baclieu_officer: Any, baclieu: Any
) -> None:
    with pytest.raises(ServiceError) as err:
        services.choose_figure(
            baclieu, OCT_31, "under_treatment", "daily:ncsc", actor=baclieu_officer
        )
    assert err.value.code == "invalid_input"


def test_another_province_can_neither_read_nor_choose(
    seed_reports: Any, camau_officer: Any, baclieu: Any
) -> None:
    with pytest.raises(ServiceError) as err:
        build_sitrep(baclieu, OCT_31, user=camau_officer)
    assert err.value.code == "forbidden"
    with pytest.raises(ServiceError):
        services.choose_figure(baclieu, OCT_31, "deaths", "report:1", actor=camau_officer)


def test_only_national_roles_read_the_national_report(
    baclieu_officer: Any, national_coordinator: Any
) -> None:
    with pytest.raises(ServiceError):
        build_sitrep(None, OCT_31, user=baclieu_officer)
    assert build_sitrep(None, OCT_31, user=national_coordinator)["area"]["code"] == "VN"


def test_daily_totals_feed_the_nation_and_the_2025_province(
    system: Any, baclieu: Any, camau: Any
) -> None:
    for area, cases in ((baclieu, [3, 5]), (camau, [10, 20])):
        services.import_daily_counts(
            area,
            [(dt.date(2020, 3, 30), cases[0], 0), (OCT_31, cases[1], 1)],
            source="ncsc",
            actor=system,
        )
    nation = build_sitrep(None, OCT_31, user=system)
    assert (values(nation)["cumulative_cases"], values(nation)["new_cases_24h"]) == (38, 25)
    merged = build_sitrep(
        build_unit("2025:96"), OCT_31, user=system
    )  # Bạc Liêu + Cà Mau since 2025
    assert values(merged)["cumulative_cases"] == 38 and values(merged)["deaths"] == 2
    assert nation["epi_curve_source"] == "ncsc" and nation["epi_curve"][-1]["new_cases"] == 25


def test_a_series_that_starts_late_gives_no_cumulative_total(system: Any, baclieu: Any) -> None:
    services.import_daily_counts(baclieu, [(OCT_31, 415, None)], source="vnexpress", actor=system)
    figures = build_sitrep(baclieu, OCT_31, user=system)["figures"]
    assert figures["new_cases_24h"]["value"] == 415
    assert figures["cumulative_cases"]["value"] is None


def build_unit(code: str) -> Any:
    from chongdich.geo.queries import resolve_area_code

    return resolve_area_code(code)


def test_the_cli_contract(seed_reports: Any, tmp_path: Any) -> None:
    out = io.StringIO()
    call_command("sitrep", "--area", "95", "--date", "2021-10-31", "--format", "json", stdout=out)
    # The command writes JSON to the real stdout; read it back through the builder instead.
    report = build_sitrep(build_unit("95"), OCT_31, user=_system())
    assert set(report) >= {"area", "date", "figures", "conflicts", "epi_curve", "data_quality"}
    xlsx = tmp_path / "sitrep.xlsx"
    call_command(
        "sitrep", "--area", "95", "--date", "2021-10-31", "--format", "xlsx", "--output", str(xlsx)
    )
    sheet = load_workbook(xlsx)["sitrep"]
    assert any(row[1] == 2828 for row in sheet.iter_rows(values_only=True))
    md = tmp_path / "sitrep.md"
    call_command(
        "sitrep", "--area", "95", "--date", "2021-10-31", "--format", "md", "--output", str(md)
    )
    assert "2.828" in md.read_text(encoding="utf-8")


def _system() -> Any:
    from chongdich.accounts.services import system_user

    return system_user()


def test_an_unknown_area_code_is_a_clear_error() -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="unknown area"):
        call_command("sitrep", "--area", "9999", "--date", "2021-10-31")


def test_the_page_shows_the_conflict_and_lets_the_officer_choose(
    seed_reports: Any, baclieu_officer: Any, baclieu: Any
) -> None:
    client = Client()
    client.login(username=baclieu_officer.username, password=PERSONA_PASSWORD)
    page = client.get("/surveillance/sitrep/?area=95&date=2021-10-31").content.decode()
    assert "2.061" in page and "2.099" in page and "Dùng nguồn này" in page
    report = build_sitrep(baclieu, OCT_31, user=baclieu_officer)
    key = report["figures"]["deaths"]["candidates"][1]["source_key"]
    response = client.post(
        "/surveillance/sitrep/choose/",
        {"area": "95", "date": "2021-10-31", "field": "deaths", "source_key": key},
    )
    assert response.status_code == 302
    assert build_sitrep(baclieu, OCT_31, user=baclieu_officer)["figures"]["deaths"]["value"] == 26


def test_the_api_serves_the_report_with_structured_errors(
    seed_reports: Any, baclieu_officer: Any
) -> None:
    client = Client()
    client.login(username=baclieu_officer.username, password=PERSONA_PASSWORD)
    ok = client.get("/api/surveillance/sitrep", {"area": "95", "date": "2021-10-31"})
    assert ok.status_code == 200 and ok.json()["figures"]["cumulative_cases"]["value"] == 2828
    bad = client.get("/api/surveillance/sitrep", {"area": "96", "date": "2021-10-31"})
    assert bad.status_code == 403 and bad.json()["error"]["code"] == "forbidden"
    unknown = client.get("/api/surveillance/sitrep", {"area": "XX", "date": "2021-10-31"})
    assert unknown.json()["error"]["code"] == "unknown_unit"


def test_line_list_cases_reach_the_report_through_the_incremental_counts(
    baclieu_officer: Any, baclieu: Any
) -> None:
    from chongdich.geo.models import AdminUnit
    from chongdich.surveillance.services import create_case

    communes = AdminUnit.objects.filter(province=baclieu, level="commune").order_by("code")[:2]
    for i, commune in enumerate(communes):
        create_case(commune=commune, reported_on=OCT_31, full_name=f"Ca {i}", actor=baclieu_officer)
    create_case(
        commune=communes[0],
        reported_on=OCT_31,
        full_name="Ca minh hoạ",
        is_demo=True,
        actor=baclieu_officer,
    )
    figures = build_sitrep(baclieu, OCT_31, user=baclieu_officer)["figures"]
    line_list = [c for c in figures["cumulative_cases"]["candidates"] if c["kind"] == "line_list"]
    assert [c["value"] for c in line_list] == [2]  # demo cases are not counted
    district = build_sitrep(communes[0].parent, OCT_31, user=baclieu_officer)["figures"]
    assert district["new_cases_24h"]["value"] >= 1
