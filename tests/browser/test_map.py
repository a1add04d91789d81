"""The province map colours a province by the level it announced."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chongdich.surveillance.services import announce_level


def test_bac_lieu_turns_red_when_it_announces_level_4(
    site: Any, system: Any, baclieu: Any, baclieu_officer: Any
) -> None:
    announce_level(
        baclieu,
        4,
        effective_at=dt.datetime(2021, 11, 2, 5, tzinfo=dt.UTC),
        previous_level=2,
        actor=system,
    )
    site.sign_in(baclieu_officer.username)
    page = site.open("/geo/map/")
    bac_lieu = page.locator(f"path[data-code='{baclieu.code}']")
    assert bac_lieu.get_attribute("class") == "level-4"
    assert page.evaluate("el => getComputedStyle(el).fill", bac_lieu.element_handle()) not in (
        "",
        "none",
        "rgb(0, 0, 0)",
    )
    assert page.locator("path.level-4").count() == 1
