"""The patient's check-in over real HTTP, through both fronts ``chongdich serve`` can run:
the WSGI dispatcher (``chongdich.wsgi``, under wsgiref here) and the RSGI application
(``chongdich.rsgi``, under Granian), each in front of Django, the group-commit writer and the
care service layer (ADR 0080, 0083). The writer has its own thread and database connection,
so these tests commit for real (transactional)."""

from __future__ import annotations

import datetime as dt
import http.client
import json
import threading
from collections.abc import Iterator
from decimal import Decimal
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from django.test import Client

from chongdich.accounts.models import AuditEvent
from chongdich.care import services
from chongdich.care.checkin_store import store_checkins
from chongdich.care.checkin_writer import WRITER
from chongdich.care.models import Alert, CheckIn, Episode, ReferralRequest
from conftest import rsgi_server

pytestmark = pytest.mark.django_db(transaction=True)

DAY = "2021-11-05T08:00:00+07:00"  # the rules in force in the demo's weeks
NORMAL = {"spo2": 98, "pulse": 80, "respiratory_rate": 16, "temperature": 36.8}
LOW_SPO2 = {"spo2": 95, "pulse": 88, "respiratory_rate": 18, "symptoms": ["fever", "cough"]}


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 128  # socketserver's 5 would refuse the crowd test's connections


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(params=["wsgi", "rsgi"])
def port(request: pytest.FixtureRequest) -> Iterator[int]:
    if request.param == "rsgi":
        with rsgi_server() as rsgi_port:
            yield rsgi_port
    else:
        from chongdich.wsgi import application

        server = make_server(
            "127.0.0.1", 0, application, server_class=_ThreadingServer, handler_class=_Quiet
        )
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield server.server_address[1]
        server.shutdown()
        server.server_close()
    WRITER.release_connection()  # the test database is dropped at the end of the run


def post(
    port: int,
    episode_id: int,
    body: Any,
    token: str | None,
    cookie: str = "",
    extra: dict[str, str] | None = None,
) -> tuple[int, dict[str, Any]]:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"Content-Type": "application/json", **(extra or {})}
    if token is not None:
        headers["X-Checkin-Token"] = token
    if cookie:
        headers["Cookie"] = cookie
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("POST", f"/api/care/episodes/{episode_id}/checkins", raw, headers)
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()


def test_a_retried_checkin_is_stored_once_and_the_retry_says_so(port: int, episode: Any) -> None:
    body = {"idempotency_key": "phone-http-1", "measured_at": DAY, **NORMAL}
    first = post(port, episode.pk, body, episode.checkin_token)
    again = post(port, episode.pk, body, episode.checkin_token)
    assert (first[0], again[0]) == (201, 200), first
    assert (first[1]["created"], again[1]["created"]) == (True, False)
    assert first[1]["id"] == again[1]["id"]
    assert first[1]["severity"] and first[1]["rule_set"]
    stored = CheckIn.objects.get(episode=episode)
    assert (stored.spo2, stored.submitted_by, stored.temperature) == (
        98,
        "patient",
        Decimal("36.8"),
    )
    audit = AuditEvent.objects.get(action="care.submit_checkin")
    assert audit.object_id == str(stored.pk) and audit.area_id == episode.commune_id
    assert audit.actor_label == f"patient:episode#{episode.pk}"
    episode.refresh_from_db()
    assert episode.last_checkin_at == stored.measured_at
    assert episode.severity == stored.severity


def test_many_phones_at_once_each_answered_after_its_commit(
    port: int, episode: Any, system: Any, home_case: Any
) -> None:
    keys = [f"crowd-key-{n:03d}" for n in range(24)] * 2  # every check-in sent twice
    answers: list[tuple[int, dict[str, Any]]] = []

    def send(key: str) -> None:
        body = {"idempotency_key": key, "measured_at": DAY, **NORMAL}
        answers.append(post(port, episode.pk, body, episode.checkin_token))

    threads = [threading.Thread(target=send, args=(k,)) for k in keys]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(status for status, _ in answers) == [200] * 24 + [201] * 24
    stored = set(CheckIn.objects.values_list("idempotency_key", flat=True))
    assert stored == set(keys)
    assert {body["id"] for _, body in answers} == set(CheckIn.objects.values_list("pk", flat=True))
    assert AuditEvent.objects.filter(action="care.submit_checkin").count() == 24


