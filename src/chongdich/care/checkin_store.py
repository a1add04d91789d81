"""Storing assessed check-ins, one or many in the caller's transaction, in few statements.

Both ways in use it: ``services.submit_checkin`` (one check-in, Django's API route and the
pages) and the group-commit writer (``checkin_writer``, many check-ins per commit, ADR 0080).
On PostgreSQL a batch is one prepared statement (``checkin_store_pg``, ADR 0082). Elsewhere,
per batch: a read of which episodes are still active, one multi-row ``INSERT ... ON CONFLICT
DO NOTHING RETURNING`` of their check-ins (the unique constraint on (episode, idempotency
key) is the idempotency check: no lookup first), one ``UPDATE`` of the episodes' latest
assessment, one ``INSERT`` of the audit rows, one ``INSERT ... ON CONFLICT DO UPDATE`` of the
station's alerts (an open alert of the same sign is renewed, not doubled), one ``UPDATE``
closing the missed-check-in alerts of the patients who checked in. Referral requests
(queued, or cancelled when a missed check-in opened them) go through the ORM (rare). The
caller checked who may act, validated and assessed (``services.prepare_checkin``) and holds
the transaction: nothing is half-written.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone
from django.utils.translation import gettext_lazy

from chongdich.accounts.audit import audit_event, write_audit_events
from chongdich.accounts.models import AuditEvent
from chongdich.bulk_insert import (
    bound_cursor,
    prepared,
    rows_params,
    rows_source,
)
from chongdich.errors import ErrorCode, ServiceError

from .clinical import Assessment
from .models import Alert, AlertKind, CheckIn, Episode, EpisodeStatus, Place

ENDED = gettext_lazy("This episode of care has ended.")


@dataclass
class PreparedCheckin:
    """A check-in that passed the who-may-act check, validation and the clinical rules."""

    episode: Any  # an Episode, or the writer's plain view of one (pk, commune_id, place, case)
    key: str
    measured_at: dt.datetime
    values: dict[str, Any]  # spo2, pulse, respiratory_rate, temperature, symptoms (clean)
    assessment: Assessment
    submitted_by: str
    actor: Any
    is_demo: bool = False


_INSERTED = (
    "episode_id",
    "idempotency_key",
    "measured_at",
    "spo2",
    "pulse",
    "respiratory_rate",
    "temperature",
    "symptoms",
    "submitted_by",
    "submitter_id",
    "severity",
    "warnings",
    "action",
    "rule_set",
    "is_demo",
    "created_at",
)


# Values that need the backend's adaptation (dates, decimals, JSON); the rest go as they are.
_ADAPTED = {"measured_at", "temperature", "symptoms", "warnings", "created_at"}


def _field(attname: str) -> Any:
    return CheckIn._meta.get_field(attname.removesuffix("_id"))


@functools.lru_cache(maxsize=2 * 256)
def _insert_sql(rows: int) -> str:
    qn = connection.ops.quote_name
    fields = [_field(a) for a in _INSERTED]
    columns = ", ".join(qn(f.column) for f in fields)
    unique = ", ".join(qn(_field(a).column) for a in ("episode_id", "idempotency_key"))
    return prepared(
        f"INSERT INTO {qn(CheckIn._meta.db_table)} ({columns}) "
        f"{rows_source(connection, fields, rows)} "
        f"ON CONFLICT ({unique}) DO NOTHING "
        f"RETURNING {qn('id')}, {qn(_field('episode_id').column)}, {qn('idempotency_key')}"
    )


def _row(item: PreparedCheckin, now: dt.datetime) -> dict[str, Any]:
    """The check-in's stored values by attribute name: what is inserted, and what the
    answer's ``CheckIn`` is built from (one list of fields for both)."""
    a = item.assessment
    submitter = item.actor if getattr(item.actor, "pk", None) else None
    return {
        **item.values,
        "episode_id": item.episode.pk,
        "idempotency_key": item.key,
        "measured_at": item.measured_at,
        "submitted_by": item.submitted_by,
        "submitter_id": submitter.pk if submitter is not None else None,
        "severity": a.severity,
        "warnings": list(a.warnings),
        "action": a.action,
        "rule_set": a.rule_set,
        "is_demo": item.is_demo,
        "created_at": now,
    }


