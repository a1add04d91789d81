"""Scenarios, demand settings, the nightly run and its warnings."""

from __future__ import annotations

import datetime as dt

import pytest

from chongdich.errors import ErrorCode, ServiceError
from chongdich.forecasting import services
from chongdich.forecasting.models import ForecastRun, Scenario, ScenarioWarning

pytestmark = pytest.mark.django_db
AS_OF = dt.date(2021, 10, 31)


def test_the_run_gives_rt_projection_and_the_day_each_resource_runs_out(
    system, baclieu_counts, baclieu_hospital
):
    services.set_demand_settings(baclieu_counts, oxygen_concentrators=250, actor=system)
    summary = services.recompute_forecasts(actor=system, as_of=AS_OF, province_code="95")
    assert summary["codes"] == ["95"]
    run = ForecastRun.objects.get(province=baclieu_counts)
    assert run.as_of == AS_OF
    # Bạc Liêu's wave was growing at the end of October 2021.
    assert 1.2 < run.rt_low < run.rt_median < run.rt_high < 3
    breaches = {b["resource"]: b for b in run.payload["breaches"]}
    # The hospital fixture holds 40 ICU beds; 250 concentrators were entered.
    assert breaches["icu_beds"]["capacity"] == 40
    assert breaches["oxygen_concentrators"]["capacity"] == 250
    assert breaches["oxygen_concentrators"]["median_date"] is not None
    assert len(run.payload["projection"]["median"]) == 28
    assert run.days_to_first_breach is not None


def test_exceeding_the_active_scenario_warns_the_provinces_officers(
    system, baclieu_counts, baclieu_officer, camau_officer
):
    services.record_scenario(
        baclieu_counts,
        name="1.000 F0",
        concurrent_cases=1000,
        tier2_beds=250,
        is_active=True,
        actor=baclieu_officer,
    )
    services.recompute_forecasts(actor=system, as_of=AS_OF, province_code="95")
    warnings = ScenarioWarning.objects.filter(province=baclieu_counts)
    active = warnings.get(resource="active_f0")
    assert active.kind == "actual"  # about 2,800 F0 under treatment against 1,000 planned
    assert active.figure > 1000
    assert list(active.recipients.all()) == [baclieu_officer]
    # Re-running the same day does not duplicate the warnings.
    count = warnings.count()
    services.recompute_forecasts(actor=system, as_of=AS_OF, province_code="95")
    assert warnings.count() == count


def test_no_warning_when_the_scenario_holds(system, baclieu_counts, baclieu_officer):
    services.record_scenario(
        baclieu_counts, name="Lớn", concurrent_cases=10**6, is_active=True, actor=baclieu_officer
    )
    services.recompute_forecasts(actor=system, as_of=dt.date(2021, 9, 30), province_code="95")
    assert not ScenarioWarning.objects.exists()


def test_activating_a_scenario_deactivates_the_others(baclieu, baclieu_officer):
    a = services.record_scenario(
        baclieu, name="A", concurrent_cases=1000, is_active=True, actor=baclieu_officer
    )
    services.record_scenario(
        baclieu, name="B", concurrent_cases=3000, is_active=True, actor=baclieu_officer
    )
    a.refresh_from_db()
    assert not a.is_active
    assert Scenario.objects.get(is_active=True).name == "B"


def test_another_provinces_officer_cannot_record_a_scenario(baclieu, camau_officer):
    with pytest.raises(ServiceError) as exc:
        services.record_scenario(baclieu, name="X", concurrent_cases=10, actor=camau_officer)
    assert exc.value.code == ErrorCode.FORBIDDEN
    assert not Scenario.objects.exists()


def test_bad_demand_parameters_are_refused_by_name(baclieu, baclieu_officer):
    with pytest.raises(ServiceError, match="share_home"):
        services.set_demand_settings(
            baclieu, parameter_overrides={"share_home": -1}, actor=baclieu_officer
        )
    with pytest.raises(ServiceError, match="unknown demand parameter"):
        services.set_demand_settings(
            baclieu, parameter_overrides={"oxygen": 3}, actor=baclieu_officer
        )


def test_province_overrides_change_the_demand(system, baclieu_counts, baclieu_officer):
    services.recompute_forecasts(actor=system, as_of=AS_OF, province_code="95")
    before = ForecastRun.objects.get().payload["need"]["tier2_beds"]["median"][0]
    services.set_demand_settings(
        baclieu_counts,
        actor=baclieu_officer,
        parameter_overrides={"share_home": 0.49, "share_tier2": 0.22},
    )
    services.recompute_forecasts(actor=system, as_of=AS_OF, province_code="95")
    after = ForecastRun.objects.get().payload["need"]["tier2_beds"]["median"][0]
    assert after == pytest.approx(2 * before, rel=0.01)


def test_oxygen_supply_entered_by_the_province_is_compared_with_the_flow_needed(
    system, baclieu_counts, baclieu_officer
):
    services.set_demand_settings(baclieu_counts, oxygen_supply_lpm=5000, actor=baclieu_officer)
    services.recompute_forecasts(actor=system, as_of=AS_OF, province_code="95")
    payload = ForecastRun.objects.get().payload
    oxygen = next(b for b in payload["breaches"] if b["resource"] == "oxygen_lpm")
    assert oxygen["capacity"] == 5000
    # Today's flow is below the supply; the median projection passes it within 28 days, so
    # more than half the paths run out and the median run-out date exists.
    need = payload["need"]["oxygen_lpm"]["median"]
    assert need[0] < 5000 < need[-1]
    assert oxygen["median_date"] is not None and oxygen["probability"] > 0.5
