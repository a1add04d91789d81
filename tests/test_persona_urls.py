"""Walk every URL (pages and API) with every persona: nobody reads or changes what lies
outside their jurisdiction, nobody who may not see personal data sees it, and anonymous
visitors reach only the public pages."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from chongdich.facilities.models import BedCapacity
from chongdich.geo.models import AdminUnit
from chongdich.intake.models import ExtractedFact, FactStatus
from chongdich.intake.services import submit_article
from chongdich.logistics.services import create_offer, dispatch_shipment, ship_directly
from chongdich.surveillance.services import create_case

pytestmark = pytest.mark.django_db

BACLIEU_SECRET = "Bạc Liêu Bí Mật"
CAMAU_SECRET = "Cà Mau Bí Mật"
PUBLIC = {
    "home",
    "login",
    "set_language",
    "javascript-catalog",
    "api-root",
    "openapi-json",
    "openapi-view",
    "logout",
}


def all_patterns() -> list[tuple[str, str]]:
    """(route with converters, name) for every URL in the URLconf."""
    found: list[tuple[str, str]] = []

    def walk(patterns: list[Any], prefix: str) -> None:
        for p in patterns:
            if isinstance(p, URLResolver):
                walk(p.url_patterns, prefix + str(p.pattern))
            elif isinstance(p, URLPattern):
                found.append((prefix + str(p.pattern), p.name or ""))

    walk(get_resolver().url_patterns, "")
    return found


def fill(route: str, values: dict[str, str]) -> str | None:
    route = route.lstrip("^").rstrip("$")
    if "(?P" in route or route.startswith("admin/"):
        return None  # the admin's regex routes are covered by its own staff-only check

    def sub(m: re.Match[str]) -> str:
        return values[m.group(2)]

    try:
        return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", sub, route)
    except KeyError:
        return None


@pytest.fixture
def world(system, baclieu, camau, baclieu_hospital, camau_hospital):
    bl = AdminUnit.objects.filter(province=baclieu, level="commune").first()
    cm = AdminUnit.objects.filter(province=camau, level="commune").first()
    create_case(
        commune=bl,
        reported_on="2021-10-31",
        full_name=BACLIEU_SECRET,
        phone="0900000001",
        actor=system,
    )
    create_case(
        commune=cm,
        reported_on="2021-10-31",
        full_name=CAMAU_SECRET,
        phone="0900000002",
        actor=system,
    )
    shipments = {}
    for key, province in (("baclieu", baclieu), ("camau", camau)):
        offer = create_offer(donor_name="Bình Dương", item="ventilator", quantity=5, actor=system)
        shipments[key] = dispatch_shipment(
            ship_directly(offer, province, 5, actor=system), actor=system
        )
    # An article about each province in the intake queue, its facts awaiting review.
    baclieu_doc = submit_article(
        text="Tính đến ngày 31/10, Bạc Liêu ghi nhận 2.828 ca dương tính.",
        title="Bạc Liêu",
        published_on=None,
        actor=system,
    )
    camau_doc = submit_article(
        text="Tính đến ngày 31/10, Cà Mau ghi nhận 4.321 ca dương tính.",
        title="Cà Mau",
        published_on=None,
        actor=system,
    )
    care = {
        key: _care_world(system, name)
        for key, name in (("baclieu", BACLIEU_SECRET), ("camau", CAMAU_SECRET))
    }
    lots = {
        key: _vaccine_lot(province, system)
        for key, province in (("baclieu", baclieu), ("camau", camau))
    }
    return {
        "baclieu_care": care["baclieu"],
        "camau_care": care["camau"],
        "baclieu_lot": lots["baclieu"],
        "camau_lot": lots["camau"],
        "baclieu_hospital": baclieu_hospital,
        "camau_hospital": camau_hospital,
        "baclieu_shipment": shipments["baclieu"],
        "camau_shipment": shipments["camau"],
        "baclieu_doc": baclieu_doc,
        "camau_doc": camau_doc,
    }


def _care_world(system: Any, full_name: str) -> dict[str, str]:
    """A home patient with a warning check-in (an alert) and a referral request."""
    import datetime as dt

    from chongdich.care import services as care
    from chongdich.surveillance.models import Case

    episode = care.start_home_care(Case.objects.get(full_name=full_name), actor=system)
    care.submit_checkin(
        episode,
        idempotency_key="persona-walk-1",
        measured_at=dt.datetime(2021, 11, 5, 8, tzinfo=dt.UTC),
        values={"spo2": 97, "pulse": 126, "respiratory_rate": 18},
        actor=system,
    )
    referral = care.request_referral(episode, severity="moderate", actor=system)
    return {
        "episode_id": str(episode.pk),
        "alert_id": str(episode.alerts.get().pk),
        "referral_id": str(referral.pk),
        "action": "confirm",
    }


def urls_for(world: dict[str, Any]) -> list[tuple[str, str]]:
    samples = [
        {
            "facility_id": str(world["baclieu_hospital"].pk),
            "shipment_id": str(world["baclieu_shipment"].pk),
            "document_id": str(world["baclieu_doc"].pk),
            "fact_id": str(world["baclieu_doc"].facts.get().pk),
            "map_version": "legacy",
            "level": "province",
            "code": "95",
            "bed_type": "icu",
            "path": "x",
            "lot_id": str(world["baclieu_lot"].pk),
            **world["baclieu_care"],
        },
        {
            "facility_id": str(world["camau_hospital"].pk),
            "shipment_id": str(world["camau_shipment"].pk),
            "document_id": str(world["camau_doc"].pk),
            "fact_id": str(world["camau_doc"].facts.get().pk),
            "map_version": "legacy",
            "level": "province",
            "code": "96",
            "bed_type": "icu",
            "path": "x",
            "lot_id": str(world["camau_lot"].pk),
            **world["camau_care"],
        },
    ]
    urls = set()
    for route, name in all_patterns():
        for values in samples:
            url = fill(route, values)
            if url is not None and "static" not in url:
                urls.add((url, name))
    return sorted(urls)


PERSONAS = [
    "anonymous",
    "national_coordinator",
    "baclieu_officer",
    "baclieu_bed_manager",
    "camau_officer",
    "donor",
    "unassigned_user",
]
# What each persona may never see on any page or API answer.
FORBIDDEN_TEXT = {
    "anonymous": [BACLIEU_SECRET, CAMAU_SECRET],
    "national_coordinator": [BACLIEU_SECRET, CAMAU_SECRET],
    "baclieu_officer": [CAMAU_SECRET],
    "baclieu_bed_manager": [BACLIEU_SECRET, CAMAU_SECRET],
    "camau_officer": [BACLIEU_SECRET],
    "donor": [BACLIEU_SECRET, CAMAU_SECRET],
    "unassigned_user": [BACLIEU_SECRET, CAMAU_SECRET],
}


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_url_respects_the_personas_jurisdiction(persona, request, world):
    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    for url, name in urls_for(world):
        response = client.get(url)
        assert response.status_code < 500, (persona, url, response.status_code)
        body = response.content.decode("utf-8", errors="replace")
        for secret in FORBIDDEN_TEXT[persona]:
            assert secret not in body, (persona, url)
        if persona == "anonymous" and name not in PUBLIC and not url.startswith("/admin"):
            assert response.status_code in (302, 401, 404, 405), (url, response.status_code)
        if persona == "unassigned_user" and url.startswith("/api/") and response.status_code == 403:
            assert response.json()["error"]["code"] == "no_assignment"


@pytest.mark.parametrize("persona", PERSONAS)
def test_nobody_changes_beds_outside_their_jurisdiction(persona, request, world):
    """Bed totals: the province's officers and the facility's manager. Beds in use: the
    facility's manager only (issue 5)."""
    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    camau_beds = BedCapacity.objects.get(facility=world["camau_hospital"], bed_type="icu")
    for facility_key in ("baclieu_hospital", "camau_hospital"):
        facility = world[facility_key]
        api = client.put(
            f"/api/facilities/{facility.pk}/beds/icu",
            {"total": 40, "occupied": 1},
            content_type="application/json",
        )
        page = client.post(
            f"/facilities/{facility.pk}/beds/", {"icu_total": "40", "icu_occupied": "2"}
        )
        totals = client.put(
            f"/api/facilities/{facility.pk}/beds/icu",
            {"total": 41},
            content_type="application/json",
        )
        may_register = (persona, facility_key) in {
            ("baclieu_officer", "baclieu_hospital"),
            ("baclieu_bed_manager", "baclieu_hospital"),
            ("camau_officer", "camau_hospital"),
        }
        may_set_occupancy = (persona, facility_key) == ("baclieu_bed_manager", "baclieu_hospital")
        if may_set_occupancy:
            assert (api.status_code, page.status_code) == (200, 302), (persona, facility_key)
        else:
            assert api.status_code in (401, 403, 404), (persona, facility_key, api.status_code)
            assert page.status_code in (302, 403, 404), (persona, facility_key, page.status_code)
            if api.status_code != 401:
                assert api.json()["error"]["code"] in ("forbidden", "not_found", "no_assignment")
        assert (totals.status_code == 200) == may_register, (persona, facility_key)
        beds = BedCapacity.objects.get(facility=facility, bed_type="icu")
        expected_occupied = 2 if may_set_occupancy else 31
        assert beds.occupied == expected_occupied, (persona, facility_key)
    camau_beds.refresh_from_db()
    if persona != "camau_officer":
        assert camau_beds.total == 40
    assert camau_beds.occupied == 31


