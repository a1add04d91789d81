"""The site speaks Vietnamese first, whatever the browser asks for, and switches to English."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    # An English-language browser, as on many shared office machines.
    return {**browser_context_args, "locale": "en-US"}


def test_the_home_page_is_vietnamese_even_for_an_english_browser(site: Any) -> None:
    page = site.open("/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert "Điều hành chống dịch cho các tỉnh, thành và Bộ Y tế" in page.inner_text("h1")
    assert page.get_by_role("banner").get_by_role("link", name="Đăng nhập").is_visible()


def test_a_user_can_switch_to_english_and_back(site: Any) -> None:
    page = site.open("/")
    page.click("button[value=en]")
    assert page.inner_text("h1") == (
        "Epidemic response operations for provinces and the Ministry of Health"
    )
    page.click("button[value=vi]")
    assert "Điều hành chống dịch" in page.inner_text("h1")
