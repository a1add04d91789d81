"""An officer turns an article into reviewed records: statistics into a situation report
citing the article, support into the logistics ledger; conflicts between sources show."""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.test import Client

from chongdich.errors import ServiceError
from chongdich.intake import services
from chongdich.intake.models import ExtractedFact, FactKind, FactStatus
from chongdich.logistics.models import SupportEvent
from chongdich.surveillance.models import LevelAnnouncement, SituationReport
from conftest import _hospital

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"
SEED_001 = (SEEDS / "001_36da4ec69f6bd826.txt").read_text(encoding="utf-8")
SEED_002 = (SEEDS / "002_d42ad1aa15c9103d.txt").read_text(encoding="utf-8")
SEED_000 = (SEEDS / "000_7ed0ee890faffc77.txt").read_text(encoding="utf-8")
OCT31 = dt.date(2021, 10, 31)


def _submit(text, actor, published=OCT31):
    return services.submit_article(text=text, title="", published_on=published, actor=actor)


def test_submitting_an_article_queues_its_facts_for_the_province(baclieu_officer, baclieu):
    doc = _submit(SEED_002, baclieu_officer)
    facts = {f.kind: f for f in ExtractedFact.objects.filter(document=doc)}
    assert set(facts) == {FactKind.PROVINCE_STATS, FactKind.SUPPORT_EVENT}
    assert all(f.area == baclieu and f.status == FactStatus.PENDING for f in facts.values())
    stat = facts[FactKind.PROVINCE_STATS]
    assert "2.828" in doc.text[stat.span_start : stat.span_end]


def test_accepting_turns_seed_002_into_a_report_and_a_support_record(baclieu_officer, baclieu):
    doc = _submit(SEED_002, baclieu_officer)
    for fact in ExtractedFact.objects.filter(document=doc):
        services.accept_fact(fact, actor=baclieu_officer)
    report = SituationReport.objects.get(area=baclieu, source=doc)
    assert (report.as_of, report.cumulative_cases, report.deaths) == (OCT31, 2828, 26)
    assert float(report.first_dose_pct) == 60.65
    event = SupportEvent.objects.get(source=doc)
    assert (event.donor_name, event.recipient, event.date) == ("Bình Dương", baclieu, OCT31)
    assert event.donor_area.code == "74"
    assert sorted((i.item, i.quantity) for i in event.items.all()) == [
        ("money_vnd", 3_000_000_000),
        ("oxygen_concentrator", 100),
        ("thermometer", 500),
        ("ventilator", 15),
    ]


def test_an_edited_fact_is_recorded_as_edited(baclieu_officer, baclieu):
    doc = _submit(SEED_002, baclieu_officer)
    fact = ExtractedFact.objects.get(document=doc, kind=FactKind.PROVINCE_STATS)
    services.accept_fact(fact, payload={**fact.payload, "deaths": 27}, actor=baclieu_officer)
    assert SituationReport.objects.get(source=doc).deaths == 27
    fact.refresh_from_db()
    assert fact.payload["deaths"] == 27 and fact.reviewed_by == baclieu_officer


def test_a_level_change_becomes_a_level_announcement(baclieu_officer, baclieu):
    doc = _submit(SEED_000, baclieu_officer, published=dt.date(2021, 11, 3))
    fact = ExtractedFact.objects.get(document=doc, kind=FactKind.PROVINCE_STATS)
    services.accept_fact(
        fact, payload={**fact.payload, "as_of": "2021-11-02"}, actor=baclieu_officer
    )
    announcement = LevelAnnouncement.objects.get(area=baclieu, source=doc)
    assert (announcement.level, announcement.previous_level) == (4, 2)


def test_a_fact_is_reviewed_once(baclieu_officer):
    doc = _submit(SEED_002, baclieu_officer)
    fact = ExtractedFact.objects.filter(document=doc).first()
    services.reject_fact(fact, actor=baclieu_officer)
    with pytest.raises(ServiceError) as exc:
        services.accept_fact(fact, actor=baclieu_officer)
    assert exc.value.code == "conflict"