def test_cases_page_shows_personal_data_to_the_responsible_officer(baclieu_officer, world):
    client = Client()
    client.force_login(baclieu_officer)
    body = client.get("/surveillance/cases/").content.decode()
    assert BACLIEU_SECRET in body and CAMAU_SECRET not in body


@pytest.mark.parametrize("persona", PERSONAS)
def test_nobody_receives_a_shipment_outside_their_jurisdiction(persona, request, world):
    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    for key in ("baclieu_shipment", "camau_shipment"):
        shipment = world[key]
        api = client.post(
            f"/api/support/shipments/{shipment.pk}/receive",
            {"quantity": 1},
            content_type="application/json",
        )
        page = client.post(f"/support/shipments/{shipment.pk}/receive/", {"quantity": "1"})
        allowed = (persona, key) in {
            ("national_coordinator", "baclieu_shipment"),
            ("national_coordinator", "camau_shipment"),
            ("baclieu_officer", "baclieu_shipment"),
            ("camau_officer", "camau_shipment"),
        }
        shipment.refresh_from_db()
        if allowed:
            assert shipment.received_quantity == 2, (persona, key)
        else:
            assert api.status_code in (401, 403, 404), (persona, key, api.status_code)
            assert page.status_code in (302, 403, 404), (persona, key, page.status_code)
            assert shipment.received_quantity == 0, (persona, key)


