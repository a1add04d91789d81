"""An officer uploads a line list; a bad file is refused line by line, in Vietnamese."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chongdich.surveillance.models import Case

HEADER = "Họ tên,Năm sinh,Giới tính,Địa chỉ,Ngày lấy mẫu,Ngày báo cáo\n"


def test_an_officer_uploads_a_line_list_and_then_a_bad_one(
    site: Any, baclieu_officer: Any, tmp_path: Path
) -> None:
    good = tmp_path / "ds-31-10.csv"
    good.write_text(
        HEADER
        + 'Nguyễn Văn An,1980,Nam,"Ấp 1, xã Vĩnh Trạch, TP Bạc Liêu",30/10/2021,31/10/2021\n',
        encoding="utf-8",
    )
    bad = tmp_path / "ds-loi.csv"
    bad.write_text(
        HEADER + 'Trần Văn B,1990,Nam,"xã Vĩnh Trạch",02/11/2021,31/10/2021\n', encoding="utf-8"
    )
    site.sign_in(baclieu_officer.username)
    page = site.open("/surveillance/cases/")
    page.get_by_role("link", name="Nhập danh sách ca bệnh").click()
    page.set_input_files("input[name=file]", str(good))
    page.fill("input[name=province]", "95")
    page.click("#import-form button[type=submit]")
    assert "1 ca mới" in page.inner_text("#import-result")
    assert Case.objects.filter(full_name="Nguyễn Văn An", commune__code="31834").exists()

    page.set_input_files("input[name=file]", str(bad))
    page.fill("input[name=province]", "95")
    page.click("#import-form button[type=submit]")
    assert "Ngày báo cáo trước ngày lấy mẫu." in page.inner_text("#import-errors")
    assert not Case.objects.filter(full_name="Trần Văn B").exists()

    # The list names who entered each case: for an imported one, who imported its file.
    page = site.open("/surveillance/cases/")
    assert "Người nhập" in page.inner_text("table")
