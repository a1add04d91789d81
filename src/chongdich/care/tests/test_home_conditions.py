"""Home care starts with the conditions the rules ask about, and they decide the action."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client

from chongdich.care import services

NORMAL = {"spo2": 98, "pulse": 80, "respiratory_rate": 16, "symptoms": ["cough"]}
MORNING = dt.datetime(2021, 11, 5, 8, 0, tzinfo=dt.UTC)


def checkin(episode: Any, key: str) -> Any:
    stored, _created = services.submit_checkin(
        episode,
        idempotency_key=key,
        measured_at=MORNING,
        values=dict(NORMAL),
        actor=services.PatientActor(episode.pk),
    )
    return stored


@pytest.mark.django_db
def test_a_patient_who_meets_the_home_conditions_stays_home(system: Any, home_case: Any) -> None:
    # Fully vaccinated (QĐ 4038 asks; unknown doses would make the station look).
    home_case.doses = [{"on": "2021-08-01", "brand": "AZ"}, {"on": "2021-09-01", "brand": "AZ"}]
    home_case.save(update_fields=["doses"])
    episode = services.start_home_care(
        home_case, can_self_care=True, has_phone=True, has_caregiver=True, actor=system
    )
    assert checkin(episode, "key-00001").action == "continue_home"


@pytest.mark.django_db
def test_unknown_home_conditions_make_the_station_look(system: Any, home_case: Any) -> None:
    episode = services.start_home_care(home_case, actor=system)
    assert checkin(episode, "key-00002").action == "notify_station"


@pytest.mark.django_db
def test_the_station_starts_home_care_through_the_api(
    station: Any, home_case: Any, client: Client
) -> None:
    client.force_login(station)
    answer = client.post(
        "/api/care/episodes",
        {"case_id": home_case.pk, "can_self_care": True, "has_phone": True, "has_caregiver": False},
        content_type="application/json",
    )
    assert answer.status_code == 201, answer.content
    body = answer.json()
    assert body["place"] == "home" and len(body["checkin_token"]) > 20
    again = client.post(
        "/api/care/episodes", {"case_id": home_case.pk}, content_type="application/json"
    )
    assert again.status_code == 409


@pytest.mark.django_db
def test_a_station_cannot_take_in_another_provinces_case(
    station: Any, system: Any, camau: Any, client: Client
) -> None:
    from chongdich.geo.models import AdminUnit
    from chongdich.surveillance.services import create_case

    elsewhere = AdminUnit.objects.filter(province=camau, level="commune").first()
    case = create_case(commune=elsewhere, reported_on="2021-10-31", full_name="X", actor=system)
    client.force_login(station)
    answer = client.post(
        "/api/care/episodes", {"case_id": case.pk}, content_type="application/json"
    )
    assert answer.status_code == 404
