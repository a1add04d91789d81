"""Browser tests: Playwright driving Debian's Chromium against a live server on 127.0.0.1.

Every test here is marked ``browser`` (scripts/test.sh leaves them out when
/usr/bin/chromium is missing). ``live_server`` runs transactional tests, which empty the
tables afterwards, so each test reloads the geography it needs (``ensure_geography``).
Set CHONGDICH_SCREENSHOTS=DIR to keep a full-page PNG of the last page of every test.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from conftest import PERSONA_PASSWORD, ensure_geography

CHROMIUM = "/usr/bin/chromium"

# Playwright's sync API keeps an event loop running in the test thread, so Django would
# refuse ORM calls from the tests ("async context"); they are plain synchronous calls here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    }


@pytest.fixture(scope="session")
def base_url() -> None:
    """No base URL for Playwright's contexts: ``site`` opens pages on live_server's address.

    Defining it here also keeps pytest-playwright's fallback fixture, a session fixture
    written as an instance method (deprecated since pytest 9), from running.
    """
    return None


@pytest.fixture(autouse=True)
def _geography(transactional_db: Any) -> None:
    ensure_geography()


class Site:
    """The live site as a user meets it: pages by path, signing in through the form."""

    def __init__(self, page: Any, base_url: str) -> None:
        self.page = page
        self.base_url = base_url

    def open(self, path: str) -> Any:
        self.page.goto(self.base_url + path)
        return self.page

    def sign_in(self, username: str, password: str = PERSONA_PASSWORD) -> Any:
        self.open("/accounts/login/")
        self.page.fill("input[name=username]", username)
        self.page.fill("input[name=password]", password)
        self.page.click("form button[type=submit]")
        return self.page


@pytest.fixture
def site(page: Any, live_server: Any, request: pytest.FixtureRequest) -> Any:
    page.set_default_timeout(10_000)
    yield Site(page, live_server.url)
    folder = os.environ.get("CHONGDICH_SCREENSHOTS")
    if folder:  # before the page fixture closes the page
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{request.node.name}.png"), full_page=True)
