"""What the reader misses still reaches the records: an officer adds the fact from the
words of the article, it is queued and reviewed like the extractor's, and bad input is
refused with nothing stored."""

import datetime as dt

import pytest
from django.test import Client

from chongdich.accounts.models import AuditEvent
from chongdich.errors import ServiceError
from chongdich.intake import services
from chongdich.intake.models import ExtractedFact, FactKind, FactStatus
from chongdich.logistics.models import SupportEvent
from chongdich.surveillance.models import SituationReport

pytestmark = pytest.mark.django_db

# Written for this test in the style of a provincial bulletin the reader does not know:
# a figure after its label, and a gift of a kind the ledger once had no code for.
ARTICLE = (
    "Bản tin sáng 5/11 của Sở Y tế Bạc Liêu.\n"
    "Tổng số ca khỏi bệnh, ra viện lũy kế: 1.791 người. Số bệnh nhân đang điều trị: 95.\n"
    "Cùng ngày, Công ty Hoa Sen gửi tặng 20.000 khẩu trang cho Sở Y tế tỉnh Bạc Liêu."
)
NOV5 = dt.date(2021, 11, 5)


@pytest.fixture
def document(baclieu_officer):
    return services.submit_article(
        text=ARTICLE, title="Bản tin", published_on=NOV5, actor=baclieu_officer
    )


def _add_stats(document, actor, quote="1.791", **payload):
    return services.add_missed_fact(
        document,
        kind=FactKind.PROVINCE_STATS,
        payload={"province": "Bạc Liêu", **payload},
        quote=quote,
        actor=actor,
    )


def test_an_added_figure_is_queued_where_it_was_read_and_becomes_a_report(
    document, baclieu_officer, baclieu
):
    fact = _add_stats(document, baclieu_officer, recovered=1791)
    assert (fact.status, fact.area, fact.added_by) == (
        FactStatus.PENDING,
        baclieu,
        baclieu_officer,
    )
    assert document.text[fact.span_start : fact.span_end] == "1.791"
    assert fact.payload["spans"] == {"recovered": [fact.span_start, fact.span_end]}
    assert AuditEvent.objects.filter(action="intake.add_fact", object_id=str(fact.pk)).exists()

    services.accept_fact(fact, actor=baclieu_officer)
    report = SituationReport.objects.get(area=baclieu, source=document)
    assert (report.as_of, report.recovered) == (NOV5, 1791)  # as of the publication date


def test_two_added_figures_of_one_day_make_one_report(document, baclieu_officer, baclieu):
    for payload, quote in (({"recovered": 1791}, "1.791"), ({"under_treatment": 95}, "95")):
        fact = _add_stats(document, baclieu_officer, quote=quote, as_of="2021-11-05", **payload)
        services.accept_fact(fact, actor=baclieu_officer)
    report = SituationReport.objects.get(area=baclieu, source=document)
    assert (report.recovered, report.under_treatment) == (1791, 95)


def test_the_selection_decides_which_occurrence_is_quoted(baclieu_officer, baclieu):
    text = "Ngày 1/11 có 95 ca mới. Ngày 2/11 có 95 ca mới."
    doc = services.submit_article(text=text, title="", published_on=NOV5, actor=baclieu_officer)
    second = text.rindex("95")
    fact = services.add_missed_fact(
        doc,
        kind=FactKind.PROVINCE_STATS,
        payload={"province": "Bạc Liêu", "as_of": "2021-11-02", "new_cases_24h": 95},
        quote="95",
        start=second,
        actor=baclieu_officer,
    )
    assert fact.span_start == second


def test_an_added_gift_of_masks_becomes_a_ledger_record(document, baclieu_officer, baclieu):
    fact = services.add_missed_fact(
        document,
        kind=FactKind.SUPPORT_EVENT,
        payload={
            "donor": "Công ty Hoa Sen",
            "recipient": "Bạc Liêu",
            "date": "2021-11-05",
            "items": [{"item": "mask", "quantity": 20000, "detail": ""}],
        },
        quote="20.000 khẩu trang",
        actor=baclieu_officer,
    )
    services.accept_fact(fact, actor=baclieu_officer)
    event = SupportEvent.objects.get(source=document)
    assert (event.donor_name, event.recipient, event.date) == ("Công ty Hoa Sen", baclieu, NOV5)
    assert [(i.item, i.quantity) for i in event.items.all()] == [("mask", 20000)]


@pytest.mark.parametrize(
    ("item", "ledger"),
    [("ppe_kit", "ppe"), ("pulse_oximeter", "spo2_meter"), ("test_kit", "test_kit")],
)
def test_every_item_code_the_reader_gives_can_be_accepted(baclieu_officer, item, ledger):
    doc = services.submit_article(text=ARTICLE, title="", published_on=NOV5, actor=baclieu_officer)
    fact = services.add_missed_fact(
        doc,
        kind=FactKind.SUPPORT_EVENT,
        payload={
            "donor": "Hoa Sen",
            "recipient": "Bạc Liêu",
            "items": [{"item": item, "quantity": 5}],
        },
        quote="Công ty Hoa Sen",
        actor=baclieu_officer,
    )
    services.accept_fact(fact, actor=baclieu_officer)
    assert SupportEvent.objects.get(source=doc).items.get().item == ledger