def test_warning_signs_over_http_alert_the_station_and_queue_a_referral(
    port: int, episode: Any
) -> None:
    status, body = post(
        port,
        episode.pk,
        {"idempotency_key": "phone-http-2", "measured_at": DAY, **LOW_SPO2},
        episode.checkin_token,
    )
    assert status == 201 and "spo2_low" in body["warnings"] and body["action"] == "transfer"
    alert = Alert.objects.get(episode=episode)
    assert alert.kind == "warning_signs" and alert.checkin_id == body["id"]
    referral = ReferralRequest.objects.get(episode=episode)
    assert (referral.status, referral.bed_type) == ("waiting", "oxygen")
    assert AuditEvent.objects.filter(action="care.request_referral").count() == 1


def test_a_moderate_checkin_without_warning_signs_still_queues_a_referral(
    port: int, episode: Any
) -> None:
    # Breathing 20/min is moderate (QĐ 4689): tier 2 by the rules, with no warning sign.
    moderate = {"spo2": 97, "pulse": 80, "respiratory_rate": 20, "symptoms": []}
    status, body = post(
        port,
        episode.pk,
        {"idempotency_key": "phone-http-moderate", "measured_at": DAY, **moderate},
        episode.checkin_token,
    )
    assert status == 201 and body["warnings"] == [] and body["action"] == "transfer"
    assert not Alert.objects.filter(episode=episode).exists()
    referral = ReferralRequest.objects.get(episode=episode)
    assert (referral.status, referral.severity) == ("waiting", "moderate")


def test_bad_json_and_bad_values_are_refused_with_the_api_error_shape(
    port: int, episode: Any
) -> None:
    token = episode.checkin_token
    status, body = post(port, episode.pk, b"{not json", token)
    assert status == 400 and body["error"]["code"] == "invalid_input"
    wrong_type = {"idempotency_key": "phone-http-3", "spo2": "lots"}
    status, body = post(port, episode.pk, wrong_type, token)
    # Exactly what the ninja route answers for the same body.
    django = Client().post(
        f"/api/care/episodes/{episode.pk}/checkins",
        wrong_type,
        content_type="application/json",
        HTTP_X_CHECKIN_TOKEN=token,
    )
    assert (status, body) == (django.status_code, django.json())
    status, body = post(port, episode.pk, {"idempotency_key": "phone-http-4", "spo2": 140}, token)
    assert status == 422 and [d["field"] for d in body["error"]["details"]] == ["spo2"]
    status, body = post(port, episode.pk, {"idempotency_key": "short", **NORMAL}, token)
    assert status == 422
    # Nothing of a refused check-in is written.
    assert not CheckIn.objects.exists()
    assert not AuditEvent.objects.filter(action="care.submit_checkin").exists()
    episode.refresh_from_db()
    assert episode.last_checkin_at is None


def test_bad_token_other_episode_and_ended_episode_are_refused(
    port: int, episode: Any, system: Any
) -> None:
    body = {"idempotency_key": "phone-http-5", "measured_at": DAY, **NORMAL}
    status, answer = post(port, episode.pk, body, "not-a-token")
    assert status == 401 and answer["error"]["code"] == "not_authenticated"
    status, answer = post(port, episode.pk + 1, body, episode.checkin_token)
    assert status == 403 and answer["error"]["code"] == "forbidden"
    services.discharge(episode, actor=system)
    status, answer = post(port, episode.pk, body, episode.checkin_token)
    assert status == 401  # the token of an ended episode opens nothing, as on Django's route
    assert not CheckIn.objects.exists()