def _params(item: PreparedCheckin, now: dt.datetime, db: BaseDatabaseWrapper) -> list[Any]:
    values = _row(item, now)
    return [
        _field(n).get_db_prep_save(values[n], db) if n in _ADAPTED else values[n] for n in _INSERTED
    ]


def _update_episodes(
    created: list[tuple[PreparedCheckin, CheckIn]], db: BaseDatabaseWrapper
) -> None:
    """Each episode's last assessment: its latest check-in by the time it was measured,
    unless a later one is stored already (a phone that was offline sends old ones late)."""
    latest: dict[int, PreparedCheckin] = {}
    for item, _ in created:
        known = latest.get(item.episode.pk)
        if known is None or known.measured_at <= item.measured_at:
            latest[item.episode.pk] = item
    if not latest:
        return
    qn = db.ops.quote_name
    table = qn(Episode._meta.db_table)
    at = qn("last_checkin_at")
    row = "(%s, %s, %s, %s)"
    sql = (
        f"WITH v (id, severity, warnings, at) AS (VALUES {', '.join([row] * len(latest))}) "
        f"UPDATE {table} SET {qn('severity')} = v.severity, {qn('warnings')} = v.warnings, "
        f"{at} = v.at FROM v WHERE {table}.{qn('id')} = v.id "
        f"AND ({table}.{at} IS NULL OR {table}.{at} <= v.at)"
    )
    warnings, stamp = (
        Episode._meta.get_field("warnings"),
        Episode._meta.get_field("last_checkin_at"),
    )
    params: list[Any] = []
    for pk, item in latest.items():
        a = item.assessment
        params += [
            pk,
            a.severity,
            warnings.get_db_prep_save(list(a.warnings), db),
            stamp.get_db_prep_save(item.measured_at, db),
        ]
    with bound_cursor(db) as cursor:
        cursor.execute(sql, params)


def _stored(item: PreparedCheckin, pk: Any, now: dt.datetime) -> CheckIn:
    """The stored check-in as a model instance, built from its values in field order (a
    third of the cost of keyword arguments, paid for every check-in answered)."""
    values = _row(item, now)
    values["id"] = pk
    return CheckIn(
        *(values[f.attname] if f.attname in values else f.get_default() for f in _CHECKIN_FIELDS)
    )


_CHECKIN_FIELDS = CheckIn._meta.concrete_fields


def store_checkins_atomically(
    items: list[PreparedCheckin],
) -> list[tuple[CheckIn, bool] | ServiceError]:
    """``store_checkins`` in a transaction of its own (a savepoint inside the caller's),
    written again from the start if an episode ended while it was being written
    (PostgreSQL, ``checkin_store_pg``): the new attempt refuses that episode's check-ins."""
    from .checkin_store_pg import EpisodeEndedMeanwhile

    for _ in range(2):
        try:
            with transaction.atomic():
                return store_checkins(items)
        except EpisodeEndedMeanwhile:
            continue
    with transaction.atomic():  # a third discharge meanwhile: let it be the caller's error
        return store_checkins(items)


@dataclass
class Written:
    """What a batch's statements report back."""

    active: set[int]  # the batch's episodes still active (on PostgreSQL, locked)
    inserted: dict[tuple[int, str], int]  # (episode, key) -> id of each check-in stored now
    closed: list[tuple[int, int, int | None]] = field(default_factory=list)  # missed alerts
    queued: dict[int, tuple[str, str]] = field(default_factory=dict)  # open referrals


