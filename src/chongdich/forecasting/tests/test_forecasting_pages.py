"""Forecast pages and API, seen by the personas."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from chongdich.forecasting import services
from chongdich.forecasting.models import Scenario

pytestmark = pytest.mark.django_db


@pytest.fixture
def forecast(system, baclieu_counts, baclieu_officer):
    services.record_scenario(
        baclieu_counts,
        name="Kịch bản 1.000 F0",
        concurrent_cases=1000,
        is_active=True,
        actor=baclieu_officer,
    )
    services.recompute_forecasts(actor=system, as_of=dt.date(2021, 10, 31), province_code="95")
    return baclieu_counts


def client_for(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_the_province_page_shows_rt_projection_and_the_warning(forecast, baclieu_officer):
    body = client_for(baclieu_officer).get("/forecasting/province/95/").content.decode()
    assert "<svg" in body and 'id="demand"' in body
    assert "Kịch bản 1.000 F0" in body
    assert 'id="warnings"' in body


def test_the_national_table_lists_only_visible_provinces(
    forecast, baclieu_officer, camau_officer, national_coordinator
):
    assert (
        "/forecasting/province/95/"
        in client_for(national_coordinator).get("/forecasting/").content.decode()
    )
    assert (
        "/forecasting/province/95/"
        not in client_for(camau_officer).get("/forecasting/").content.decode()
    )


def test_another_province_sees_nothing_of_bac_lieu(forecast, camau_officer):
    c = client_for(camau_officer)
    assert c.get("/forecasting/province/95/").status_code == 404
    assert c.get("/api/forecasting/provinces/95").status_code == 404
    assert c.get("/api/forecasting/runs").json() == []
    response = c.post(
        "/api/forecasting/provinces/95/scenarios",
        {"name": "X", "concurrent_cases": 5},
        content_type="application/json",
    )
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert (
        c.post(
            "/forecasting/province/95/scenarios/", {"name": "X", "concurrent_cases": "5"}
        ).status_code
        == 404
    )
    assert not Scenario.objects.filter(name="X").exists()


def test_the_officer_records_a_scenario_by_page_and_api(forecast, baclieu_officer):
    c = client_for(baclieu_officer)
    page = c.post(
        "/forecasting/province/95/scenarios/",
        {"name": "3.000 F0", "concurrent_cases": "3.000", "tier2_beds": "600"},
    )
    assert page.status_code == 302
    assert Scenario.objects.get(name="3.000 F0").concurrent_cases == 3000
    api = c.post(
        "/api/forecasting/provinces/95/scenarios",
        {"name": "5.000 F0", "concurrent_cases": 5000, "is_active": True},
        content_type="application/json",
    )
    assert api.status_code == 200
    assert api.json()["is_active"] is True
    warnings = c.get("/api/forecasting/provinces/95/warnings").json()
    assert any(w["resource"] == "active_f0" for w in warnings)


def test_a_bed_manager_cannot_plan_scenarios(forecast, baclieu_bed_manager):
    c = client_for(baclieu_bed_manager)
    response = c.post(
        "/api/forecasting/provinces/95/scenarios",
        {"name": "Y", "concurrent_cases": 5},
        content_type="application/json",
    )
    assert response.status_code in (403, 404)
    assert not Scenario.objects.filter(name="Y").exists()


def test_the_home_page_shows_the_scenario_warnings_to_the_officer(
    forecast, baclieu_officer, camau_officer
):
    body = client_for(baclieu_officer).get("/").content.decode()
    assert "/forecasting/province/95/" in body
    assert "/forecasting/province/95/" not in client_for(camau_officer).get("/").content.decode()


def test_forecast_run_command_recomputes_and_reports(system, baclieu_counts):
    import io
    import json

    from django.core.management import call_command

    out = io.StringIO()
    call_command("forecast", "run", "--as-of", "2021-10-15", "--province", "95", stdout=out)
    assert json.loads(out.getvalue()) == {"provinces": 1, "codes": ["95"], "warnings": 0}


def test_the_officer_edits_stock_and_assumptions(forecast, baclieu_officer, camau_officer):
    from chongdich.forecasting.models import DemandSettings

    form = {
        "oxygen_concentrators": "300",
        "oxygen_supply_lpm": "8.000",
        "share_home": "0,5",
        "share_tier1": "0.35",
        "days_tier2": "14",
    }
    assert (
        client_for(camau_officer).post("/forecasting/province/95/demand/", form).status_code == 404
    )
    assert not DemandSettings.objects.exists()
    response = client_for(baclieu_officer).post("/forecasting/province/95/demand/", form)
    assert response.status_code == 302
    row = DemandSettings.objects.get()
    assert (row.oxygen_concentrators, row.oxygen_supply_lpm) == (300, 8000)
    # Only what differs from the defaults is stored as the province's own assumption.
    assert row.parameter_overrides == {"share_home": 0.5, "share_tier1": 0.35}


def test_shares_that_do_not_add_up_are_refused_and_nothing_is_stored(forecast, baclieu_officer):
    from chongdich.forecasting.models import DemandSettings

    c = client_for(baclieu_officer)
    response = c.post("/forecasting/province/95/demand/", {"share_home": "0.9"}, follow=True)
    assert "sum to 1" in response.content.decode()
    assert not DemandSettings.objects.exists()
