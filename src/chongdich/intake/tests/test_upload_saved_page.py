"""An officer uploads a saved web page (or a text file) to the review queue, in the page or
through the API: the facts are read from the article's clean text, the page fills the
title, date and address left blank, and a file that cannot be read is refused in
Vietnamese with nothing stored."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from chongdich.accounts.models import AuditEvent
from chongdich.epi.gazetteer import normalise
from chongdich.intake.models import ExtractedFact, FactKind, SourceDocument
from chongdich.intake.saved_pages import MAX_BYTES

from .test_saved_pages import BULLETIN, VNEXPRESS, VNEXPRESS_TEXT, _cp1258

pytestmark = pytest.mark.django_db

SEED_002 = (Path(__file__).resolve().parents[2] / "data/seeds/002_d42ad1aa15c9103d.txt").read_text(
    encoding="utf-8"
)
PAGE_TITLE = "Bạc Liêu ghi nhận thêm 414 ca Covid-19, Bình Dương hỗ trợ máy thở"
PAGE_URL = (
    "https://vnexpress.net/bac-lieu-ghi-nhan-them-414-ca-covid-19-binh-duong-ho-tro-4380000.html"
)
UNREADABLE_VI = "Không đọc được chữ trong tệp này: tệp không phải văn bản UTF-8 hay UTF-16."


@pytest.fixture
def officer(baclieu_officer):
    client = Client()
    client.force_login(baclieu_officer)
    return client


def _saved_page(name="Bạc Liêu ghi nhận thêm 414 ca - VnExpress.html"):
    return SimpleUploadedFile(name, VNEXPRESS, content_type="text/html")


def _stored():
    return SourceDocument.objects.count(), ExtractedFact.objects.count(), AuditEvent.objects.count()


def test_an_uploaded_saved_page_queues_the_facts_of_its_article(officer, baclieu):
    form = {"title": "", "published_on": "", "url": "", "text": "", "file": _saved_page()}
    response = officer.post("/intake/", form)
    assert response.status_code == 302
    doc = SourceDocument.objects.get()
    assert doc.text == normalise(VNEXPRESS_TEXT)
    assert (doc.title, doc.published_on, doc.url) == (PAGE_TITLE, dt.date(2021, 10, 31), PAGE_URL)
    facts = {f.kind: f for f in ExtractedFact.objects.filter(document=doc)}
    stats, support = facts[FactKind.PROVINCE_STATS], facts[FactKind.SUPPORT_EVENT]
    assert stats.area == baclieu and support.area == baclieu
    assert (stats.payload["cumulative_cases"], stats.payload["new_cases_24h"]) == (2828, 414)
    start, end = stats.payload["spans"]["cumulative_cases"]
    assert doc.text[start:end] == "2.828"
    assert support.payload["donor"] == "Bình Dương"
    assert AuditEvent.objects.filter(action="intake.submit_article").count() == 1

    page = officer.get(response["Location"]).content.decode()
    article = re.search(r'<div class="article" id="article">(.*?)</div>', page, re.S).group(1)
    assert re.search(r"<mark[^>]*><span[^>]*>2\.828</span>", article)
    for junk in ("Thời sự", "googletag", "Tin liên quan", "&lt;p"):
        assert junk not in article


def test_what_the_officer_typed_wins_over_the_page(officer):
    form = {
        "title": "Bản tin Bạc Liêu",
        "published_on": "2021-11-01",
        "url": "https://baobaclieu.vn/ban-tin",
        "file": _saved_page(),
    }
    assert officer.post("/intake/", form).status_code == 302
    doc = SourceDocument.objects.get()
    assert (doc.title, doc.published_on, doc.url) == (
        "Bản tin Bạc Liêu",
        dt.date(2021, 11, 1),
        "https://baobaclieu.vn/ban-tin",
    )


def test_a_text_file_reads_as_the_same_text_pasted(officer):
    upload = SimpleUploadedFile("002.txt", SEED_002.encode(), content_type="text/plain")
    officer.post("/intake/", {"title": "Tải lên", "file": upload})
    officer.post("/intake/", {"title": "Dán", "text": SEED_002})
    uploaded, pasted = (SourceDocument.objects.get(title=t) for t in ("Tải lên", "Dán"))
    assert uploaded.text == pasted.text
    assert (uploaded.published_on, uploaded.url) == (None, "")
    assert uploaded.facts.count() == pasted.facts.count() == 2


def test_a_utf16_export_is_read(officer):
    data = "\ufeff".encode("utf-16-le") + BULLETIN.encode("utf-16-le")
    upload = SimpleUploadedFile("ban-tin.txt", data, content_type="text/plain")
    assert officer.post("/intake/", {"file": upload}).status_code == 302
    assert SourceDocument.objects.get().text == BULLETIN.strip()


def test_a_refused_upload_stores_nothing_and_says_why_in_vietnamese(officer):
    before = _stored()
    upload = SimpleUploadedFile("ban-tin.txt", _cp1258(BULLETIN), content_type="text/plain")
    response = officer.post("/intake/", {"title": "Bản tin 5/11", "file": upload})
    body = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'role="alert">[^<]*' + re.escape(UNREADABLE_VI), body)
    assert "\ufffd" not in body
    assert 'value="Bản tin 5/11"' in body  # what was typed is kept
    assert _stored() == before


def test_a_file_over_the_limit_is_refused(officer):
    before = _stored()
    upload = SimpleUploadedFile("lon.html", b" " * (MAX_BYTES + 1), content_type="text/html")
    body = officer.post("/intake/", {"file": upload}).content.decode()
    assert "Tệp lớn hơn 5 MB." in body
    assert _stored() == before


# ---------------------------------------------------------------- API


def test_the_api_takes_a_saved_page(officer):
    blank = {"file": _saved_page(), "title": "", "published_on": "", "url": ""}
    created = officer.post("/api/intake/documents/upload", blank)
    assert created.status_code == 201
    assert created.json() | {"id": 0} == {
        "id": 0,
        "title": PAGE_TITLE,
        "url": PAGE_URL,
        "published_on": "2021-10-31",
        "pending": 0,
        "total": 0,
    }
    facts = officer.get(f"/api/intake/documents/{created.json()['id']}/facts").json()
    assert {f["kind"] for f in facts} == {"province_stats", "support_event"}
    typed = officer.post(
        "/api/intake/documents/upload",
        {"file": _saved_page(), "title": "Bản tin", "published_on": "2021-11-01"},
    ).json()
    assert (typed["title"], typed["published_on"], typed["url"]) == (
        "Bản tin",
        "2021-11-01",
        PAGE_URL,
    )


def test_the_api_refuses_an_unreadable_file_with_a_structured_error(officer):
    before = _stored()
    upload = SimpleUploadedFile("ban-tin.txt", _cp1258(BULLETIN), content_type="text/plain")
    refused = officer.post("/api/intake/documents/upload", {"file": upload})
    assert refused.status_code == 422
    assert refused.json()["error"]["code"] == "invalid_file"
    assert refused.json()["error"]["message"].startswith(UNREADABLE_VI)
    assert refused.json()["error"]["details"] == {
        "file": "ban-tin.txt",
        "problem": "unknown_encoding",
    }
    officer.cookies["django_language"] = "en"
    page = "<html><head><meta charset='TCVN3'></head><body><p>B\xb9c</p></body></html>"
    upload = SimpleUploadedFile("bai.html", page.encode("latin-1"), content_type="text/html")
    refused = officer.post("/api/intake/documents/upload", {"file": upload}).json()["error"]
    assert refused["message"].startswith("The page says it is written in “TCVN3”")
    assert refused["details"]["charset"] == "TCVN3"
    assert _stored() == before


def test_an_upload_needs_the_right_to_submit(donor):
    client = Client()
    client.force_login(donor)
    refused = client.post("/api/intake/documents/upload", {"file": _saved_page()})
    assert refused.status_code == 403
    assert not SourceDocument.objects.exists()


PROVINCIAL_PAGE = """<!doctype html><html><head>
<meta property="og:site_name" content="Báo Bạc Liêu">
<meta property="article:published_time" content="2021-11-02T07:00:00+07:00"></head><body>
<article><p>Trong 24 giờ qua, toàn tỉnh ghi nhận 312 ca mắc COVID-19 mới, nâng tổng số ca
mắc lên 3.140 ca.</p></article></body></html>""".encode()


def test_a_provincial_papers_page_that_names_no_province_is_read_as_the_papers(officer, baclieu):
    file = SimpleUploadedFile("bao-bac-lieu.html", PROVINCIAL_PAGE, content_type="text/html")
    form = {"title": "", "published_on": "", "url": "", "text": "", "file": file}
    assert officer.post("/intake/", form).status_code == 302
    doc = SourceDocument.objects.get()
    assert doc.publisher == "Báo Bạc Liêu"
    stats = ExtractedFact.objects.get(document=doc, kind=FactKind.PROVINCE_STATS)
    assert stats.area == baclieu
    assert (stats.payload["province"], stats.payload["new_cases_24h"]) == ("Bạc Liêu", 312)
