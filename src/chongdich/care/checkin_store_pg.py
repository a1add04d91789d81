"""A batch of check-ins written on PostgreSQL in one statement (ADR 0082).

``checkin_store.store_checkins`` calls it; it writes what the statement-by-statement path
writes elsewhere, with the same rules, in one prepared statement whose rows travel as JSON
parameters:

1. ``active``: the batch's episodes still active in the statement's snapshot (only their
   check-ins are written; the others are refused);
2. ``ins``: the check-ins of active episodes, ``ON CONFLICT DO NOTHING`` on (episode,
   idempotency key) — the unique constraint is the idempotency check;
3. ``new``: the check-ins stored now with their batch values (the first of a repeated key);
4. the episodes' last assessment (latest measured, unless a later one is stored; the
   ``UPDATE`` locks each episode and re-reads its status after any wait: one ended by a
   discharge that committed meanwhile is missing from its answer, and the caller writes
   the whole batch again, ``EpisodeEndedMeanwhile``; locking first cost more), the
   audit rows (built by ``accounts.audit.audit_event`` in Python; the statement fills in
   the new check-in's id), the station's alerts (one open alert per sign, renewed by the
   latest check-in) and the missed-check-in alerts closed;
5. the open referrals of the episodes whose rules say transfer.

Sub-statements of one statement see one snapshot and all run to completion; the answer is
one list of tagged rows. One statement text, prepared once per connection: no parsing and
planning per batch, one round trip, and one JSON text per kind of row instead of psycopg
adapting each value in Python.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import TYPE_CHECKING, Any

from django.db.backends.base.base import BaseDatabaseWrapper

from chongdich.accounts.models import AuditEvent
from chongdich.bulk_insert import bound_cursor, prepared

from .models import (
    Alert,
    AlertKind,
    CheckIn,
    Episode,
    EpisodeStatus,
    ReferralRequest,
    ReferralStatus,
)

if TYPE_CHECKING:
    from .checkin_store import PreparedCheckin, Written

# Stands for the check-in's id in the audit rows built before it is known.
ID_MARK = "{checkin_id}"

_AUDIT_COLUMNS = (
    "actor_id",
    "actor_label",
    "action",
    "object_type",
    "object_repr",
    "area_id",
    "facility_id",
    "before",
    "after",
)


def write_in_one_statement(
    items: list[PreparedCheckin], now: dt.datetime, db: BaseDatabaseWrapper
) -> Written:
    from .checkin_store import Written, alert_keys, alert_warnings, is_transfer

    checkins, audits, alerts, transfers = [], [], [], set()
    for n, item in enumerate(items):
        checkins.append(_checkin_row(n, item, now))
        audits.append(_audit_row(n, item))
        for kind, code in alert_keys(item):
            warnings = alert_warnings(code)
            alerts.append({"n": n, "kind": kind, "code": code, "warnings": warnings})
        if is_transfer(item):
            transfers.add(item.episode.pk)
    # The episodes' ids again as an array, so that each part finds its rows by index
    # (a prepared statement's plan cannot know how few rows the JSON holds).
    episodes = sorted({item.episode.pk for item in items})
    params = [
        json.dumps(checkins),  # v
        episodes,  # active
        EpisodeStatus.ACTIVE.value,
        episodes,  # upd
        EpisodeStatus.ACTIVE.value,
        ID_MARK,  # aud
        now,
        json.dumps(audits),
        now,  # alerts
        json.dumps(alerts),
        now,  # closed
        AlertKind.MISSED_CHECKIN.value,
        episodes,
        sorted(transfers),  # queued
        ReferralStatus.WAITING.value,
        ReferralStatus.HELD.value,
    ]
    with bound_cursor(db) as cursor:
        cursor.execute(_statement(), params)
        rows = cursor.fetchall()
    written = Written(active=set(), inserted={})
    queued_rows, updated = [], set()
    for tag, pk, episode, text, ref, severity in rows:
        if tag == "a":
            written.active.add(pk)
        elif tag == "u":
            updated.add(pk)
        elif tag == "c":
            written.inserted[(episode, text)] = pk
        elif tag == "x":
            written.closed.append((pk, episode, ref))
        else:  # "q": an open referral
            queued_rows.append((pk, episode, text, severity))
    if {episode for episode, _ in written.inserted} - updated:
        # Active in the statement's snapshot, ended by a discharge that committed before
        # the episode's update could lock it: the batch is written again (a new snapshot).
        raise EpisodeEndedMeanwhile
    for _, episode, status, severity in sorted(queued_rows, reverse=True):
        written.queued.setdefault(episode, (status, severity))  # the latest, as .first()
    return written


class EpisodeEndedMeanwhile(Exception):
    """An episode of the batch ended while the batch was being written: write it again."""


def _checkin_row(n: int, item: PreparedCheckin, now: dt.datetime) -> dict[str, Any]:
    from .checkin_store import _row

    row = _row(item, now)
    row["n"] = n
    row["measured_at"] = item.measured_at.isoformat()
    row["created_at"] = now.isoformat()
    temperature = row.get("temperature")
    if temperature is not None:
        row["temperature"] = str(temperature)
    return row


def _audit_row(n: int, item: PreparedCheckin) -> dict[str, Any]:
    """The audit row ``checkin_store`` writes, built the same way, its check-in's id
    marked (``ID_MARK``) for the statement to fill in."""
    from .checkin_store import _audit_row as audit_event_of

    checkin = CheckIn(ID_MARK, item.episode.pk)  # what its description needs, in field order
    event = audit_event_of(item, checkin)
    row = {column: getattr(event, column) for column in _AUDIT_COLUMNS}
    row["n"] = n
    return row


@functools.cache
def _statement() -> str:
    from django.db import connection

    qn = connection.ops.quote_name
    from .checkin_store import _INSERTED as checkin_fields

    checkin_table = qn(CheckIn._meta.db_table)
    episode_table = qn(Episode._meta.db_table)
    alert_table = qn(Alert._meta.db_table)

    def record(model: Any, names: tuple[str, ...]) -> str:
        columns = []
        for name in names:
            f = model._meta.get_field(name.removesuffix("_id"))
            kind = f.rel_db_type(connection) if f.is_relation else f.db_type(connection)
            columns.append(f"{qn(name)} {kind}")
        return ", ".join(["n integer", *columns])

    def newer(value: str, column: str) -> str:
        """The check-in's value if it is the episode's latest measurement, else the stored."""
        stamp = f"e.{qn('last_checkin_at')}"
        latest = f"{stamp} IS NULL OR {stamp} <= l.measured_at"
        return f"CASE WHEN {latest} THEN {value} ELSE e.{qn(column)} END"

    checkin_columns = ", ".join(qn(c) for c in checkin_fields)
    audit_columns = ", ".join(qn(c) for c in _AUDIT_COLUMNS if c != "object_repr")
    at = qn("checkin_at")
    open_ = " AND ".join(f"{qn(c)} IS NULL" for c in ("acknowledged_at", "closed_at", "due_at"))
    return prepared(
        f"WITH v AS (SELECT * FROM json_to_recordset(%s::json) "
        f"AS r ({record(CheckIn, checkin_fields)})), "
        f"active AS (SELECT e.id FROM {episode_table} e "
        f"WHERE e.id = ANY(%s::bigint[]) AND e.{qn('status')} = %s), "
        f"ins AS (INSERT INTO {checkin_table} ({checkin_columns}) "
        f"SELECT {checkin_columns} FROM v WHERE v.episode_id IN (SELECT id FROM active) "
        f"ORDER BY v.n ON CONFLICT (episode_id, idempotency_key) DO NOTHING "
        f"RETURNING id, episode_id, idempotency_key), "
        "stored AS (SELECT DISTINCT ON (ins.id) ins.id, v.n, v.episode_id, v.measured_at, "
        "v.severity, v.warnings, v.is_demo FROM ins JOIN v ON v.episode_id = ins.episode_id "
        "AND v.idempotency_key = ins.idempotency_key ORDER BY ins.id, v.n), "
        f"upd AS (UPDATE {episode_table} e "
        f"SET {qn('severity')} = {newer('l.severity', 'severity')}, "
        f"{qn('warnings')} = {newer('l.warnings', 'warnings')}, "
        f"{qn('last_checkin_at')} = {newer('l.measured_at', 'last_checkin_at')} "
        "FROM (SELECT DISTINCT ON (episode_id) episode_id, severity, warnings, measured_at "
        "FROM stored ORDER BY episode_id, measured_at DESC, n DESC) l "
        f"WHERE e.id = l.episode_id AND e.id = ANY(%s::bigint[]) "
        f"AND e.{qn('status')} = %s RETURNING e.id), "
        f"aud AS (INSERT INTO {qn(AuditEvent._meta.db_table)} "
        f"({audit_columns}, object_id, object_repr, created_at) "
        f"SELECT {', '.join('a.' + qn(c) for c in _AUDIT_COLUMNS if c != 'object_repr')}, "
        "stored.id::text, replace(a.object_repr, %s, stored.id::text), %s "
        f"FROM json_to_recordset(%s::json) AS a ({record(AuditEvent, _AUDIT_COLUMNS)}) "
        "JOIN stored ON stored.n = a.n), "
        f"alerts AS (INSERT INTO {alert_table} (episode_id, kind, code, warnings, checkin_id, "
        "checkin_at, is_demo, created_at) "
        "SELECT DISTINCT ON (stored.episode_id, a.kind, a.code) stored.episode_id, a.kind, "
        "a.code, a.warnings, stored.id, stored.measured_at, stored.is_demo, %s "
        "FROM json_to_recordset(%s::json) AS a (n integer, kind text, code text, warnings jsonb) "
        "JOIN stored ON stored.n = a.n "
        "ORDER BY stored.episode_id, a.kind, a.code, stored.measured_at DESC, stored.n DESC "
        f"ON CONFLICT (episode_id, kind, code) WHERE {open_} "
        f"DO UPDATE SET checkin_id = excluded.checkin_id, {at} = excluded.{at} "
        f"WHERE {alert_table}.{at} IS NULL OR {alert_table}.{at} <= excluded.{at}), "
        f"closed AS (UPDATE {alert_table} SET closed_at = %s WHERE kind = %s "
        "AND acknowledged_at IS NULL AND closed_at IS NULL "
        "AND episode_id = ANY(%s::bigint[]) AND episode_id IN (SELECT episode_id FROM stored) "
        "RETURNING id, episode_id, referral_id), "
        "queued AS (SELECT id, episode_id, status, severity "
        f"FROM {qn(ReferralRequest._meta.db_table)} "
        "WHERE episode_id = ANY(%s::bigint[]) AND status IN (%s, %s)) "
        "SELECT 'a', id, NULL::bigint, NULL::text, NULL::bigint, NULL::text FROM active "
        "UNION ALL SELECT 'u', id, NULL, NULL, NULL, NULL FROM upd "
        "UNION ALL SELECT 'c', id, episode_id, idempotency_key::text, NULL, NULL FROM ins "
        "UNION ALL SELECT 'x', id, episode_id, NULL, referral_id, NULL FROM closed "
        "UNION ALL SELECT 'q', id, episode_id, status::text, NULL, severity::text FROM queued"
    )