def store_checkins(items: list[PreparedCheckin]) -> list[tuple[CheckIn, bool] | ServiceError]:
    """Store the prepared check-ins, in order, inside the caller's transaction. Per item:
    (check-in, created) — created False when its key was stored before — or the refusal
    (its episode has ended), in which case nothing of it was written.

    The episodes are read first (still active?), and only their check-ins are written: on
    PostgreSQL all of it in one statement whose first part locks the episodes
    (``checkin_store_pg``, ADR 0082); elsewhere statement by statement, in the caller's
    transaction, which on SQLite holds the write lock from its start (IMMEDIATE)."""
    if not items:
        return []
    now = timezone.now()
    db = connections[DEFAULT_DB_ALIAS]  # resolved once: the proxy costs a thread-local lookup
    if not db.in_atomic_block:
        raise RuntimeError("store_checkins needs the caller's transaction")
    if db.vendor == "postgresql":
        from .checkin_store_pg import write_in_one_statement

        written = write_in_one_statement(items, now, db)
        results, created = _answers(items, written, now)
    else:
        written = _insert_active(items, now, db)
        results, created = _answers(items, written, now)
        _update_episodes(created, db)
        write_audit_events([_audit_row(item, checkin) for item, checkin in created])
        _upsert_alerts(created, now, db)
        written.closed = _close_missed(created, now, db)
        written.queued = _queued_already([item.episode.pk for item in _transfers(created)])
    if written.closed:
        _answer_missed(written.closed, created)
    _open_referrals(_transfers(created), written.queued)
    return results


def _insert_active(
    items: list[PreparedCheckin], now: dt.datetime, db: BaseDatabaseWrapper
) -> Written:
    """Which of the batch's episodes are active, and the insert of their check-ins."""
    qn = db.ops.quote_name
    episodes = sorted({item.episode.pk for item in items})
    with bound_cursor(db) as cursor:
        cursor.execute(
            f"SELECT {qn('id')} FROM {qn(Episode._meta.db_table)} "
            f"WHERE {qn('id')} IN ({', '.join(['%s'] * len(episodes))}) AND {qn('status')} = %s",
            [*episodes, EpisodeStatus.ACTIVE.value],
        )
        active = {pk for (pk,) in cursor.fetchall()}
        live = [item for item in items if item.episode.pk in active]
        inserted: dict[tuple[int, str], int] = {}
        if live:
            rows = [_params(item, now, db) for item in live]
            cursor.execute(_insert_sql(len(live)), rows_params(db, rows))
            inserted = {(episode, key): pk for pk, episode, key in cursor.fetchall()}
    return Written(active=active, inserted=inserted)


def _answers(
    items: list[PreparedCheckin], written: Written, now: dt.datetime
) -> tuple[list[tuple[CheckIn, bool] | ServiceError], list[tuple[PreparedCheckin, CheckIn]]]:
    """Each item's answer, and the check-ins created now (the first of each key)."""
    earlier = _stored_before(items, written.inserted)
    inserted = dict(written.inserted)
    results: list[tuple[CheckIn, bool] | ServiceError] = []
    created: list[tuple[PreparedCheckin, CheckIn]] = []
    for item in items:
        ident = (item.episode.pk, item.key)
        pk = inserted.pop(ident, None)
        if pk is not None:
            checkin = _stored(item, pk, now)
            earlier[ident] = checkin  # a retry later in the batch is answered with it
            created.append((item, checkin))
            results.append((checkin, True))
        elif ident in earlier:  # stored before: answer with that one
            results.append((earlier[ident], False))
        else:  # its episode has ended: nothing of it was written
            results.append(ServiceError(ErrorCode.CONFLICT, ENDED))
    return results, created


def is_transfer(item: PreparedCheckin) -> bool:
    """Do the check-in's rules say transfer a patient who is at home?"""
    return item.assessment.action == "transfer" and item.episode.place == Place.HOME


def _transfers(created: list[tuple[PreparedCheckin, CheckIn]]) -> list[PreparedCheckin]:
    return [item for item, _ in created if is_transfer(item)]


