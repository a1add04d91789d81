"""Signing in shows one's jurisdiction; a wrong password is refused in Vietnamese."""

from __future__ import annotations

from typing import Any


def test_a_province_officer_sees_their_jurisdiction_and_navigation(
    site: Any, baclieu_officer: Any
) -> None:
    page = site.sign_in(baclieu_officer.username)
    assert "Tỉnh Bạc Liêu" in page.inner_text("#assignments")
    nav = page.locator("nav.main-nav").text_content() or ""
    for link in ("Bản đồ", "Tình hình dịch", "Ca bệnh (F0)", "Cơ sở y tế", "Nhật ký thay đổi"):
        assert link in nav


def test_a_donor_sees_no_patient_list_in_the_navigation(site: Any, donor: Any) -> None:
    page = site.sign_in(donor.username)
    assert "Ca bệnh (F0)" not in (page.locator("nav.main-nav").text_content() or "")


def test_a_wrong_password_is_refused_in_vietnamese(site: Any, baclieu_officer: Any) -> None:
    page = site.sign_in(baclieu_officer.username, password="not-the-password")
    assert "Sai tên đăng nhập hoặc mật khẩu." in page.inner_text("main")
    assert page.url.endswith("/accounts/login/")


def test_the_navigation_menus_open_and_lead_to_their_pages(site: Any, baclieu_officer: Any) -> None:
    page = site.sign_in(baclieu_officer.username)
    nav = page.locator("nav.main-nav")
    assert not nav.get_by_role("link", name="Cơ sở y tế").is_visible()
    nav.get_by_text("Điều trị", exact=True).click()
    nav.get_by_role("link", name="Cơ sở y tế").click()
    page.wait_for_url("**/facilities/**")
    nav.get_by_text("Tình hình dịch", exact=True).click()
    assert "Cơ sở y tế" in page.inner_text("h1")
