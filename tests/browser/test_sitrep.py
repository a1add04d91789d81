"""A Bạc Liêu officer reads the situation report and settles seed 001 against seed 002."""

from __future__ import annotations

from typing import Any


def test_an_officer_resolves_the_treatment_figure_conflict(
    site: Any,
    seed_reports: Any,
    baclieu_officer: Any,
) -> None:
    site.sign_in(baclieu_officer.username)
    page = site.open("/surveillance/sitrep/?area=95&date=2021-10-31")
    row = page.locator("tr[data-figure=under_treatment]")
    assert "2.061" in row.locator("td.num").inner_text()
    assert "≠" in row.inner_text()  # the two newspapers disagree
    row.get_by_role("button", name="Dùng nguồn này").click()
    assert "Đã chọn nguồn" in page.inner_text("[role=status]")
    row = page.locator("tr[data-figure=under_treatment]")
    assert "2.099" in row.locator("td.num").inner_text()
    assert "đã chọn" in row.inner_text()
    assert "2.061" in row.inner_text()  # the other newspaper's figure is still shown