@pytest.mark.parametrize("persona", PERSONAS)
def test_nobody_records_scenarios_outside_their_jurisdiction(persona, request, world):
    from chongdich.forecasting.models import DemandSettings, Scenario

    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    for code in ("95", "96"):
        api = client.post(
            f"/api/forecasting/provinces/{code}/scenarios",
            {"name": f"api-{persona}", "concurrent_cases": 10},
            content_type="application/json",
        )
        page = client.post(
            f"/forecasting/province/{code}/scenarios/",
            {"name": f"page-{persona}", "concurrent_cases": "10"},
        )
        allowed = (persona, code) in {("baclieu_officer", "95"), ("camau_officer", "96")}
        if not allowed:
            assert api.status_code in (401, 403, 404), (persona, code, api.status_code)
            assert page.status_code in (302, 403, 404), (persona, code, page.status_code)
        stored = Scenario.objects.filter(province__code=code, name__endswith=persona).count()
        assert stored == (2 if allowed else 0), (persona, code, stored)
        client.post(f"/forecasting/province/{code}/demand/", {"oxygen_concentrators": "7"})
        settings_stored = DemandSettings.objects.filter(province__code=code).exists()
        assert settings_stored == allowed, (persona, code)


@pytest.mark.parametrize("persona", PERSONAS)
def test_nobody_reviews_facts_outside_their_jurisdiction(persona, request, world):
    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    for doc_key, province_officer in (
        ("baclieu_doc", "baclieu_officer"),
        ("camau_doc", "camau_officer"),
    ):
        fact = world[doc_key].facts.get()
        page = client.post(f"/intake/facts/{fact.pk}/review/", {"action": "reject"})
        api = client.post(f"/api/intake/facts/{fact.pk}/reject")
        fact.refresh_from_db()
        if persona != province_officer:
            assert fact.status == FactStatus.PENDING, (persona, doc_key)
            assert page.status_code in (302, 403, 404), (persona, doc_key, page.status_code)
            assert api.status_code in (401, 403, 404), (persona, doc_key, api.status_code)
        else:
            assert fact.status == FactStatus.REJECTED
            ExtractedFact.objects.filter(pk=fact.pk).update(status=FactStatus.PENDING)


