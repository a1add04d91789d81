"""Vaccination in the browser: the coverage map and province page with Bạc Liêu's reported
60.65 % (seed 002), a lot's use recorded, a dose file imported and a bad one refused."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from chongdich.logistics.services import province_holder
from chongdich.vaccination import services
from chongdich.vaccination.models import DoseRecord

HEADER = "Mã xã,Ngày tiêm,Nhóm tuổi,Mũi,Vắc xin,Số lượng\n"


def _seed(system: Any, baclieu: Any) -> Any:
    services.record_reported_coverage(
        baclieu,
        dt.date(2021, 10, 31),
        adult_first_dose_pct=60.65,
        adult_full_pct=15.44,
        source_note="Thanh Niên, 31/10/2021 (bài 002)",
        actor=system,
    )
    return services.receive_vaccine_lot(
        province_holder(baclieu, actor=system),
        brand="astrazeneca",
        lot_number="CR-AZ-01",
        expires_on=dt.date(2021, 12, 10),
        doses=35_000,
        received_on=dt.date(2021, 11, 2),
        source_kind="donation",
        source_name="Bệnh viện Chợ Rẫy",
        actor=system,
    )


def test_the_dashboard_shows_bac_lieus_reported_coverage(
    site: Any, system: Any, baclieu: Any, baclieu_officer: Any
) -> None:
    _seed(system, baclieu)
    # The first request of the live server imports every app: slow on a loaded machine.
    site.page.set_default_timeout(30_000)
    site.sign_in(baclieu_officer.username)
    page = site.open("/")
    page.click("summary:has-text('Cấp độ dịch')")
    page.get_by_role("link", name="Tiêm chủng").click()
    page.fill("#date-form input[name=date]", "2021-10-31")
    page.click("#date-form button[type=submit]")
    table = page.inner_text("#coverage-table")
    assert "Tỉnh Bạc Liêu" in table and "60,65%" in table
    assert page.locator("path[data-code='95'].cov-2").count() == 1
    if os.environ.get("CHONGDICH_SCREENSHOTS"):  # the map, besides the last page
        folder = Path(os.environ["CHONGDICH_SCREENSHOTS"])
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / "vaccination_dashboard.png"), full_page=True)
    page.click("#coverage-table a:has-text('Tỉnh Bạc Liêu')")
    assert "15,44%" in page.inner_text("#own-coverage")
    assert "Thanh Niên, 31/10/2021" in page.inner_text("#coverage-source")
    assert "64 trên 64" in page.inner_text("#missing-targets")
    assert "CR-AZ-01" in page.inner_text("#lots")


def test_an_officer_records_a_lots_use(
    site: Any, system: Any, baclieu: Any, baclieu_officer: Any
) -> None:
    lot = _seed(system, baclieu)
    site.sign_in(baclieu_officer.username)
    page = site.open("/vaccination/lots/")
    page.fill("#lots input[name=used]", "31500")
    page.fill("#lots input[name=wasted]", "175")
    page.click("#lots button[type=submit]")
    lot.refresh_from_db()
    assert (lot.doses_used, lot.doses_wasted, lot.doses_left) == (31_500, 175, 3_325)
    assert "3325" in page.inner_text("#lots")
    page.fill("#lots input[name=used]", "9999")
    page.click("#lots button[type=submit]")
    assert "chỉ còn 3325 liều" in page.inner_text("[role=alert]")


def test_an_officer_imports_doses_and_a_bad_file_is_refused_by_line(
    site: Any, baclieu_officer: Any, tmp_path: Path
) -> None:
    good = tmp_path / "lieu-25-10.csv"
    good.write_text(
        HEADER + "31813,25/10/2021,18-49,Mũi 1,AstraZeneca,1.200\n"
        "31813,25/10/2021,50-64,Mũi 2,Pfizer,300\n",
        encoding="utf-8",
    )
    bad = tmp_path / "lieu-loi.csv"
    bad.write_text(
        HEADER + "31813,25/10/2021,30-40,Mũi 1,AstraZeneca,10\n"
        "99999,25/10/2021,18-49,Mũi 4,Sputnik Light,10\n",
        encoding="utf-8",
    )
    site.sign_in(baclieu_officer.username)
    page = site.open("/vaccination/")
    page.get_by_role("link", name="Nhập tệp số liều").click()
    page.set_input_files("input[name=file]", str(good))
    page.fill("input[name=province]", "95")
    page.click("#import-form button[type=submit]")
    assert "2 dòng mới" in page.inner_text("#import-result")
    assert DoseRecord.objects.count() == 2

    page.set_input_files("input[name=file]", str(bad))
    page.click("#import-form button[type=submit]")
    errors = page.inner_text("#import-errors")
    assert "Không rõ nhóm tuổi “30-40”" in errors
    assert "Không có mã xã “99999”" in errors
    assert "Không rõ loại vắc xin “Sputnik Light”" in errors
    assert DoseRecord.objects.count() == 2
