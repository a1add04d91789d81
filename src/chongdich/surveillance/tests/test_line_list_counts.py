"""The line list's daily counts: per commune, day and detection setting, rolled up to the
district and the province, read by the situation report on both maps, checked by a rebuild."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit
from chongdich.geo.queries import area_code, resolve_area_code
from chongdich.surveillance import services
from chongdich.surveillance.models import Case, DailyCaseCount, LineListCount
from chongdich.surveillance.sitrep import build_sitrep

OCT_30, OCT_31 = dt.date(2021, 10, 30), dt.date(2021, 10, 31)


def line_list(report: dict[str, Any]) -> dict[str, Any]:
    """The line list's value of each figure it gives."""
    return {
        name: c["value"]
        for name, figure in report["figures"].items()
        for c in figure["candidates"]
        if c["kind"] == "line_list"
    }


@pytest.fixture
def cases(system: Any, baclieu: Any, camau: Any) -> list[Case]:
    """Cases in two districts of Bạc Liêu and in Cà Mau, on two days, every setting stated."""
    made = []
    plan = [
        (baclieu, 0, OCT_30, "imported"),
        (baclieu, 0, OCT_31, "community"),
        (baclieu, 0, OCT_31, "quarantine"),
        (baclieu, 1, OCT_31, "community"),
        (baclieu, -1, OCT_31, "other_province"),
        (camau, 0, OCT_31, "lockdown"),
        (camau, 3, OCT_30, "screening"),
    ]
    for i, (province, index, day, setting) in enumerate(plan):
        communes = AdminUnit.objects.filter(province=province, level="commune").order_by("code")
        made.append(
            services.create_case(
                commune=list(communes)[index],
                reported_on=day,
                full_name=f"Ca {i}",
                detection_setting=setting,
                actor=system,
            )
        )
    return made


def recount(cases: list[Case], inside: Any, date: dt.date = OCT_31) -> dict[str, int]:
    """What the report must say, counted from the cases themselves."""
    mine = [c for c in cases if inside(c.commune) and c.reported_on <= date]
    today = [c for c in mine if c.reported_on == date]
    imported = sum(c.detection_setting == "imported" for c in mine)
    return {
        "cumulative_cases": len(mine),
        "new_cases_24h": len(today),
        "imported_cases": imported,
        "local_cases": len(mine) - imported,
        "community_cases_24h": sum(c.detection_setting == "community" for c in today),
    }


def test_every_write_keeps_commune_district_and_province_rows(
    cases: list[Case], baclieu: Any
) -> None:
    first = cases[1].commune
    rows = {r.area_id: r for r in LineListCount.objects.filter(date=OCT_31, area__province=baclieu)}
    commune, district, province = rows[first.pk], rows[first.parent_id], rows[baclieu.pk]
    assert (commune.new_cases, commune.community_cases, commune.quarantine_cases) == (2, 1, 1)
    assert province.new_cases == 4 and province.community_cases == 2
    assert province.other_province_cases == 1 and province.imported_cases == 0
    assert district.new_cases >= commune.new_cases
    # The commune series the levels and forecasts read stay per commune only.
    assert not DailyCaseCount.objects.filter(source="line_list").exclude(area__level="commune")


def test_reports_on_both_maps_agree_with_a_recount(cases: list[Case], system: Any) -> None:
    baclieu_commune = cases[0].commune
    district = baclieu_commune.parent
    new_commune = baclieu_commune.successors.get(is_default=True).new_unit
    old_of_new = set(new_commune.predecessors.values_list("old_unit_id", flat=True))
    areas = [
        (None, lambda c: True),
        (resolve_area_code("95"), lambda c: c.province.code == "95"),
        (district, lambda c: c.parent_id == district.pk),
        (baclieu_commune, lambda c: c.pk == baclieu_commune.pk),
        # Bạc Liêu and Cà Mau are one province since 2025.
        (resolve_area_code("2025:96"), lambda c: c.province.code in ("95", "96")),
        (new_commune, lambda c: c.pk in old_of_new),
    ]
    for area, inside in areas:
        report = build_sitrep(area, OCT_31, user=system)
        assert line_list(report) == recount(cases, inside), area_code(area) if area else "VN"
    nation = line_list(build_sitrep(None, OCT_31, user=system))
    imported_local = (nation["imported_cases"], nation["local_cases"])
    assert nation["cumulative_cases"] == 7 and imported_local == (1, 6)
    assert nation["community_cases_24h"] == 2


def test_figures_by_setting_only_when_every_case_states_it(
    cases: list[Case], system: Any, baclieu: Any
) -> None:
    commune = cases[0].commune
    services.create_case(commune=commune, reported_on=OCT_30, full_name="Không rõ", actor=system)
    figures = line_list(build_sitrep(baclieu, OCT_31, user=system))
    # One case of 30/10 has no setting: no imported/local split, but 31/10 is complete.
    assert "imported_cases" not in figures and "local_cases" not in figures
    assert figures["community_cases_24h"] == 2 and figures["cumulative_cases"] == 6
    on_30 = line_list(build_sitrep(baclieu, OCT_30, user=system))
    assert "community_cases_24h" not in on_30 and on_30["new_cases_24h"] == 2


def test_an_unknown_detection_setting_is_refused(system: Any, baclieu: Any) -> None:
    commune = AdminUnit.objects.filter(province=baclieu, level="commune").first()
    with pytest.raises(ServiceError) as error:
        services.create_case(
            commune=commune,
            reported_on=OCT_31,
            full_name="X",
            detection_setting="market",
            actor=system,
        )
    assert error.value.code == "invalid_input"
    assert not Case.objects.exists() and not LineListCount.objects.exists()


def test_the_rebuild_agrees_and_repairs_communes_and_the_roll_up(
    cases: list[Case], system: Any, baclieu: Any
) -> None:
    clean = services.rebuild_line_list_counts(actor=system)
    assert (clean["corrected"], clean["added"], clean["removed"]) == (0, 0, 0)
    assert clean["checked"] == (
        DailyCaseCount.objects.filter(source="line_list").count() + LineListCount.objects.count()
    )
    # Writes that bypassed the services: a wrong province row, a lost commune row, a
    # row no case supports.
    LineListCount.objects.filter(area=baclieu, date=OCT_31).update(community_cases=9)
    LineListCount.objects.filter(area=cases[5].commune, date=OCT_31).delete()
    LineListCount.objects.create(area=baclieu, date=dt.date(2021, 1, 1), new_cases=4)
    repaired = services.rebuild_line_list_counts(actor=system)
    assert (repaired["corrected"], repaired["added"], repaired["removed"]) == (1, 1, 1)
    nation = line_list(build_sitrep(None, OCT_31, user=system))
    assert nation == recount(cases, lambda c: True)
    again = services.rebuild_line_list_counts(actor=system)
    assert (again["corrected"], again["added"], again["removed"]) == (0, 0, 0)


def test_the_migration_fills_the_roll_up_of_cases_stored_before_it(cases: list[Case]) -> None:
    """A database upgraded from before LineListCount gets the same rows the writes keep."""
    import importlib

    from django.apps import apps

    fill = importlib.import_module(
        "chongdich.surveillance.migrations.0009_fill_line_list_counts"
    ).fill
    columns = [f.name for f in LineListCount._meta.fields if f.name not in ("id",)]
    kept = sorted(LineListCount.objects.values_list(*columns))
    LineListCount.objects.all().delete()
    fill(apps, None)
    assert sorted(LineListCount.objects.values_list(*columns)) == kept
    assert len(kept) > len(cases)  # communes, districts and provinces
