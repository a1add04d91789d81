"""Storing assessed check-ins, one or many in the caller's transaction, in few statements.

Both ways in use it: ``services.submit_checkin`` (one check-in, Django's API route and the
pages) and the group-commit writer (``checkin_writer``, many check-ins per commit, ADR 0080).
Per batch: one multi-row ``INSERT ... ON CONFLICT DO NOTHING RETURNING`` (the unique
constraint on (episode, idempotency key) is the idempotency check: no lookup first), one
``UPDATE ... FROM (VALUES ...)`` of the episodes' last assessment that is also the "still
active?" check, one ``INSERT`` of the audit rows, one ``INSERT ... ON CONFLICT DO UPDATE`` of
the station's alerts (an open alert of the same sign is renewed, not doubled), one ``UPDATE``
closing the missed-check-in alerts of the patients who checked in. Referral requests (queued,
or cancelled when a missed check-in opened them) go through the ORM (rare). The caller checked
who may act, validated and assessed (``services.prepare_checkin``) and holds the transaction:
nothing is half-written.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone
from django.utils.translation import gettext_lazy

from chongdich.accounts.audit import audit_event, write_audit_events
from chongdich.accounts.models import AuditEvent
from chongdich.bulk_insert import (
    bound_cursor,
    in_params,
    in_values,
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
    created: list[tuple[PreparedCheckin, CheckIn]], db: BaseDatabaseWrapper, stack: ExitStack
) -> Callable[[], set[int]]:
    """Each episode's last assessment (its batch's last check-in), in one ``UPDATE`` that is
    also the check that the episode is still active: it takes the row lock on PostgreSQL
    and re-checks after any wait. Sends it and returns what reads its answer, the episodes
    that have ended (so that, pipelined, more statements go in the same round trip)."""
    last = {item.episode.pk: item for item, _ in created}
    if not last:
        return set
    if db.vendor == "postgresql":
        sql, params = _update_episodes_pg(last)
    else:
        sql, params = _update_episodes_values(last, db)
    cursor = stack.enter_context(bound_cursor(db))
    cursor.execute(sql, params)
    return lambda: set(last) - {row[0] for row in cursor.fetchall()}


def _update_episodes_values(
    last: dict[int, PreparedCheckin], db: BaseDatabaseWrapper
) -> tuple[str, list[Any]]:
    qn = db.ops.quote_name
    table = qn(Episode._meta.db_table)
    row = "(%s, %s, %s, %s)"
    sql = (
        f"WITH v (id, severity, warnings, at) AS (VALUES {', '.join([row] * len(last))}) "
        f"UPDATE {table} SET {qn('severity')} = v.severity, {qn('warnings')} = v.warnings, "
        f"{qn('last_checkin_at')} = v.at FROM v "
        f"WHERE {table}.{qn('id')} = v.id AND {table}.{qn('status')} = %s "
        f"RETURNING {table}.{qn('id')}"
    )
    warnings, at = Episode._meta.get_field("warnings"), Episode._meta.get_field("last_checkin_at")
    params: list[Any] = []
    for pk, item in last.items():
        a = item.assessment
        params += [
            pk,
            a.severity,
            warnings.get_db_prep_save(list(a.warnings), db),
            at.get_db_prep_save(item.measured_at, db),
        ]
    params.append(EpisodeStatus.ACTIVE.value)
    return sql, params


def _update_episodes_pg(last: dict[int, PreparedCheckin]) -> tuple[str, list[Any]]:
    """One statement text for any number of episodes (arrays, one per column): prepared
    once per connection, it is not parsed and planned again for each batch."""
    items = list(last.values())
    params = [
        list(last),
        [i.assessment.severity for i in items],
        [json.dumps(list(i.assessment.warnings)) for i in items],
        [i.measured_at for i in items],
        EpisodeStatus.ACTIVE.value,
    ]
    return _UPDATE_EPISODES_PG(), params


@functools.cache
def _UPDATE_EPISODES_PG() -> str:
    qn = connection.ops.quote_name
    table = qn(Episode._meta.db_table)
    return prepared(
        f"UPDATE {table} AS e SET {qn('severity')} = v.severity, "
        f"{qn('warnings')} = v.warnings::jsonb, {qn('last_checkin_at')} = v.at "
        "FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::timestamptz[]) "
        "AS v (id, severity, warnings, at) "
        f"WHERE e.{qn('id')} = v.id AND e.{qn('status')} = %s RETURNING e.{qn('id')}"
    )


def _stored(item: PreparedCheckin, pk: int, now: dt.datetime) -> CheckIn:
    return CheckIn(pk=pk, **_row(item, now))


def store_checkins(items: list[PreparedCheckin]) -> list[tuple[CheckIn, bool] | ServiceError]:
    """Store the prepared check-ins, in order, inside the caller's transaction. Per item:
    (check-in, created) — created False when its key was stored before — or the refusal
    (its episode has ended), in which case nothing of it was written.

    Whether an episode is still active is known only from the episodes' ``UPDATE``, which
    goes with the audit rows, the alerts and the read of the open referrals: on PostgreSQL
    in one round trip (psycopg's pipeline mode, ADR 0081). So all is written first, after a
    savepoint; if an episode has ended (rare) the batch goes back to the savepoint and is
    stored again without that episode's new check-ins."""
    if not items:
        return []
    now = timezone.now()
    db = connections[DEFAULT_DB_ALIAS]  # resolved once: the proxy costs a thread-local lookup
    if not db.in_atomic_block:
        raise RuntimeError("store_checkins needs the caller's transaction")
    with ExitStack() as stack:
        if db.vendor == "postgresql":  # statements sent without waiting; answers read later
            stack.enter_context(db.wrap_database_errors)
            stack.enter_context(db.connection.pipeline())
        savepoint = transaction.savepoint()
        cursor = stack.enter_context(bound_cursor(db))
        count = 0 if db.vendor == "postgresql" else len(items)  # one text for any count
        rows = [_params(i, now, db) for i in items]
        cursor.execute(_insert_sql(count), rows_params(db, rows))
        inserted = {(episode, key): pk for pk, episode, key in cursor.fetchall()}
        earlier = _stored_before(items, inserted)
        results: list[tuple[CheckIn, bool] | ServiceError] = []
        created: list[tuple[PreparedCheckin, CheckIn]] = []
        for item in items:
            pk = inserted.pop((item.episode.pk, item.key), None)
            if pk is None:  # stored before (or earlier in this batch): answer with that one
                results.append((earlier[(item.episode.pk, item.key)], False))
            else:
                checkin = _stored(item, pk, now)
                earlier[(item.episode.pk, item.key)] = checkin
                created.append((item, checkin))
                results.append((checkin, True))
        ended = _update_episodes(created, db, stack)
        write_audit_events([_audit_row(item, checkin) for item, checkin in created])
        transfers = _upsert_alerts(created, now, db)
        closed_missed = _close_missed(created, now, db, stack)
        queued = _queued_already([item.episode.pk for item in transfers])
        ended_episodes = ended()
        closed = closed_missed()
    if ended_episodes:  # take it all back; refuse their new check-ins, store the rest again
        transaction.savepoint_rollback(savepoint)
        refused = {
            n
            for n, (item, result) in enumerate(zip(items, results, strict=True))
            if isinstance(result, tuple) and result[1] and item.episode.pk in ended_episodes
        }
        rest = iter(store_checkins([i for n, i in enumerate(items) if n not in refused]))
        conflict = ServiceError(ErrorCode.CONFLICT, ENDED)
        return [conflict if n in refused else next(rest) for n in range(len(items))]
    if closed:
        _answer_missed(closed, created)
    _open_referrals(transfers, queued)
    return results


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


def _upsert_alerts(
    created: list[tuple[PreparedCheckin, CheckIn]], now: dt.datetime, db: BaseDatabaseWrapper
) -> list[PreparedCheckin]:
    """Alert the station, one alert per warning sign, and on a check-in no rule set could
    assess (ADR 0090), in one statement: an open alert of the same sign is renewed with
    the latest check-in. Returns the check-ins whose rules say transfer from home."""
    alerts: dict[tuple[int, str, str], tuple[PreparedCheckin, CheckIn]] = {}
    transfers = []
    for item, checkin in created:
        a = item.assessment
        keys = [(AlertKind.WARNING_SIGNS.value, code) for code in a.warnings]
        if a.needs_review:
            keys.append((AlertKind.NOT_ASSESSED.value, ""))
        for kind, code in keys:
            key = (item.episode.pk, kind, code)
            # One row per key and statement (PostgreSQL refuses to update a row twice in
            # one statement): the batch's latest measurement of that sign.
            if key not in alerts or alerts[key][0].measured_at <= item.measured_at:
                alerts[key] = (item, checkin)
        if a.action == "transfer" and item.episode.place == Place.HOME:
            transfers.append(item)
    if alerts:
        params: list[Any] = []
        warnings, at = Alert._meta.get_field("warnings"), Alert._meta.get_field("checkin_at")
        stamp = at.get_db_prep_save(now, db)
        for (episode_id, kind, code), (item, checkin) in alerts.items():
            params += [
                episode_id,
                kind,
                code,
                warnings.get_db_prep_save([code] if code else [], db),
                checkin.pk,
                at.get_db_prep_save(item.measured_at, db),
                item.is_demo,
                stamp,
            ]
        with bound_cursor(db) as cursor:
            cursor.execute(_alert_sql(len(alerts), db), params)
    return transfers


def _close_missed(
    created: list[tuple[PreparedCheckin, CheckIn]],
    now: dt.datetime,
    db: BaseDatabaseWrapper,
    stack: ExitStack,
) -> Callable[[], list[tuple[int, int, int | None]]]:
    """Close the open missed-check-in alerts of the episodes that checked in, in one
    statement (nearly always no row): the patient has been heard from. Sends it and returns
    what reads its answer, (alert, episode, referral it opened) of each alert closed."""
    episodes = sorted({item.episode.pk for item, _ in created})
    if not episodes:
        return list
    sql = _close_missed_sql(0 if db.vendor == "postgresql" else len(episodes))
    params = [
        Alert._meta.get_field("closed_at").get_db_prep_save(now, db),
        AlertKind.MISSED_CHECKIN.value,
        *in_params(db, episodes),
    ]
    cursor = stack.enter_context(bound_cursor(db))
    cursor.execute(sql, params)
    return lambda: [tuple(row) for row in cursor.fetchall()]


@functools.lru_cache(maxsize=64)
def _close_missed_sql(count: int) -> str:
    qn = connection.ops.quote_name
    return prepared(
        f"UPDATE {qn(Alert._meta.db_table)} SET {qn('closed_at')} = %s "
        f"WHERE {qn('kind')} = %s AND {qn('acknowledged_at')} IS NULL "
        f"AND {qn('closed_at')} IS NULL "
        f"AND {in_values(connection, qn('episode_id'), count, 'bigint')} "
        f"RETURNING {qn('id')}, {qn('episode_id')}, {qn('referral_id')}"
    )


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
