"""Weekly assessment of a province's communes, districts and itself; overrides; pages."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.test import Client

from chongdich.accounts.models import AuditEvent
from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit
from chongdich.levels import services
from chongdich.levels.models import LevelAssessment, RuleSetOverride
from chongdich.surveillance.models import LevelAnnouncement
from chongdich.surveillance.services import import_daily_counts

pytestmark = pytest.mark.django_db
DAYS = [dt.date(2021, 10, 10) + dt.timedelta(days=i) for i in range(21)]


@pytest.fixture
def counted(system: Any, baclieu: Any) -> dict[str, Any]:
    """Two communes of Bạc Liêu with counts: one quiet, one with 30 cases a day."""
    quiet, busy = AdminUnit.objects.filter(province=baclieu, level="commune").order_by("code")[:2]
    import_daily_counts(quiet, [(d, 0, 0) for d in DAYS], source="manual", actor=system)
    import_daily_counts(busy, [(d, 30, 0) for d in DAYS], source="manual", actor=system)
    services.record_unit_indicator(
        baclieu, dt.date(2021, 10, 1), actor=system, source="test",
        adult_first_dose_pct=75.0, age50_full_pct=85.0, capacity_met=True,
    )  # fmt: skip
    return {"quiet": quiet, "busy": busy, "province": baclieu}


def test_it_assesses_each_week_and_keeps_the_history(system: Any, counted: dict[str, Any]) -> None:
    summary = services.assess_province_weeks("95", actor=system)
    assert [w["as_of"] for w in summary["weeks"]] == ["2021-10-16", "2021-10-23", "2021-10-30"]
    quiet = LevelAssessment.objects.get(area=counted["quiet"], as_of="2021-10-30")
    busy = LevelAssessment.objects.get(area=counted["busy"], as_of="2021-10-30")
    assert (quiet.level, quiet.rule_set) == (1, "QD4800")
    # 210 cases a week over the commune's population: coverage met (inherited from the
    # province) and the rate decides.
    assert busy.cases_per_100k_week == pytest.approx(210 / busy.population * 100_000, rel=1e-3)
    assert busy.population_is_estimate and any("ước tính" in r for r in busy.reasons_vi)
    assert any("test (Tỉnh Bạc Liêu)" in r for r in busy.reasons_vi)
    # A district or province is assessed from its members' summed counts only when every
    # member has counts: two communes of 64 would understate them.
    assert not LevelAssessment.objects.filter(area=counted["busy"].parent).exists()
    assert not LevelAssessment.objects.filter(area=counted["province"]).exists()
    assert LevelAssessment.objects.filter(area=counted["busy"]).count() == 3
    services.assess_province_weeks("95", actor=system)  # re-running replaces, not duplicates
    assert LevelAssessment.objects.filter(area=counted["busy"]).count() == 3
    assert AuditEvent.objects.filter(action="levels.assess_province_weeks").count() == 2


def test_a_province_override_is_versioned_audited_and_used(
    system: Any, baclieu_officer: Any, camau_officer: Any, counted: dict[str, Any]
) -> None:
    matrix = [[2, 2], [2, 3], [3, 4], [3, 4]]
    first = services.set_rule_set_override(
        counted["province"], "QD4800", {"matrix": matrix}, note="test", actor=baclieu_officer
    )
    assert first.version == 1
    services.assess_province_weeks("95", actor=baclieu_officer)
    quiet = LevelAssessment.objects.get(area=counted["quiet"], as_of="2021-10-30")
    assert (quiet.level, quiet.rule_set_version) == (2, "2021-10-12+95v1")
    assert AuditEvent.objects.filter(action="levels.set_rule_set_override").count() == 1
    with pytest.raises(ServiceError) as err:
        services.set_rule_set_override(counted["province"], "QD4800", {}, actor=camau_officer)
    assert err.value.code == "forbidden"
    with pytest.raises(ServiceError) as err:
        services.set_rule_set_override(
            counted["province"], "QD4800", {"window": "3d"}, actor=baclieu_officer
        )
    assert err.value.code == "invalid_input"


def test_a_scheduled_change_reports_the_48_hour_notice(
    baclieu_officer: Any, counted: dict[str, Any]
) -> None:
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    now = dt.datetime(2021, 11, 1, 12, 0, tzinfo=tz)
    short = services.schedule_level_change(
        counted["province"], 4, effective_at=dt.datetime(2021, 11, 2, 12, 0, tzinfo=tz),
        previous_level=2, now=now, actor=baclieu_officer,
    )  # fmt: skip
    assert (short["notice_hours"], short["meets_notice"]) == (24.0, False)
    assert short["announcement"].previous_level == 2
    enough = services.schedule_level_change(
        counted["province"], 3, effective_at=dt.datetime(2021, 11, 3, 12, 0, tzinfo=tz),
        now=now, actor=baclieu_officer,
    )  # fmt: skip
    assert enough["meets_notice"] and enough["announcement"].previous_level == 4


def test_pages_and_api_show_a_province_only_to_its_jurisdiction(
    system: Any, baclieu_officer: Any, camau_officer: Any, counted: dict[str, Any]
) -> None:
    services.assess_province_weeks("95", actor=system)
    officer = Client()
    officer.force_login(baclieu_officer)
    page = officer.get("/levels/95/?week=2021-10-30").content.decode()
    assert "/64" in page and counted["busy"].name in page
    csv_text = officer.get("/levels/95/export.csv").content.decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("week_end,code,unit,unit_level,level,color")
    api = officer.get("/api/levels/assessments?province=95&as_of=2021-10-30").json()
    assert {row["code"] for row in api} == {counted["busy"].code, counted["quiet"].code}
    other = Client()
    other.force_login(camau_officer)
    assert other.get("/levels/95/").status_code == 403
    assert other.get("/api/levels/assessments?province=95").json() == []


def test_a_province_sets_its_rules_and_announces_a_level_from_pages(
    baclieu_officer: Any, camau_officer: Any, counted: dict[str, Any]
) -> None:
    officer = Client()
    officer.force_login(baclieu_officer)
    page = officer.get("/levels/95/rules/").content.decode()
    assert "incidence_cuts[0]" in page  # QĐ 218's unfound cut-points are asked for
    response = officer.post(
        "/levels/95/rules/",
        {"rule_set": "QD218", "cut_2": "20", "cut_3": "150", "note": "QĐ tỉnh"},
    )
    assert response.status_code == 302
    override = RuleSetOverride.objects.get(province=counted["province"], rule_set="QD218")
    assert override.changes == {"incidence_cuts": [20.0, 150.0, "default"]}
    assert "incidence_cuts[0]" not in officer.get("/levels/95/rules/").content.decode()
    # A new version keeps what the last one set unless it is changed.
    officer.post("/levels/95/rules/", {"rule_set": "QD218", "cut_3": "100"})
    latest = RuleSetOverride.objects.filter(rule_set="QD218").order_by("-version").first()
    assert latest is not None and latest.version == 2
    assert latest.changes == {"incidence_cuts": [20.0, 100.0, "default"]}
    refused = officer.post("/levels/95/rules/", {"rule_set": "QD218", "cut_2": "700"})
    assert "must increase" in refused.content.decode()
    other = Client()
    other.force_login(camau_officer)
    assert other.post("/levels/95/rules/", {"rule_set": "QD218"}).status_code == 403
    announced = officer.post(
        "/levels/95/schedule/", {"level": "4", "effective_at": "2030-11-02T12:00"}, follow=True
    )
    assert LevelAnnouncement.objects.filter(area=counted["province"], level=4).exists()
    assert "12:00 02/11/2030" in announced.content.decode()


def test_xlsx_export(system: Any, baclieu_officer: Any, counted: dict[str, Any]) -> None:
    import io

    from openpyxl import load_workbook

    services.assess_province_weeks("95", actor=system)
    officer = Client()
    officer.force_login(baclieu_officer)
    book = load_workbook(io.BytesIO(officer.get("/levels/95/export.xlsx").content))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:5] == ("week_end", "code", "unit", "unit_level", "level")
    assert {r[1] for r in rows[1:]} == {counted["quiet"].code, counted["busy"].code}


def test_a_district_whose_communes_all_have_counts_is_their_sum(system: Any, baclieu: Any) -> None:
    district = AdminUnit.objects.filter(province=baclieu, level="district").order_by("code")[0]
    communes = list(district.children.all())
    for commune in communes:
        import_daily_counts(commune, [(d, 2, 0) for d in DAYS], source="manual", actor=system)
    services.assess_province_weeks("95", actor=system)
    row = LevelAssessment.objects.get(area=district, as_of="2021-10-30")
    assert row.cases_week == 14 * len(communes)
    assert row.population == district.population


def test_the_2025_map_is_assessed_from_the_old_communes_counts(
    system: Any, baclieu: Any, national_coordinator: Any
) -> None:
    from chongdich.geo.models import UnitSuccession

    for commune in AdminUnit.objects.filter(province=baclieu, level="commune"):
        import_daily_counts(commune, [(d, 1, 0) for d in DAYS], source="manual", actor=system)
    link = UnitSuccession.objects.filter(old_unit__province=baclieu, is_default=True).first()
    assert link is not None
    new_province = link.new_unit.province
    summary = services.assess_province_weeks(new_province.code, map_version="current", actor=system)
    olds = UnitSuccession.objects.filter(new_unit=link.new_unit, is_default=True).count()
    row = LevelAssessment.objects.get(area=link.new_unit, as_of="2021-10-30")
    assert row.cases_week == 7 * olds
    # The 2025 province also covers old communes without counts: it is not assessed.
    assert not LevelAssessment.objects.filter(area=new_province).exists()
    assert summary["units_without_data"] > 0
    coordinator = Client()
    coordinator.force_login(national_coordinator)
    page = coordinator.get(f"/levels/{link.new_unit.code}/?map=current").content.decode()
    assert link.new_unit.name in page and "2021-10-12" in page  # its level and rule set


def test_an_island_district_and_its_commune_share_a_page(national_coordinator: Any) -> None:
    # ADR 0004: an island district with no commune stands as its own commune, same code.
    district = AdminUnit.objects.filter(map_version="legacy", level="district", code="755").first()
    assert district is not None
    coordinator = Client()
    coordinator.force_login(national_coordinator)
    page = coordinator.get("/levels/755/")
    assert page.status_code == 200
    assert page.context["unit"] == district
