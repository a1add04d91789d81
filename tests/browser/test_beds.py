"""A hospital bed manager updates beds from the page; bad numbers change nothing."""

from __future__ import annotations

from typing import Any

from chongdich.facilities.models import BedCapacity


def icu(facility: Any) -> BedCapacity:
    return BedCapacity.objects.get(facility=facility, bed_type="icu")


def test_a_bed_manager_updates_icu_beds(
    site: Any, baclieu_bed_manager: Any, baclieu_hospital: Any
) -> None:
    page = site.sign_in(baclieu_bed_manager.username)
    site.open("/facilities/")
    page.get_by_role("link", name="Cập nhật giường bệnh").click()
    page.fill("input[name=icu_total]", "45")
    page.fill("input[name=icu_occupied]", "44")
    page.click("form.form button[type=submit]")
    assert "Đã lưu số giường." in page.inner_text("main")
    assert (icu(baclieu_hospital).total, icu(baclieu_hospital).occupied) == (45, 44)


def test_more_beds_in_use_than_exist_is_refused_and_nothing_changes(
    site: Any, baclieu_bed_manager: Any, baclieu_hospital: Any
) -> None:
    site.sign_in(baclieu_bed_manager.username)
    page = site.open(f"/facilities/{baclieu_hospital.pk}/beds/")
    page.fill("input[name=icu_total]", "10")
    page.fill("input[name=icu_occupied]", "12")
    page.click("form.form button[type=submit]")
    assert "vượt quá tổng số" in page.inner_text("[role=alert]")
    assert page.input_value("input[name=icu_occupied]") == "12"  # what the user typed
    assert (icu(baclieu_hospital).total, icu(baclieu_hospital).occupied) == (40, 31)


def test_another_province_cannot_open_the_bed_form(
    site: Any, camau_officer: Any, baclieu_hospital: Any
) -> None:
    site.sign_in(camau_officer.username)
    page = site.open(f"/facilities/{baclieu_hospital.pk}/beds/")
    assert "ngoài phạm vi quản lý" in page.inner_text("main")
    assert page.locator("input[name=icu_total]").count() == 0
