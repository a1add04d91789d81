"""A province officer loads a travel-time matrix from the referral page; a bad file is
refused line by line, in Vietnamese, and the loaded matrix stays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chongdich.care.models import TravelTime


def test_an_officer_loads_a_travel_time_matrix_and_then_a_bad_file(
    site: Any, baclieu_officer: Any, baclieu_hospital: Any, tmp_path: Path
) -> None:
    good = tmp_path / "osrm-bac-lieu.csv"
    good.write_text(
        f"commune,facility,minutes\n31825,{baclieu_hospital.pk},12\n31828,{baclieu_hospital.pk},"
        '"27,5"\n',
        encoding="utf-8",
    )
    bad = tmp_path / "sai.csv"
    bad.write_text(f"commune,facility,minutes\n31825,{baclieu_hospital.pk},-4\n", encoding="utf-8")
    site.sign_in(baclieu_officer.username)
    page = site.open("/care/referrals/")
    page.click("text=Thời gian di chuyển đến cơ sở điều trị")
    assert "Chưa nạp ma trận nào" in page.inner_text("#matrices")
    page.select_option("select[name=province]", "95")
    page.set_input_files("input[name=file]", str(good))
    page.click("#travel-form button[type=submit]")
    assert "2 cặp đã nạp cho Tỉnh Bạc Liêu" in page.inner_text("#travel-result")
    assert "osrm-bac-lieu.csv" in page.inner_text("#matrices")

    page.select_option("select[name=province]", "95")
    page.set_input_files("input[name=file]", str(bad))
    page.click("#travel-form button[type=submit]")
    assert "minutes" in page.inner_text("#import-errors")
    assert sorted(TravelTime.objects.values_list("minutes", flat=True)) == [12.0, 27.5]
    page.goto(page.url)  # the stored matrix is still listed
    assert "osrm-bac-lieu.csv" in page.inner_text("#matrices")
