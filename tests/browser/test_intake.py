"""Issue 8's "done when": a Bạc Liêu officer pastes seed 002 and, in the browser, turns it
into a reviewed Bạc Liêu situation report and a Bình Dương → Bạc Liêu support record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from chongdich.intake import services
from chongdich.intake.models import ExtractedFact, SourceDocument
from chongdich.logistics.models import SupportEvent
from chongdich.surveillance.models import SituationReport

SEED_002 = (
    Path(__file__).resolve().parents[2] / "src/chongdich/data/seeds/002_d42ad1aa15c9103d.txt"
).read_text(encoding="utf-8")


def test_an_officer_turns_seed_002_into_reviewed_records(
    site: Any, baclieu_officer: Any, baclieu: Any
) -> None:
    page = site.sign_in(baclieu_officer.username)
    site.open("/intake/")
    page.fill("input[name=title]", "Bình Dương hỗ trợ Bạc Liêu")
    page.fill("input[name=published_on]", "2021-10-31")
    page.fill("textarea[name=text]", SEED_002)
    page.click("#submit-article button[type=submit]")
    # Each figure is highlighted where it was read.
    assert page.locator("#article mark", has_text="2.828").count() == 1
    assert page.locator("#article mark", has_text="60,65").count() == 1
    statistics = page.locator("form.fact", has_text="Số liệu của tỉnh")
    statistics.locator("input[name=deaths]").fill("26")
    statistics.get_by_role("button", name="Chấp nhận").click()
    assert "Đã chấp nhận" in page.inner_text("main")
    page.locator("form.fact", has_text="Đợt hỗ trợ").get_by_role("button", name="Chấp nhận").click()

    report = SituationReport.objects.get(area=baclieu)
    assert (report.as_of, report.cumulative_cases, report.under_treatment) == (
        dt.date(2021, 10, 31),
        2828,
        2099,
    )
    assert report.source.text.startswith("https://thanhnien.vn/")
    event = SupportEvent.objects.get(recipient=baclieu)
    assert event.donor_name == "Bình Dương"
    assert sorted((i.item, i.quantity) for i in event.items.all()) == [
        ("money_vnd", 3_000_000_000),
        ("oxygen_concentrator", 100),
        ("thermometer", 500),
        ("ventilator", 15),
    ]
    assert page.locator("form.fact button").count() == 0  # nothing left to review
    # each accepted fact names what it became, in the reviewer's words, with its page
    recorded = page.locator("form.fact", has_text="Đợt hỗ trợ").get_by_role(
        "link", name=f"bản ghi hỗ trợ trong sổ quyên góp #{event.pk}"
    )
    assert recorded.get_attribute("href") == "/support/ledger/"
    assert page.get_by_role("link", name=f"báo cáo tình hình dịch #{report.pk}").count() == 1


# Written for this test: a bulletin with a recovered total for the officer to add.
MISSED = (
    "Bản tin sáng 5/11 của Sở Y tế Bạc Liêu.\nTổng số ca khỏi bệnh, ra viện lũy kế: 1.791 người."
)


def _open_missed(site: Any, officer: Any) -> tuple[Any, Any]:
    """MISSED stored with no fact read from it (whatever the reader can read by now), and
    its review page open in the officer's browser."""
    doc = services.register_source(
        file_name="missed-bulletin.txt",
        kind="press",
        title="Bản tin",
        published_on=dt.date(2021, 11, 5),
        text=MISSED,
        actor=officer,
    )
    page = site.sign_in(officer.username)
    site.open(f"/intake/documents/{doc.pk}/")
    return doc, page


def test_an_officer_adds_a_figure_the_reader_missed(
    site: Any, baclieu_officer: Any, baclieu: Any
) -> None:
    doc, page = _open_missed(site, baclieu_officer)
    page.get_by_text("Thêm số liệu của một tỉnh").click()
    # The officer selects "1.791" in the article; the quote fills itself in.
    page.evaluate(
        """() => {
            const piece = [...document.querySelectorAll('#article [data-at]')]
                .find(e => e.textContent.includes('1.791'));
            const node = piece.firstChild, at = node.data.indexOf('1.791');
            const range = document.createRange();
            range.setStart(node, at); range.setEnd(node, at + 5);
            document.getSelection().removeAllRanges(); document.getSelection().addRange(range);
        }"""
    )
    form = page.locator("#add-stats form")
    page.wait_for_function(
        "document.querySelector('#add-stats input[name=quote]').value === '1.791'"
    )
    assert form.locator("input[name=quote_start]").input_value() == str(MISSED.index("1.791"))
    form.locator("input[name=province]").fill("Bạc Liêu")
    form.locator("select[name=figure]").select_option(label="Khỏi bệnh")
    form.locator("input[name=value]").fill("1.791")
    form.get_by_role("button", name="Thêm").click()
    assert "Đã thêm dữ kiện" in page.inner_text("main")
    assert page.locator("#article mark", has_text="1.791").count() == 1
    added = page.locator("form.fact", has_text="do người duyệt thêm")
    added.get_by_role("button", name="Chấp nhận").click()
    report = SituationReport.objects.get(area=baclieu, source=doc)
    assert (report.as_of, report.recovered) == (dt.date(2021, 11, 5), 1791)