def _queued_already(episode_ids: list[int]) -> dict[int, tuple[str, str]]:
    from .services import queued_already

    return queued_already(episode_ids)


def _stored_before(
    items: list[PreparedCheckin], inserted: dict[tuple[int, str], int]
) -> dict[tuple[int, str], CheckIn]:
    """The check-ins whose keys were already stored: a retry is answered with the first."""
    again = [i for i in items if (i.episode.pk, i.key) not in inserted]
    if not again:
        return {}
    rows = CheckIn.objects.filter(
        episode_id__in={i.episode.pk for i in again}, idempotency_key__in={i.key for i in again}
    )
    return {(c.episode_id, c.idempotency_key): c for c in rows}


def _audit_row(item: PreparedCheckin, checkin: CheckIn) -> AuditEvent:
    a = item.assessment
    event = audit_event(
        actor=item.actor,
        action="care.submit_checkin",
        obj=checkin,
        after={
            "episode": item.episode.pk,
            "severity": a.severity,
            "warnings": list(a.warnings),
            "action": a.action,
        },
    )
    event.area_id = item.episode.commune_id  # the id is enough: no query for the commune
    return event


def _alert_sql(rows: int, db: BaseDatabaseWrapper) -> str:
    """One multi-row insert of check-in alerts that renews, rather than doubles, the open
    alert of the same episode, kind and sign (the partial unique index
    ``care_alert_one_open_per_sign``, whose condition the ``ON CONFLICT`` repeats so that
    both PostgreSQL and SQLite pick that index). A renewal keeps the alert's first time
    (``created_at``) and takes the newer check-in only: a late, older one changes nothing."""
    qn = db.ops.quote_name
    table = qn(Alert._meta.db_table)
    columns = ", ".join(qn(c) for c in _ALERT_COLUMNS)
    row = f"({', '.join(['%s'] * len(_ALERT_COLUMNS))})"
    at = qn("checkin_at")
    open_ = " AND ".join(f"{qn(c)} IS NULL" for c in ("acknowledged_at", "closed_at", "due_at"))
    return (
        f"INSERT INTO {table} ({columns}) VALUES {', '.join([row] * rows)} "
        f"ON CONFLICT ({qn('episode_id')}, {qn('kind')}, {qn('code')}) WHERE {open_} "
        f"DO UPDATE SET {qn('checkin_id')} = excluded.{qn('checkin_id')}, {at} = excluded.{at} "
        f"WHERE {table}.{at} IS NULL OR {table}.{at} <= excluded.{at}"
    )


_ALERT_COLUMNS = (
    "episode_id",
    "kind",
    "code",
    "warnings",
    "checkin_id",
    "checkin_at",
    "is_demo",
    "created_at",
)


def alert_keys(item: PreparedCheckin) -> list[tuple[str, str]]:
    """(kind, code) of each alert a check-in raises: one per warning sign, and one when no
    rule set could assess it (ADR 0090)."""
    a = item.assessment
    keys = [(AlertKind.WARNING_SIGNS.value, code) for code in a.warnings]
    if a.needs_review:
        keys.append((AlertKind.NOT_ASSESSED.value, ""))
    return keys


def alert_warnings(code: str) -> list[str]:
    """The warning signs an alert names: its own (none for an unassessed check-in)."""
    return [code] if code else []


def _upsert_alerts(
    created: list[tuple[PreparedCheckin, CheckIn]], now: dt.datetime, db: BaseDatabaseWrapper
) -> None:
    """Alert the station (``alert_keys``) in one statement: an open alert of the same sign
    is renewed with the latest check-in."""
    alerts: dict[tuple[int, str, str], tuple[PreparedCheckin, CheckIn]] = {}
    for item, checkin in created:
        for kind, code in alert_keys(item):
            key = (item.episode.pk, kind, code)
            # One row per key and statement (PostgreSQL refuses to update a row twice in
            # one statement): the batch's latest measurement of that sign.
            if key not in alerts or alerts[key][0].measured_at <= item.measured_at:
                alerts[key] = (item, checkin)
    if alerts:
        params: list[Any] = []
        warnings, at = Alert._meta.get_field("warnings"), Alert._meta.get_field("checkin_at")
        stamp = at.get_db_prep_save(now, db)
        for (episode_id, kind, code), (item, checkin) in alerts.items():
            params += [
                episode_id,
                kind,
                code,
                warnings.get_db_prep_save(alert_warnings(code), db),
                checkin.pk,
                at.get_db_prep_save(item.measured_at, db),
                item.is_demo,
                stamp,
            ]
        with bound_cursor(db) as cursor:
            cursor.execute(_alert_sql(len(alerts), db), params)


