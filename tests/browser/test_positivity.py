"""A Bạc Liêu officer goes from the situation report to the test positivity of the province."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chongdich.geo.models import AdminUnit
from chongdich.surveillance.services import record_test_result


def test_an_officer_reads_positivity_by_day(site: Any, baclieu_officer: Any, system: Any) -> None:
    vinh_trach = AdminUnit.objects.get(map_version="legacy", level="commune", code="31834")
    for i, (day, positive) in enumerate([(30, True), (30, False), (30, False), (31, True)]):
        record_test_result(
            commune=vinh_trach,
            sampled_on=dt.date(2021, 10, day),
            test_type="rt_pcr" if i % 2 == 0 else "antigen",
            is_positive=positive,
            site="CDC Bạc Liêu",
            actor=system,
        )
    site.sign_in(baclieu_officer.username)
    page = site.open("/surveillance/sitrep/?area=95&date=2021-10-31")
    page.click("#positivity-link")
    assert "Tỷ lệ xét nghiệm dương tính" in page.inner_text("h1")
    row = page.locator('tr[data-date="2021-10-30"]')
    assert "33,3 %" in row.inner_text()  # 1 positive of 3, written the Vietnamese way
    assert "1/2" in row.inner_text() and "0/1" in row.inner_text()  # RT-PCR, antigen
    page.fill("input[name=from]", "2021-10-31")
    page.click("#positivity-form button")
    page.wait_for_url("**from=2021-10-31**")  # and loaded: the click returns at commit
    assert page.locator('tr[data-date="2021-10-30"]').count() == 0
    assert "100,0 %" in page.locator('tr[data-date="2021-10-31"]').inner_text()
