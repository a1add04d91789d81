"""The levels API: the same as the pages, within the caller's jurisdiction."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from django.test import Client

from chongdich.geo.models import AdminUnit
from chongdich.levels.models import LevelAssessment, UnitIndicator
from chongdich.surveillance.services import import_daily_counts

pytestmark = pytest.mark.django_db
DAYS = [dt.date(2021, 10, 10) + dt.timedelta(days=i) for i in range(14)]


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def post(client: Client, url: str, body: Any) -> Any:
    return client.post(url, json.dumps(body), content_type="application/json")


def test_an_officer_records_indicators_sets_rules_runs_and_announces(
    system: Any, baclieu: Any, baclieu_officer: Any, camau_officer: Any
) -> None:
    commune = AdminUnit.objects.filter(province=baclieu, level="commune").first()
    assert commune is not None
    import_daily_counts(commune, [(d, 0, 0) for d in DAYS], source="manual", actor=system)
    officer = client_for(baclieu_officer)
    answer = post(officer, "/api/levels/indicators", {
        "area_code": "95", "as_of": "2021-10-01", "adult_first_dose_pct": 80,
        "age50_full_pct": 85, "capacity_met": True, "source": "Sở Y tế",
    })  # fmt: skip
    assert answer.status_code == 200, answer.content
    assert UnitIndicator.objects.get(area=baclieu).adult_first_dose_pct == 80
    bad = post(officer, "/api/levels/indicators", {
        "area_code": "95", "as_of": "2021-10-01", "age50_full_pct": 130,
    })  # fmt: skip
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_input"
    rules = officer.get("/api/levels/rule-sets/95").json()
    assert {r["rule_set"]["code"] for r in rules} == {"QD4800", "QD218"}
    assert "incidence_cuts[0]" in next(
        r["needs_configuration"] for r in rules if r["rule_set"]["code"] == "QD218"
    )
    version = post(officer, "/api/levels/rule-sets/95", {
        "rule_set": "QD4800", "changes": {"province_adjustment": 1}, "note": "test",
    })  # fmt: skip
    assert version.json()["version"] == 1
    run = post(officer, "/api/levels/run", {"province_code": "95"})
    assert run.status_code == 200 and run.json()["weeks"][-1]["as_of"] == "2021-10-23"
    row = LevelAssessment.objects.get(area=commune, as_of="2021-10-23")
    assert (
        row.rule_set_version == "2021-10-12+95v1" and row.level == 2
    )  # no case: band 1, coverage met → 1, then the province +1
    notice = post(officer, "/api/levels/announcements", {
        "area_code": "95", "level": 3, "effective_at": "2030-01-01T12:00:00+07:00",
    })  # fmt: skip
    assert notice.json()["meets_notice"] is True and notice.json()["notice_required_hours"] == 48
    other = client_for(camau_officer)
    assert post(other, "/api/levels/run", {"province_code": "95"}).status_code == 403
    assert (
        post(other, "/api/levels/rule-sets/95", {"rule_set": "QD4800", "changes": {}}).status_code
        == 403
    )
    assert other.get("/api/levels/rule-sets/95").status_code == 403


def test_assess_over_http_follows_the_cli_contract(baclieu_officer: Any) -> None:
    officer = client_for(baclieu_officer)
    unit = {"id": "a", "population": 100000, "cases_7d": 30, "community_cases_7d": 30,
            "adult_first_dose_pct": 75, "age50_full_pct": 85}  # fmt: skip
    [out] = post(officer, "/api/levels/assess", {"as_of": "2021-11-15", "units": [unit]}).json()
    assert (out["level"], out["color"], out["band"], out["rule_set"]) == (2, "vàng", 2, "QD4800")
    refused = post(officer, "/api/levels/assess", {
        "as_of": "2021-11-15", "units": [{**unit, "population": -1}],
    })  # fmt: skip
    assert refused.status_code == 422 and "population" in refused.json()["error"]["message"]
    assert (
        post(Client(), "/api/levels/assess", {"as_of": "2021-11-15", "units": []}).status_code
        == 401
    )
