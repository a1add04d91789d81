"""`chongdich intake extract` also reads saved web pages (.html, .htm): the same record, read
from the page's article, dated --published, else by the page, else by a dateline; text files
are read exactly as before."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from chongdich.intake.extraction import extract_file_record

from .test_saved_pages import VNEXPRESS, _cp1258

RECORD_FIELDS = {"file", "published", "province_stats", "support_events", "directives"}


def _extract(*args):
    out = io.StringIO()
    call_command("intake", "extract", *map(str, args), stdout=out)
    return json.loads(out.getvalue())


def test_a_saved_page_is_read_as_its_article_and_dated_by_the_page(tmp_path):
    page = tmp_path / "Bạc Liêu ghi nhận thêm 414 ca - VnExpress.html"
    page.write_bytes(VNEXPRESS)
    (record,) = _extract(page)
    assert set(record) == RECORD_FIELDS
    assert (record["file"], record["published"]) == (page.name, "2021-10-31")
    (stats,) = record["province_stats"]
    assert (stats["province"], stats["cumulative_cases"], stats["new_cases_24h"]) == (
        "Bạc Liêu",
        2828,
        414,
    )
    assert stats["as_of"] == "2021-10-31"
    (event,) = record["support_events"]
    assert (event["donor"], event["recipient"], event["date"]) == (
        "Bình Dương",
        "Bạc Liêu",
        "2021-10-31",
    )
    assert _extract(page, "--published", "2021-11-01")[0]["published"] == "2021-11-01"


def test_a_page_without_a_date_is_dated_by_its_dateline(tmp_path):
    page = tmp_path / "ban-tin.HTM"
    page.write_text(
        "<html><head><title>Bản tin</title></head><body><nav>Trang chủ 1/1/2020</nav>"
        "<p>Bạc Liêu, 31/10/2021 - Tỉnh ghi nhận 2.828 ca dương tính.</p></body></html>",
        encoding="utf-8",
    )
    (record,) = _extract(page)
    assert record["published"] == "2021-10-31"


def test_a_text_file_is_read_as_text_even_when_it_holds_markup(tmp_path):
    text = "<!DOCTYPE html>\n<p>Tính đến ngày 31/10, Bạc Liêu ghi nhận 2.828 ca dương tính.</p>\n"
    as_text, as_page = tmp_path / "bai.txt", tmp_path / "bai.html"
    as_text.write_text(text, encoding="utf-8")
    as_page.write_text(text, encoding="utf-8")
    from_text, from_page = _extract(as_text, as_page, "--published", "2021-10-31")
    # The same fact, but offsets into the text as written, markup included, for the .txt.
    (stats,) = from_text["province_stats"]
    assert stats["spans"]["cumulative_cases"][0] == text.index("2.828")
    (stats,) = from_page["province_stats"]
    assert stats["spans"]["cumulative_cases"][0] == len("Tính đến ngày 31/10, Bạc Liêu ghi nhận ")


def test_an_unreadable_page_is_refused_with_its_name(tmp_path):
    page = tmp_path / "bai.html"
    page.write_bytes(_cp1258("<p>Bạc Liêu ghi nhận 2.828 ca</p>"))
    with pytest.raises(CommandError, match=r"Không đọc được tệp / cannot read .*bai\.html"):
        _extract(page)


def test_a_saved_page_of_a_provincial_paper_gives_its_province_to_a_bulletin_naming_none(
    tmp_path,
):
    page = tmp_path / "bao-bac-lieu.html"
    page.write_text(
        '<html><head><meta property="og:site_name" content="Báo Bạc Liêu"></head><body>'
        "<article><p>Sáng 2/11, toàn tỉnh ghi nhận 312 ca mắc COVID-19 mới.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    record = extract_file_record(page, dt.date(2021, 11, 2))
    assert [(s["province"], s["new_cases_24h"]) for s in record["province_stats"]] == [
        ("Bạc Liêu", 312)
    ]