def _vaccine_lot(province, actor):
    import datetime as dt

    from chongdich.logistics.services import province_holder
    from chongdich.vaccination.services import receive_vaccine_lot

    return receive_vaccine_lot(
        province_holder(province, actor=actor),
        brand="pfizer",
        lot_number=f"LOT-{province.code}",
        expires_on=dt.date(2021, 12, 31),
        doses=100,
        received_on=dt.date(2021, 11, 1),
        source_kind="ministry",
        source_name="Bộ Y tế",
        actor=actor,
    )


@pytest.mark.parametrize("persona", PERSONAS)
def test_nobody_uses_vaccine_lots_outside_their_jurisdiction(persona, request, world):
    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    for key, officer in (("baclieu_lot", "baclieu_officer"), ("camau_lot", "camau_officer")):
        lot = world[key]
        api = client.post(
            f"/api/vaccination/lots/{lot.pk}/use", {"used": 1}, content_type="application/json"
        )
        page = client.post(f"/vaccination/lots/{lot.pk}/use/", {"used": "1"})
        lot.refresh_from_db()
        if persona == officer:
            assert lot.doses_used == 2, (persona, key)
        else:
            assert lot.doses_used == 0, (persona, key)
            assert api.status_code in (401, 403, 404), (persona, key, api.status_code)
            assert page.status_code in (302, 403, 404), (persona, key, page.status_code)


@pytest.mark.parametrize("persona", PERSONAS)
def test_nobody_records_checkins_or_moves_referrals_outside_their_jurisdiction(
    persona, request, world
):
    from chongdich.care.models import CheckIn, ReferralRequest

    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    for key, officer in (("baclieu_care", "baclieu_officer"), ("camau_care", "camau_officer")):
        ids = world[key]
        before = CheckIn.objects.filter(episode_id=ids["episode_id"]).count()
        api = client.post(
            f"/api/care/episodes/{ids['episode_id']}/checkins",
            {
                "idempotency_key": f"walk-{persona}",
                "spo2": 97,
                "measured_at": "2021-11-05T08:00:00Z",
            },
            content_type="application/json",
        )
        page = client.post(f"/care/referrals/{ids['referral_id']}/release/")
        after = CheckIn.objects.filter(episode_id=ids["episode_id"]).count()
        if persona == officer:
            assert after == before + 1, (persona, key, api.status_code)
        else:
            assert api.status_code in (401, 403, 404), (persona, key, api.status_code)
            assert page.status_code in (302, 403, 404), (persona, key, page.status_code)
            assert after == before
        assert ReferralRequest.objects.get(pk=ids["referral_id"]).status == "waiting"