def test_a_refused_addition_says_why_in_vietnamese_and_keeps_what_was_typed(
    site: Any, baclieu_officer: Any
) -> None:
    _doc, page = _open_missed(site, baclieu_officer)
    page.get_by_text("Thêm số liệu của một tỉnh").click()
    form = page.locator("#add-stats form")
    form.locator("input[name=quote]").fill("1.791")
    form.locator("input[name=province]").fill("Bạc Liêu")
    form.locator("select[name=figure]").select_option(label="Tỷ lệ tiêm mũi 1 (%)")
    form.locator("input[name=value]").fill("179,1")  # a rate above 100 %
    form.get_by_role("button", name="Thêm").click()
    assert page.get_by_role("alert").inner_text() == "Tỷ lệ bao phủ nằm trong khoảng 0–100%."
    assert page.locator("#add-stats").get_attribute("open") is not None
    assert page.locator("#add-stats input[name=value]").input_value() == "179,1"
    assert not ExtractedFact.objects.filter(added_by=baclieu_officer).exists()


def test_clicking_a_figure_the_reader_did_not_read_starts_adding_it(
    site: Any, baclieu_officer: Any
) -> None:
    _doc, page = _open_missed(site, baclieu_officer)
    assert "1 con số trong bài chưa được đọc" in page.inner_text("#unread-note")
    page.locator("#article .unread", has_text="1.791").click()
    form = page.locator("#add-stats form")
    assert page.locator("#add-stats").get_attribute("open") is not None
    assert form.locator("input[name=quote]").input_value() == "1.791"
    assert form.locator("input[name=quote_start]").input_value() == str(MISSED.index("1.791"))
    assert form.locator("input[name=value]").input_value() == "1.791"


SAVED_PAGE = (
    Path(__file__).resolve().parents[2]
    / "src/chongdich/intake/tests/saved_pages/vnexpress_bac_lieu.html"
)


def test_an_officer_uploads_a_saved_web_page_and_reviews_its_clean_text(
    site: Any, baclieu_officer: Any
) -> None:
    page = site.sign_in(baclieu_officer.username)
    site.open("/intake/")
    # A page saved from the browser, uploaded with every field left blank.
    page.set_input_files("input[name=file]", str(SAVED_PAGE))
    page.click("#submit-article button[type=submit]")
    main = page.locator("main")
    assert main.locator("h1").inner_text() == (
        "Bạc Liêu ghi nhận thêm 414 ca Covid-19, Bình Dương hỗ trợ máy thở"
    )
    assert "Ngày đăng 31/10/2021" in main.inner_text()
    address = main.get_by_role("link", name="https://vnexpress.net/bac-lieu-ghi-nhan")
    assert address.get_attribute("href") == (
        "https://vnexpress.net/bac-lieu-ghi-nhan-them-414-ca-covid-19-binh-duong-ho-tro-4380000.html"
    )
    article = page.locator("#article")
    for figure in ("414", "2.828", "2.099", "60,65", "15 máy thở"):
        assert article.locator("mark", has_text=figure).count() >= 1, figure
    text = article.inner_text()
    assert text.startswith("Sáng 31/10, Sở Y tế Bạc Liêu")
    assert "TP Bạc Liêu | 161 | 1.205" in text.splitlines()
    for junk in ("Thời sự", "Tìm kiếm", "googletag", "Tin liên quan", "Lên đầu trang", "<"):
        assert junk not in text, junk
    assert page.locator("form.fact", has_text="Số liệu của tỉnh").count() == 1
    assert page.locator("form.fact", has_text="Đợt hỗ trợ").count() == 1


def test_an_upload_that_cannot_be_read_is_refused_in_vietnamese(
    site: Any, baclieu_officer: Any, tmp_path: Path
) -> None:
    legacy = tmp_path / "ban-tin.txt"
    legacy.write_bytes(b"B\xe1n tin s\xe1ng 5/11: 1.791 ng\xfd\xf2i.")  # not UTF-8
    page = site.sign_in(baclieu_officer.username)
    site.open("/intake/")
    page.fill("input[name=title]", "Bản tin 5/11")
    page.set_input_files("input[name=file]", str(legacy))
    page.click("#submit-article button[type=submit]")
    assert (
        page.get_by_role("alert")
        .inner_text()
        .startswith("Không đọc được chữ trong tệp này: tệp không phải văn bản UTF-8 hay UTF-16.")
    )
    assert page.locator("input[name=title]").input_value() == "Bản tin 5/11"
    assert not SourceDocument.objects.exists()