def test_another_province_cannot_review_bac_lieu_facts(baclieu_officer, camau_officer):
    doc = _submit(SEED_002, baclieu_officer)
    fact = ExtractedFact.objects.filter(document=doc).first()
    with pytest.raises(ServiceError) as exc:
        services.accept_fact(fact, actor=camau_officer)
    assert exc.value.code == "forbidden"
    client = Client()
    client.force_login(camau_officer)
    assert client.post(f"/intake/facts/{fact.pk}/review/", {"action": "accept"}).status_code == 404
    assert client.get(f"/intake/documents/{doc.pk}/").status_code == 404
    api = client.post(f"/api/intake/facts/{fact.pk}/accept", {}, content_type="application/json")
    assert api.status_code == 404 and api.json()["error"]["code"] == "not_found"
    fact.refresh_from_db()
    assert fact.status == FactStatus.PENDING


def test_sources_that_disagree_show_as_conflicts(baclieu_officer):
    first = _submit(SEED_001, baclieu_officer)
    for fact in ExtractedFact.objects.filter(document=first, kind=FactKind.PROVINCE_STATS):
        services.accept_fact(fact, actor=baclieu_officer)
    second = _submit(SEED_002, baclieu_officer)
    client = Client()
    client.force_login(baclieu_officer)
    body = client.get(f"/intake/documents/{second.pk}/").content.decode()
    # Under treatment: 2.061 in 001, 2.099 in 002 (the page writes numbers the Vietnamese way).
    conflict = re.search(r'class="conflict">([^<]*)<', body)
    assert conflict and re.search(r"2\.?099", conflict.group(1))
    assert re.search(r"2\.?061", conflict.group(1))
    assert "<mark" in body


def test_an_officer_pastes_and_accepts_in_the_pages(baclieu_officer, baclieu):
    client = Client()
    client.force_login(baclieu_officer)
    response = client.post(
        "/intake/", {"title": "Thanh Niên", "published_on": "2021-10-31", "text": SEED_002}
    )
    assert response.status_code == 302
    doc_url = response["Location"]
    fact = ExtractedFact.objects.get(kind=FactKind.SUPPORT_EVENT)
    client.post(
        f"/intake/facts/{fact.pk}/review/",
        {
            "action": "accept",
            "donor": "Bình Dương",
            "recipient": "Bạc Liêu",
            "date": "2021-10-31",
            "item-0-quantity": "3000000000",
            "item-1-quantity": "15",
            "item-2-quantity": "100",
            "item-3-quantity": "500",
            "item-3-detail": "handheld",
        },
    )
    assert SupportEvent.objects.get().items.count() == 4
    assert "Bình Dương" in client.get(doc_url).content.decode()


def test_the_api_submits_and_lists_facts(baclieu_officer):
    client = Client()
    client.force_login(baclieu_officer)
    created = client.post(
        "/api/intake/documents",
        {"text": SEED_002, "published_on": "2021-10-31"},
        content_type="application/json",
    )
    assert created.status_code == 201
    facts = client.get(f"/api/intake/documents/{created.json()['id']}/facts").json()
    assert {f["kind"] for f in facts} == {"province_stats", "support_event"}
    stat = next(f for f in facts if f["kind"] == "province_stats")
    accepted = client.post(
        f"/api/intake/facts/{stat['id']}/accept", {}, content_type="application/json"
    )
    assert accepted.json()["status"] == "accepted"
    assert accepted.json()["result"].startswith("surveillance.SituationReport:")


def test_stored_documents_are_queued_once(system, baclieu):
    doc = services.register_source(
        file_name="002_d42ad1aa15c9103d.txt",
        kind="press",
        title="Thanh Niên",
        published_on=OCT31,
        text=SEED_002,
        actor=system,
    )
    assert services.queue_demo_documents([doc], actor=system) == 2
    assert services.queue_demo_documents([doc], actor=system) == 0
    assert ExtractedFact.objects.filter(document=doc, area=baclieu).count() == 2


def test_support_to_a_registered_hospital_goes_to_its_province(baclieu_officer, baclieu, system):
    hospital = _hospital(system, "Bệnh viện Thanh Vũ Medic", "31825")
    text = f"Ngày 2/11, Công ty Hoa Sen trao tặng {hospital.name} 20 máy thở."
    doc = _submit(text, baclieu_officer, published=dt.date(2021, 11, 3))
    fact = ExtractedFact.objects.get(document=doc, kind=FactKind.SUPPORT_EVENT)
    assert fact.payload["recipient_facility"] == hospital.name
    assert fact.area == baclieu  # through the facility registry
    services.accept_fact(fact, actor=baclieu_officer)
    event = SupportEvent.objects.get(source=doc)
    assert (event.recipient, event.date) == (baclieu, dt.date(2021, 11, 2))
    assert event.items.get().quantity == 20