def test_errors_come_in_the_language_of_the_cookie(port: int, episode: Any) -> None:
    body = {"idempotency_key": "phone-http-6", **NORMAL}
    token = episode.checkin_token
    _, vietnamese = post(port, episode.pk + 1, body, token)
    _, english = post(port, episode.pk + 1, body, token, cookie="django_language=en")
    assert english["error"]["message"] == "This is outside your jurisdiction or your role."
    assert vietnamese["error"]["message"] != english["error"]["message"]
    _, english = post(port, episode.pk, {**body, "spo2": 140}, token, "django_language=en")
    assert english["error"]["details"][0]["message"].startswith("spo2 must be a whole number")


def test_a_token_that_opens_nothing_with_a_session_cookie_is_djangos_to_decide(
    port: int, episode: Any, station: Any
) -> None:
    """The station's session, with a stale token in the header: the front hands the request,
    body included, to Django's route, which stores it as the station's (CSRF checked)."""
    browser = Client()
    browser.force_login(station)
    csrf = "a" * 32  # a well-formed CSRF secret, sent as cookie and header as a page would
    cookie = f"sessionid={browser.cookies['sessionid'].value}; csrftoken={csrf}"
    body = {"idempotency_key": "station-over-http", "measured_at": DAY, **NORMAL}
    status, answer = post(port, episode.pk, body, "stale-token", cookie, {"X-CSRFToken": csrf})
    assert (status, answer["created"]) == (201, True), answer
    stored = CheckIn.objects.get(idempotency_key="station-over-http")
    assert (stored.submitted_by, stored.spo2) == ("station", 98)
    # Without the CSRF header Django refuses it: the session alone does not do.
    status, _ = post(port, episode.pk, {**body, "idempotency_key": "no-csrf-12"}, "x", cookie)
    assert status in (401, 403)
    assert not CheckIn.objects.filter(idempotency_key="no-csrf-12").exists()


def test_a_checkin_of_an_episode_ended_meanwhile_leaves_nothing(
    episode: Any, system: Any, home_case: Any
) -> None:
    from django.db import transaction

    patient = services.PatientActor(episode.pk)
    when = dt.datetime.fromisoformat(DAY)
    prepared = services.prepare_checkin(
        episode, idempotency_key="k-ended-01", measured_at=when, values=NORMAL, actor=patient
    )
    services.discharge(Episode.objects.get(pk=episode.pk), actor=system)
    with transaction.atomic():
        (result,) = store_checkins([prepared])
    assert getattr(result, "code", None) == "conflict"
    assert not CheckIn.objects.exists()
    assert not AuditEvent.objects.filter(action="care.submit_checkin").exists()


def test_in_a_batch_only_the_ended_episodes_checkins_are_taken_back(
    episode: Any, system: Any, commune: Any
) -> None:
    """Only the check-ins of episodes still active are written: the ended episode's check-in
    leaves no check-in, alert, audit row or referral; the other episode's stay, and a retry
    in the same batch is answered with the first."""
    from django.db import transaction

    from chongdich.surveillance.services import create_case

    other_case = create_case(
        commune=commune,
        reported_on="2021-10-31",
        full_name="Trần Thị Hai",
        birth_year=1975,
        actor=system,
    )
    other = services.start_home_care(other_case, actor=system)
    when = dt.datetime.fromisoformat(DAY)
    warning = {**NORMAL, "spo2": 93}

    def prepared(ep: Any, key: str, values: dict[str, Any]) -> Any:
        return services.prepare_checkin(
            ep,
            idempotency_key=key,
            measured_at=when,
            values=values,
            actor=services.PatientActor(ep.pk),
        )

    batch = [
        prepared(episode, "k-ended-w1", warning),
        prepared(other, "k-alive-w1", warning),
        prepared(other, "k-alive-w1", warning),  # the phone's retry, in the same batch
    ]
    services.discharge(Episode.objects.get(pk=episode.pk), actor=system)
    with transaction.atomic():
        ended, first, retry = store_checkins(batch)
    assert getattr(ended, "code", None) == "conflict"
    assert isinstance(first, tuple) and isinstance(retry, tuple)
    assert (first[1], retry[1], retry[0].pk) == (True, False, first[0].pk)
    assert list(CheckIn.objects.values_list("episode_id", flat=True)) == [other.pk]
    assert list(Alert.objects.values_list("episode_id", flat=True)) == [other.pk]
    assert list(ReferralRequest.objects.values_list("episode_id", flat=True)) == [other.pk]
    audited = AuditEvent.objects.filter(action="care.submit_checkin")
    assert list(audited.values_list("object_id", flat=True)) == [str(first[0].pk)]
    assert Episode.objects.get(pk=other.pk).severity == first[0].severity


