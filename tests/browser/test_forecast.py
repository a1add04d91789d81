"""A Bạc Liêu officer reads the forecast and records a scenario; the warning appears."""

from __future__ import annotations

import csv
import datetime as dt
from typing import Any

from chongdich.forecasting import services
from chongdich.forecasting.models import Scenario
from chongdich.geo.reference import DATA_DIR
from chongdich.surveillance.services import import_daily_counts


def load_counts(system: Any, province: Any) -> None:
    with (DATA_DIR / "vn_covid_baclieu_daily_2021-09_2021-12.csv").open(encoding="utf-8") as fh:
        rows = [
            (
                dt.date.fromisoformat(r["date"]),
                int(r["new_cases_ncsc_case_by_day_snapshot_2022_01_22"]),
                None,
            )
            for r in csv.DictReader(fh)
        ]
    import_daily_counts(province, rows, source="ncsc", actor=system)


def test_the_officer_records_a_scenario_and_sees_it_exceeded(
    site: Any, system: Any, baclieu_officer: Any
) -> None:
    province = baclieu_officer.assignments.get().area
    load_counts(system, province)
    services.recompute_forecasts(actor=system, as_of=dt.date(2021, 10, 31), province_code="95")
    page = site.sign_in(baclieu_officer.username)
    site.open("/forecasting/province/95/")
    assert page.locator("svg.chart").count() == 2
    page.fill("#scenario-form input[name=name]", "Kịch bản 1.000 F0")
    page.fill("#scenario-form input[name=concurrent_cases]", "1.000")
    page.check("#scenario-form input[name=is_active]")
    page.click("#scenario-form button[type=submit]")
    assert "Đã lưu kịch bản" in page.inner_text("main")
    assert Scenario.objects.get(name="Kịch bản 1.000 F0").concurrent_cases == 1000
    services.recompute_forecasts(actor=system, as_of=dt.date(2021, 10, 31), province_code="95")
    site.open("/forecasting/province/95/")
    assert "Số liệu thực tế đã vượt kịch bản" in page.inner_text("#warnings")