def _close_missed(
    created: list[tuple[PreparedCheckin, CheckIn]], now: dt.datetime, db: BaseDatabaseWrapper
) -> list[tuple[int, int, int | None]]:
    """Close the open missed-check-in alerts of the episodes that checked in, in one
    statement (nearly always no row): the patient has been heard from. Returns (alert,
    episode, referral it opened) of each alert closed."""
    episodes = sorted({item.episode.pk for item, _ in created})
    if not episodes:
        return []
    qn = db.ops.quote_name
    sql = (
        f"UPDATE {qn(Alert._meta.db_table)} SET {qn('closed_at')} = %s "
        f"WHERE {qn('kind')} = %s AND {qn('acknowledged_at')} IS NULL "
        f"AND {qn('closed_at')} IS NULL "
        f"AND {qn('episode_id')} IN ({', '.join(['%s'] * len(episodes))}) "
        f"RETURNING {qn('id')}, {qn('episode_id')}, {qn('referral_id')}"
    )
    params = [
        Alert._meta.get_field("closed_at").get_db_prep_save(now, db),
        AlertKind.MISSED_CHECKIN.value,
        *episodes,
    ]
    with bound_cursor(db) as cursor:
        cursor.execute(sql, params)
        return [tuple(row) for row in cursor.fetchall()]


def _answer_missed(
    closed: list[tuple[int, int, int | None]], created: list[tuple[PreparedCheckin, CheckIn]]
) -> None:
    """After closing missed-check-in alerts (rare): audit each, and cancel the referral
    request a missed check-in opened while it still waits for a bed, unless the patient's
    latest check-in asks for a transfer itself (it keeps, and may raise, that request).
    A held bed is left to the coordination unit."""
    from .services import cancel_missed_referral, record_alert_closed

    latest: dict[int, PreparedCheckin] = {}
    for item, _ in created:
        if item.episode.pk not in latest or latest[item.episode.pk].measured_at <= item.measured_at:
            latest[item.episode.pk] = item
    for alert_id, episode_id, referral_id in closed:
        item = latest[episode_id]
        record_alert_closed(alert_id, actor=item.actor)
        if referral_id is not None and item.assessment.action != "transfer":
            cancel_missed_referral(referral_id, actor=item.actor)


def _open_referrals(transfers: list[PreparedCheckin], queued: dict[int, tuple[str, str]]) -> None:
    """Queue a referral for each transfer, unless its episode's open one (``queued``, read
    for the batch) is already at that severity or above: most transfers write nothing."""
    from .services import _open_referral, referral_changes

    episodes: dict[int, Episode] = {}
    for item in transfers:
        a = item.assessment
        episode = item.episode
        if not referral_changes(queued, episode.pk, a.severity):
            continue
        if not isinstance(episode, Episode):  # the writer's plain view: the model is needed
            if not episodes:
                ids = {i.episode.pk for i in transfers}
                episodes = Episode.objects.select_related("commune").in_bulk(ids)
            episode = episodes[episode.pk]
        referral = _open_referral(
            episode,
            severity=a.severity,
            tier=a.referral_tier,
            bed_type=a.bed_type,
            reason=", ".join(a.warnings) or a.severity,
            actor=item.actor,
        )
        queued[episode.pk] = (referral.status, referral.severity)
