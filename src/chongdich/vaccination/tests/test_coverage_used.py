"""Which coverage a unit gets (dose table, else reported, else the levels indicator), and
the weekly level assessment reading it with its source."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit
from chongdich.levels import services as levels
from chongdich.levels.models import LevelAssessment
from chongdich.surveillance.services import import_daily_counts
from chongdich.vaccination import queries, services
from chongdich.vaccination.models import AgePopulation, DoseRecord

pytestmark = pytest.mark.django_db
DAY = dt.date(2021, 10, 20)


@pytest.fixture
def district(baclieu: Any) -> AdminUnit:
    return AdminUnit.objects.get(province=baclieu, level="district", code="954")


def _cover(system: Any, district: AdminUnit, adult_share: float, age50_share: float) -> None:
    """Dose rows for every commune of the district: shares of its estimated age groups."""
    services.estimate_age_populations_for(district.province, actor=system)
    for commune in AdminUnit.objects.filter(parent=district):
        pops = dict(
            AgePopulation.objects.filter(area=commune).values_list("age_group", "population")
        )
        for group in ("18-49", "50-64", "65+"):
            services.record_doses(
                commune,
                DAY,
                group,
                1,
                "astrazeneca",
                round(pops[group] * adult_share),
                actor=system,
            )
        for group in ("50-64", "65+"):
            services.record_doses(
                commune, DAY, group, 2, "pfizer", round(pops[group] * age50_share), actor=system
            )


def test_a_district_whose_communes_all_report_gets_its_coverage_from_doses(
    system: Any, district: AdminUnit
) -> None:
    _cover(system, district, 0.75, 0.85)
    commune = AdminUnit.objects.filter(parent=district).first()
    assert commune is not None
    found = queries.coverage_for([district, commune], [DAY - dt.timedelta(days=1), DAY])
    before, on = found[district.pk]
    assert before.values["adult_first_dose_pct"] == pytest.approx(0.0)
    assert on.kind == queries.SOURCE_DOSES
    assert on.values["adult_first_dose_pct"] == pytest.approx(75.0, abs=0.05)
    assert on.values["age50_full_pct"] == pytest.approx(85.0, abs=0.05)
    assert not queries.misses_targets(on)
    assert found[commune.pk][1].kind == queries.SOURCE_DOSES


def test_a_partial_dose_table_gives_way_to_the_reported_figure(
    system: Any, baclieu: Any, district: AdminUnit
) -> None:
    _cover(system, district, 0.75, 0.85)  # one district of seven: the province is not covered
    services.record_reported_coverage(
        baclieu, dt.date(2021, 10, 15), adult_first_dose_pct=60.65, adult_full_pct=15.44,
        source_note="Thanh Niên 31/10/2021", actor=system,
    )  # fmt: skip
    other = AdminUnit.objects.get(province=baclieu, level="district", code="956")
    found = queries.coverage_for([baclieu, other, district], [DAY])
    province = found[baclieu.pk][0]
    assert (province.kind, province.values["adult_first_dose_pct"]) == ("reported", 60.65)
    assert "Thanh Niên" in province.text()
    # A district without doses inherits its province's reported figure; one with doses not.
    assert found[other.pk][0].kind == "reported" and found[other.pk][0].from_unit == baclieu
    assert found[district.pk][0].kind == "doses"
    assert queries.misses_targets(province)


def test_a_reported_figure_needs_a_source_and_sane_values(system: Any, baclieu: Any) -> None:
    with pytest.raises(ServiceError):
        services.record_reported_coverage(baclieu, DAY, adult_first_dose_pct=60.0, actor=system)
    with pytest.raises(ServiceError):
        services.record_reported_coverage(
            baclieu, DAY, adult_first_dose_pct=160.0, source_note="x", actor=system
        )


def test_the_weekly_levels_read_coverage_from_the_dose_table(
    system: Any, baclieu: Any, district: AdminUnit
) -> None:
    communes = list(AdminUnit.objects.filter(parent=district))
    days = [dt.date(2021, 10, 10) + dt.timedelta(days=i) for i in range(21)]
    for commune in communes:
        import_daily_counts(commune, [(d, 0, 0) for d in days], source="manual", actor=system)
    # The levels page's own indicator says coverage is not met ...
    levels.record_unit_indicator(
        baclieu, dt.date(2021, 10, 1), actor=system, source="nhập tay",
        adult_first_dose_pct=40.0, age50_full_pct=40.0, capacity_met=True,
    )  # fmt: skip
    _cover(system, district, 0.75, 0.85)  # ... the doses say it is, from 20/10
    levels.assess_province_weeks("95", actor=system)
    early = LevelAssessment.objects.get(area=communes[0], as_of="2021-10-16")
    late = LevelAssessment.objects.get(area=communes[0], as_of="2021-10-30")
    assert not early.coverage_met and early.level == 2  # the indicator, before any dose
    assert late.coverage_met and late.level == 1
    assert any("Độ bao phủ vắc xin: bảng liều tiêm" in r for r in late.reasons_vi)
    assert late.inputs["coverage_source"].startswith("dose table")
    assert late.inputs["adult_first_dose_pct"] == pytest.approx(75.0, abs=0.05)


def test_doses_are_checked(system: Any, baclieu: Any) -> None:
    commune = AdminUnit.objects.filter(province=baclieu, level="commune").first()
    assert commune is not None
    for bad in (
        {"age_group": "30-40"},
        {"dose_number": 4},
        {"brand": "sputnik_light"},
        {"doses": -1},
        {"date": dt.date(2020, 12, 1)},
    ):
        args = {"date": DAY, "age_group": "18-49", "dose_number": 1, "brand": "pfizer", "doses": 5}
        args.update(bad)
        with pytest.raises(ServiceError):
            services.record_doses(commune, actor=system, **args)  # type: ignore[arg-type]
    with pytest.raises(ServiceError):
        services.record_doses(baclieu, DAY, "18-49", 1, "pfizer", 5, actor=system)
    assert DoseRecord.objects.count() == 0


def test_the_situation_report_lists_the_coverage_of_the_dose_records(
    system: Any, district: AdminUnit, baclieu_officer: Any
) -> None:
    from chongdich.surveillance.sitrep import build_sitrep

    _cover(system, district, 0.75, 0.85)
    report = build_sitrep(district, DAY, user=baclieu_officer)
    first = report["figures"]["first_dose_pct"]["candidates"]
    assert [(c["kind"], c["value"]) for c in first] == [("doses", pytest.approx(75.0, abs=0.05))]
    # The province is only partly covered by records: no dose-table figure for it.
    province = build_sitrep(district.province, DAY, user=baclieu_officer)
    kinds = [c["kind"] for c in province["figures"]["first_dose_pct"]["candidates"]]
    assert "doses" not in kinds
