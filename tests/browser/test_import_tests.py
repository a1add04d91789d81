"""An officer uploads test results from the positivity page; a bad file is refused line by
line, in Vietnamese, and stores nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chongdich.surveillance.models import TestResult

HEADER = "Ngày lấy mẫu,Loại xét nghiệm,Nơi xét nghiệm,Kết quả,Mã xã\n"


def test_an_officer_uploads_test_results_and_then_a_bad_file(
    site: Any, baclieu_officer: Any, tmp_path: Path
) -> None:
    good = tmp_path / "xn-31-10.csv"
    good.write_text(
        HEADER
        + "30/10/2021,RT-PCR,CDC Bạc Liêu,Dương tính,31834\n"
        + "30/10/2021,Test nhanh,CDC Bạc Liêu,Âm tính,31834\n",
        encoding="utf-8",
    )
    bad = tmp_path / "xn-loi.csv"
    bad.write_text(HEADER + "31/10/2099,RT-PCR,CDC Bạc Liêu,Dương tính,31834\n", encoding="utf-8")
    site.sign_in(baclieu_officer.username)
    page = site.open("/surveillance/positivity/?area=95")
    page.click("#import-tests-link")
    assert "Nhập kết quả xét nghiệm" in page.inner_text("h1")
    page.set_input_files("input[name=file]", str(good))
    page.fill("input[name=province]", "95")
    page.click("#import-form button[type=submit]")
    assert "2 xét nghiệm, 1 dương tính" in page.inner_text("#import-result")
    assert TestResult.objects.filter(commune__code="31834").count() == 2

    page.set_input_files("input[name=file]", str(bad))
    page.click("#import-form button[type=submit]")
    errors = page.inner_text("#import-errors")
    assert "Ngày lấy mẫu" in errors and "2099" in errors
    assert TestResult.objects.count() == 2
