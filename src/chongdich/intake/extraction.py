"""The bridge between files or stored documents and the Django-free extractor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from chongdich.epi.gazetteer import find_provinces, normalise
from chongdich.epi.press_facts import extract_facts, find_published_date
from chongdich.epi.press_facts.provincial_cities import city_outlet
from chongdich.epi.press_header import split_attribution

from .saved_pages import HTML_SUFFIXES, read_saved_page


def extract_file_record(path: Path, published: dt.date | None) -> dict[str, Any]:
    """The CLI's record for one file: ``{"file", "published", "province_stats",
    "support_events", "directives"}``. Without ``published``, a dateline in the text
    is used (the attribution header's ``# published:`` first, docs/intake-annotation.md);
    without either, dates whose year cannot be resolved are null. A saved web page
    (.html, .htm, .xhtml) is read as its article, its own date before a dateline; it
    raises ``UnreadablePage`` when it cannot be read."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return _saved_page_record(path, published)
    header, body = split_attribution(path.read_text(encoding="utf-8"))
    text = normalise(body)
    when = published or header.published or find_published_date(text)
    facts = extract_facts(text, when, home_province=home_province(header.outlet))
    return {"file": path.name, "published": when.isoformat() if when else None, **facts.as_dict()}


def home_province(outlet: str | None) -> str | None:
    """The province an outlet's name gives ("Báo Bạc Liêu", "Đài PT-TH Đồng Tháp"), whose
    bulletins that name no province are about it; None for a national outlet."""
    found = find_provinces(outlet) if outlet else []
    if found:
        return found[0].name
    # "Vinh 24h", "Cổng TTĐT thành phố Huế": a site named after a provincial city (rules30)
    return city_outlet(outlet) if outlet else None


def _saved_page_record(path: Path, published: dt.date | None) -> dict[str, Any]:
    page = read_saved_page(path.read_bytes(), path.name)
    text = normalise(page.text)
    when = published or page.published or find_published_date(text)
    facts = extract_facts(text, when, home_province=home_province(page.site_name))
    return {"file": path.name, "published": when.isoformat() if when else None, **facts.as_dict()}


def extract_annotated(folder: Path, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The extractor's record of each annotated file of ``folder``: ``gold`` (its
    gold.jsonl) names the files and their publication dates."""
    return [
        extract_file_record(
            folder / str(record["file"]),
            dt.date.fromisoformat(record["published"]) if record.get("published") else None,
        )
        for record in gold
    ]