@pytest.mark.parametrize(
    ("payload", "quote", "field"),
    [
        ({"recovered": 1791}, "không có trong bài", "quote"),
        ({"recovered": 1791}, "   ", "quote"),
        ({}, "1.791", "value"),
        ({"recovered": -3}, "1.791", "recovered"),
        ({"recovered": 17.5}, "1.791", "recovered"),
        ({"vaccine_dose1_pct": 160.65}, "1.791", "vaccine_dose1_pct"),
        ({"level": 5}, "1.791", "level"),
        ({"recovered": 1791, "as_of": "5/11/2021"}, "1.791", "as_of"),
        ({"recovered": 1791, "nonsense": 1}, "1.791", ""),
    ],
)
def test_bad_figures_are_refused_and_nothing_is_stored(
    document, baclieu_officer, payload, quote, field
):
    before = ExtractedFact.objects.count()
    with pytest.raises(ServiceError) as exc:
        _add_stats(document, baclieu_officer, quote=quote, **payload)
    assert exc.value.code == "invalid_input" and exc.value.details == {"field": field}
    assert ExtractedFact.objects.count() == before


def test_a_province_outside_ones_jurisdiction_is_refused(document, baclieu_officer, camau_officer):
    with pytest.raises(ServiceError) as exc:
        _add_stats(document, camau_officer, recovered=1791)
    assert exc.value.code == "forbidden"
    with pytest.raises(ServiceError) as exc:
        services.add_missed_fact(
            document,
            kind=FactKind.PROVINCE_STATS,
            payload={"province": "Atlantis", "recovered": 1791},
            quote="1.791",
            actor=baclieu_officer,
        )
    assert exc.value.code == "unknown_unit"
    assert not ExtractedFact.objects.filter(added_by__isnull=False).exists()


def test_an_officer_adds_a_missed_figure_in_the_page(document, baclieu_officer, baclieu):
    client = Client()
    client.force_login(baclieu_officer)
    url = f"/intake/documents/{document.pk}/"
    page = client.get(url).content.decode()
    assert 'id="article-text"' in page and 'data-at="0"' in page
    added = {
        "kind": "province_stats",
        "quote": "1.791",
        "quote_start": str(ARTICLE.index("1.791")),
        "province": "Bạc Liêu",
        "as_of": "",
        "figure": "recovered",
        "value": "1.791",  # written as in the article
    }
    response = client.post(f"{url}facts/", added)
    assert response.status_code == 302
    fact = ExtractedFact.objects.get(added_by=baclieu_officer)
    assert fact.payload["recovered"] == 1791
    # a refused addition comes back with its reason and what was typed
    refused = client.post(f"{url}facts/", {**added, "value": "nhiều"})
    assert refused.status_code == 400
    body = refused.content.decode()
    assert "Nhập một con số" in body and 'value="nhiều"' in body
    assert ExtractedFact.objects.filter(added_by=baclieu_officer).count() == 1


def test_the_api_adds_a_missed_fact(document, baclieu_officer):
    client = Client()
    client.force_login(baclieu_officer)
    url = f"/api/intake/documents/{document.pk}/facts"
    body = {
        "kind": "support_event",
        "quote": "20.000 khẩu trang",
        "payload": {
            "donor": "Công ty Hoa Sen",
            "recipient": "Bạc Liêu",
            "items": [{"item": "mask", "quantity": 20000}],
        },
    }
    created = client.post(url, body, content_type="application/json")
    assert created.status_code == 201, created.content
    assert created.json()["payload"]["items"][0]["item"] == "mask"
    refused = client.post(
        url, {**body, "payload": {**body["payload"], "items": []}}, content_type="application/json"
    )
    assert refused.status_code == 422
    assert refused.json()["error"]["details"] == {"field": "item"}


def test_an_article_nothing_was_read_from_stays_in_its_submitters_list(
    baclieu_officer, camau_officer
):
    text = "Tình hình dịch trên địa bàn tiếp tục được kiểm soát tốt."
    doc = services.submit_article(
        text=text, title="Không đọc được gì", published_on=NOV5, actor=baclieu_officer
    )
    assert not doc.facts.exists()
    client = Client()
    client.force_login(baclieu_officer)
    listing = client.get("/intake/").content.decode()
    assert "Không đọc được gì" in listing and f"/intake/documents/{doc.pk}/" in listing
    client.force_login(camau_officer)
    assert "Không đọc được gì" not in client.get("/intake/").content.decode()


def test_an_officer_adds_a_missed_gift_in_the_page(document, baclieu_officer, baclieu):
    client = Client()
    client.force_login(baclieu_officer)
    response = client.post(
        f"/intake/documents/{document.pk}/facts/",
        {
            "kind": "support_event",
            "quote": "20.000 khẩu trang",
            "quote_start": "",
            "donor": "Công ty Hoa Sen",
            "recipient": "Bạc Liêu",
            "date": "2021-11-05",
            "item": "mask",
            "quantity": "20.000",  # written as in the article
            "detail": "",
        },
    )
    assert response.status_code == 302
    fact = ExtractedFact.objects.get(added_by=baclieu_officer)
    assert fact.payload["items"] == [
        {"item": "mask", "quantity": 20000, "detail": "", "span": [fact.span_start, fact.span_end]}
    ]
    assert document.text[fact.span_start : fact.span_end] == "20.000 khẩu trang"