def test_the_same_warning_over_http_renews_one_open_alert(
    port: int, episode: Any, station: Any
) -> None:
    second_at = "2021-11-05T20:00:00+07:00"
    first = post(
        port,
        episode.pk,
        {"idempotency_key": "phone-same-1", "measured_at": DAY, **LOW_SPO2},
        episode.checkin_token,
    )
    second = post(
        port,
        episode.pk,
        {"idempotency_key": "phone-same-2", "measured_at": second_at, **LOW_SPO2, "spo2": 94},
        episode.checkin_token,
    )
    assert (first[0], second[0]) == (201, 201), second
    alert = Alert.objects.get(episode=episode)
    assert (alert.code, alert.checkin_id) == ("spo2_low", second[1]["id"])
    assert alert.checkin_at == dt.datetime.fromisoformat(second_at)
    services.acknowledge_alert(alert, actor=station)
    third = post(
        port,
        episode.pk,
        {"idempotency_key": "phone-same-3", "measured_at": second_at, **LOW_SPO2},
        episode.checkin_token,
    )
    assert third[0] == 201
    assert Alert.objects.filter(episode=episode).count() == 2
    assert Alert.objects.get(acknowledged_at__isnull=True).checkin_id == third[1]["id"]


def test_one_batch_with_the_same_warning_twice_keeps_the_latest(episode: Any) -> None:
    """PostgreSQL refuses an upsert that touches one row twice: the store sends one row per
    sign, the batch's latest."""
    from django.db import transaction

    patient = services.PatientActor(episode.pk)
    when = dt.datetime.fromisoformat(DAY)
    batch = [
        services.prepare_checkin(
            episode,
            idempotency_key=f"k-batch-{n}0",
            measured_at=when + dt.timedelta(hours=hours),
            values=LOW_SPO2,
            actor=patient,
        )
        for n, hours in enumerate((12, 0))  # the later one first
    ]
    with transaction.atomic():
        later, earlier = store_checkins(batch)
    assert isinstance(later, tuple) and isinstance(earlier, tuple)
    alert = Alert.objects.get(episode=episode)
    assert (alert.checkin_id, alert.checkin_at) == (later[0].pk, when + dt.timedelta(hours=12))


def test_a_phone_checkin_closes_the_missed_checkin_alert_and_its_referral(
    port: int, episode: Any, station: Any
) -> None:
    later = episode.started_at + dt.timedelta(hours=15)
    [missed] = services.scan_missed_checkins(now=later, actor=station)
    status, _ = post(
        port,
        episode.pk,
        {"idempotency_key": "phone-back-1", "measured_at": DAY, **NORMAL},
        episode.checkin_token,
    )
    assert status == 201
    missed.refresh_from_db()
    assert missed.closed_at is not None
    assert ReferralRequest.objects.get(episode=episode).status == "cancelled"
    cancelled = AuditEvent.objects.get(action="care.cancel_referral")
    assert cancelled.actor_label == f"patient:episode#{episode.pk}"
