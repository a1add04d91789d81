"""Storing check-ins (``checkin_store``): what the one-statement PostgreSQL path and the
statement-by-statement path must both do (ADR 0082)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any

import pytest
from django.db import connection, transaction

from chongdich.accounts.models import AuditEvent
from chongdich.care import services
from chongdich.care.checkin_store import store_checkins, store_checkins_atomically
from chongdich.care.models import Alert, CheckIn, Episode

NORMAL = {"spo2": 98, "pulse": 80, "respiratory_rate": 16, "temperature": 36.8}
LOW_SPO2 = {"spo2": 93, "pulse": 88, "respiratory_rate": 18}
EIGHT = dt.datetime.fromisoformat("2021-11-05T08:00:00+07:00")


def prepared(episode: Any, key: str, at: dt.datetime, values: dict[str, Any]) -> Any:
    return services.prepare_checkin(
        episode,
        idempotency_key=key,
        measured_at=at,
        values=values,
        actor=services.PatientActor(episode.pk),
    )


@pytest.mark.django_db
def test_an_older_checkin_sent_late_does_not_replace_the_episodes_latest(episode: Any) -> None:
    """A phone offline in the morning sends its 8:00 check-in after the 14:00 one: the
    episode keeps 14:00's time and assessment (in one batch and across batches)."""
    afternoon = EIGHT + dt.timedelta(hours=6)
    with transaction.atomic():
        store_checkins(
            [
                prepared(episode, "late-at-14h", afternoon, LOW_SPO2),
                prepared(episode, "late-at-08h", EIGHT, NORMAL),
            ]
        )
    episode.refresh_from_db()
    worse = CheckIn.objects.get(idempotency_key="late-at-14h")
    assert (episode.last_checkin_at, episode.severity) == (afternoon, worse.severity)
    assert worse.severity != CheckIn.objects.get(idempotency_key="late-at-08h").severity

    services.submit_checkin(
        episode,
        idempotency_key="late-at-09h",
        measured_at=EIGHT + dt.timedelta(hours=1),
        values=NORMAL,
        actor=services.PatientActor(episode.pk),
    )
    episode.refresh_from_db()
    assert (episode.last_checkin_at, episode.severity) == (afternoon, worse.severity)


@pytest.mark.django_db
def test_the_audit_row_names_the_stored_checkin(episode: Any) -> None:
    with transaction.atomic():
        ((checkin, created),) = store_checkins([prepared(episode, "audit-key-1", EIGHT, LOW_SPO2)])
    audit = AuditEvent.objects.get(action="care.submit_checkin")
    stored = CheckIn.objects.get(pk=checkin.pk)
    assert created
    assert (audit.object_type, audit.object_id, audit.object_repr) == (
        "care.checkin",
        str(stored.pk),
        str(stored),
    )
    assert audit.after == {
        "episode": episode.pk,
        "severity": stored.severity,
        "warnings": stored.warnings,
        "action": stored.action,
    }
    assert audit.area_id == episode.commune_id and audit.actor_id is None
    alert = Alert.objects.get(episode=episode)
    assert (alert.checkin_id, alert.warnings) == (stored.pk, [alert.code])


@pytest.mark.django_db(transaction=True)
def test_a_discharge_committed_while_the_batch_waits_refuses_its_checkins(
    episode: Any, system: Any, home_case: Any, commune: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL writes a batch in one statement that reads the episodes first: a
    discharge that commits while the statement waits for the episode's row is seen when the
    statement locks it, and the batch is written again, refusing that episode's check-in."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's writer holds the database's write lock from its first read")
    from chongdich.care import checkin_store_pg
    from chongdich.surveillance.services import create_case

    attempts: list[int] = []
    write = checkin_store_pg.write_in_one_statement

    def counted(*args: Any) -> Any:
        attempts.append(1)
        return write(*args)

    monkeypatch.setattr(checkin_store_pg, "write_in_one_statement", counted)
    other_case = create_case(
        commune=commune,
        reported_on="2021-10-31",
        full_name="Lê Văn Ba",
        birth_year=1970,
        actor=system,
    )
    other = services.start_home_care(other_case, actor=system)
    batch = [
        prepared(episode, "race-key-1", EIGHT, LOW_SPO2),
        prepared(other, "race-key-2", EIGHT, NORMAL),
    ]
    holding, release = threading.Event(), threading.Event()
    results: list[Any] = []

    def discharge() -> None:
        try:
            with transaction.atomic():
                services.discharge(Episode.objects.get(pk=episode.pk), actor=system)
                holding.set()
                release.wait(10)
        finally:
            connection.close()

    def store() -> None:
        try:
            results.extend(store_checkins_atomically(batch))
        finally:
            connection.close()

    discharging = threading.Thread(target=discharge)
    discharging.start()
    assert holding.wait(10)
    storing = threading.Thread(target=store)
    storing.start()
    _wait_for_a_lock_wait()
    release.set()
    discharging.join(10)
    storing.join(10)
    refused, stored = results
    assert len(attempts) == 2  # the first saw the episode active, then found it ended
    assert getattr(refused, "code", None) == "conflict"
    assert isinstance(stored, tuple) and stored[1]
    assert list(CheckIn.objects.values_list("idempotency_key", flat=True)) == ["race-key-2"]
    assert not Alert.objects.filter(episode_id=episode.pk).exists()
    assert AuditEvent.objects.filter(action="care.submit_checkin").count() == 1


def _wait_for_a_lock_wait() -> None:
    """Until some session of this database waits on a row lock (the batch's statement)."""
    for _ in range(100):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0]:
                return
        time.sleep(0.05)
    raise AssertionError("the batch never waited for the episode's row")
