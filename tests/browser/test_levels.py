"""The level pages as a province officer meets them: communes coloured by level, week by week,
each with its reasons in Vietnamese."""

from __future__ import annotations

import datetime as dt
from typing import Any

from playwright.sync_api import expect

from chongdich.geo.models import AdminUnit
from chongdich.levels.services import assess_province_weeks
from chongdich.surveillance.services import import_daily_counts


def test_bac_lieu_communes_by_level_week_by_week(
    site: Any, system: Any, baclieu: Any, baclieu_officer: Any
) -> None:
    days = [dt.date(2021, 10, 17) + dt.timedelta(days=i) for i in range(14)]
    communes = list(AdminUnit.objects.filter(province=baclieu, level="commune").order_by("code"))
    for k, commune in enumerate(communes):
        # Week 1 quiet everywhere; week 2: the first nine communes have an outbreak.
        rows = [(d, 0 if i < 7 or k >= 9 else 100, 0) for i, d in enumerate(days)]
        import_daily_counts(commune, rows, source="manual", actor=system)
    assess_province_weeks("95", actor=system)
    site.sign_in(baclieu_officer.username)
    page = site.open("/levels/95/?week=2021-10-30")
    assert page.locator("h2", has_text="9/64").count() == 1
    assert page.locator("svg.commune-map circle.level-4").count() == 9
    assert page.locator("svg.commune-map circle").count() == 64
    page.select_option("select[name=week]", "2021-10-23")
    page.wait_for_url("**week=2021-10-23")
    assert page.locator("svg.commune-map circle.level-4").count() == 0
    page.locator("svg.commune-map circle.level-2").first.click()  # via its link
    # The click returns once the commune's page is committed, not parsed: wait for it.
    expect(page.locator("ol.reasons li", has_text="Tiêu chí 1")).to_have_count(1)
