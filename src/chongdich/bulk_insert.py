"""Hot-path statements (the check-ins' writer, ADR 0080/0081): a cursor that binds values on
the PostgreSQL server, and inserting unsaved model instances of one model in one statement,
inside the caller's transaction.

``bulk_create`` compiles each value through the query compiler, several times the cost of the
insert itself. Here the statement is built once per (model, rows, database) and only the
values that need the backend's adaptation (dates, JSON, decimals...) go through the field;
text, numbers, booleans and foreign keys to integer or text keys go as they are. No primary
keys are set on the instances: for rows nobody reads back in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone


@contextmanager
def bound_cursor(db: BaseDatabaseWrapper | None = None) -> Iterator[Any]:
    """A cursor for statements run many times a second. On PostgreSQL, psycopg's own cursor:
    the values travel apart from the statement, adapted in C, instead of Django's
    client-side binding, which quotes every value into the SQL text in Python (an eighth of
    the check-in writer's time in a profile). It is psycopg's raw cursor, given ``$n``
    placeholders numbered once per statement text (``_numbered``): psycopg's own parsing of
    ``%s`` is cached only for texts under 4 KB, and a batch's multi-row statements are
    longer, so it parsed them on every call (a fifth of the writer's CPU, ADR 0082). Texts
    marked with ``prepared`` are prepared on the server at their first use on a connection
    (Django turns psycopg's automatic preparing off, for connection poolers; nothing else is
    prepared). Placeholders are ``%s`` either way (no ``%`` otherwise in the text); errors
    are Django's. Elsewhere, Django's cursor."""
    db = db or connections[DEFAULT_DB_ALIAS]
    if db.vendor != "postgresql":
        with db.cursor() as cursor:
            yield cursor
        return
    db.ensure_connection()
    if db.connection.prepare_threshold is None:
        # Django turns preparing off (for connection poolers in transaction mode); the few
        # statements marked ``prepared`` are prepared on demand, never any other.
        db.connection.prepare_threshold = _NEVER_AUTOMATICALLY
    with db.wrap_database_errors:
        raw = _numbering_cursor()(db.connection)
        try:
            yield raw
        finally:
            raw.close()


_NEVER_AUTOMATICALLY = 2**62


@functools.lru_cache(maxsize=1024)
def _numbered(sql: str) -> str:
    """``%s`` placeholders as PostgreSQL's ``$1, $2, ...`` (the texts repeat: cached)."""
    parts = sql.split("%s")
    return "".join(f"{part}${n}" for n, part in enumerate(parts[:-1], 1)) + parts[-1]


@functools.cache
def _numbering_cursor() -> Any:
    import psycopg

    class NumberingCursor(psycopg.RawCursor):
        def execute(self, query: Any, params: Any = None, **kwargs: Any) -> Any:
            return super().execute(_numbered(query), params, prepare=query in _PREPARED)

    return NumberingCursor


# Statement texts that are the same for any batch (arrays as parameters, ``in_values``):
# prepared on the server at their first use on a connection, then neither parsed nor planned.
_PREPARED: set[str] = set()


def prepared(sql: str) -> str:
    """Mark ``sql`` (one text whatever the number of rows) to be prepared on PostgreSQL.
    Elsewhere nothing is kept: there the texts differ with the number of rows, and the set
    would only grow."""
    if connections[DEFAULT_DB_ALIAS].vendor == "postgresql":
        _PREPARED.add(sql)
    return sql


def in_values(db: BaseDatabaseWrapper, column: str, count: int, array_type: str) -> str:
    """``column`` is one of ``count`` values: on PostgreSQL ``= ANY(%s::type[])``, one
    placeholder for a list (the same text for any count, so it can be prepared); elsewhere
    ``IN (%s, ...)``, one placeholder per value. ``in_params`` gives the matching params."""
    if db.vendor == "postgresql":
        return f"{column} = ANY(%s::{array_type}[])"
    return f"{column} IN ({', '.join(['%s'] * count)})"


def in_params(db: BaseDatabaseWrapper, values: list[Any]) -> list[Any]:
    return [values] if db.vendor == "postgresql" else values


_NONE = type(None)
_INTEGER = frozenset({int, _NONE})
_TEXT = frozenset({str, _NONE})
# Per field type, the Python types the database drivers take as they are (a value of another
# type, an enum member say, goes through the field like any date or JSON value).
_RAW: dict[str, frozenset[Any]] = {
    "AutoField": _INTEGER,
    "BigAutoField": _INTEGER,
    "BigIntegerField": _INTEGER,
    "IntegerField": _INTEGER,
    "PositiveBigIntegerField": _INTEGER,
    "PositiveIntegerField": _INTEGER,
    "PositiveSmallIntegerField": _INTEGER,
    "SmallIntegerField": _INTEGER,
    "BooleanField": frozenset({bool, _NONE}),
    "FloatField": frozenset({float, int, _NONE}),
    "CharField": _TEXT,
    "SlugField": _TEXT,
    "TextField": _TEXT,
}


def _raw_types(field: Any) -> frozenset[Any]:
    target = field.target_field if field.is_relation else field
    return _RAW.get(target.get_internal_type(), frozenset())


@functools.cache
def _columns(model: Any) -> tuple[tuple[Any, frozenset[Any], bool], ...]:
    """(field, types passed as they are, stamped now?) of each inserted field, no primary key."""
    return tuple(
        (
            f,
            _raw_types(f),
            bool(getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)),
        )
        for f in model._meta.concrete_fields
        if not f.primary_key
    )


def rows_source(db: BaseDatabaseWrapper, fields: list[Any], count: int) -> str:
    """The rows an ``INSERT`` takes, ``count`` of them with a value for each of ``fields``.
    On PostgreSQL the rows travel as one JSON parameter read by ``json_to_recordset``: the
    same text for any number of rows, so it can be prepared (``prepared``), and one
    ``json.dumps`` in C instead of psycopg adapting each value, or each array, in Python
    (arrays per column cost the writer more CPU than they saved the server, ADR 0082).
    Elsewhere ``VALUES (%s, ...), ...``. ``rows_params`` lays the values out to match."""
    if db.vendor == "postgresql":
        qn = db.ops.quote_name
        columns = ", ".join(f"{qn(_key(n))} {_column_type(f, db)}" for n, f in enumerate(fields))
        return f"SELECT * FROM json_to_recordset(%s::json) AS r ({columns})"
    row = f"({', '.join(['%s'] * len(fields))})"
    return f"VALUES {', '.join([row] * count)}"


def rows_params(db: BaseDatabaseWrapper, rows: list[list[Any]]) -> list[Any]:
    """The values of ``rows`` (one list per row, in ``fields`` order) as ``rows_source``
    takes them: dates as ISO text, decimals as text, JSON values as they are."""
    if db.vendor == "postgresql":
        return [
            json.dumps([dict(zip(_KEYS, row, strict=False)) for row in rows], default=_json_value)
        ]
    return [value for row in rows for value in row]


def _key(n: int) -> str:
    return f"c{n}"


_KEYS = [_key(n) for n in range(256)]


def _json_value(value: Any) -> Any:
    """What ``json.dumps`` cannot write itself, as PostgreSQL reads it back in its column."""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()  # a datetime keeps its offset
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if hasattr(value, "obj"):  # psycopg's Json/Jsonb wrapper of a JSON field's value
        return value.obj
    raise TypeError(f"cannot pass {type(value).__name__} as a JSON row value")


def _column_type(field: Any, db: BaseDatabaseWrapper) -> str:
    return str(field.rel_db_type(db) if field.is_relation else field.db_type(db))


@functools.lru_cache(maxsize=256)
def _sql(model: Any, rows: int, alias: str) -> str:
    db = connections[alias]
    qn = db.ops.quote_name
    fields = [f for f, _, _ in _columns(model)]
    return prepared(
        f"INSERT INTO {qn(model._meta.db_table)} "
        f"({', '.join(qn(str(f.column)) for f in fields)}) {rows_source(db, fields, rows)}"
    )


def insert_unsaved(objs: list[Any], using: str = DEFAULT_DB_ALIAS) -> None:
    """Insert these unsaved instances (all of one model) in one statement. Fields with
    ``auto_now``/``auto_now_add`` are stamped with one time for all, as ``save`` would."""
    if not objs:
        return
    model: Any = type(objs[0])  # a model class (hashable: the caches key on it)
    db = connections[using]
    now = timezone.now()
    fields = _columns(model)
    rows: list[list[Any]] = []
    for obj in objs:
        rows.append(row := [])
        for field, raw, stamped in fields:
            if stamped:  # as save() would; one time for all the rows
                if field.get_internal_type() == "DateTimeField":
                    setattr(obj, field.attname, now)
                else:
                    field.pre_save(obj, add=True)
            value = getattr(obj, field.attname)
            row.append(value if type(value) in raw else field.get_db_prep_save(value, db))
    count = 0 if db.vendor == "postgresql" else len(objs)  # one text for any count: arrays
    with bound_cursor(db) as cursor:
        cursor.execute(_sql(model, count, using), rows_params(db, rows))
