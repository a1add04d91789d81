"""Group commit of the patients' check-ins (ADR 0080): the writer thread of the server process
takes every check-in waiting, authenticates them with one
query, prepares each through the care service layer and stores them all in one transaction.
A request is answered only after the transaction holding its check-in has committed, so an
answered check-in is never lost.

SQLite: the writers of several processes take an exclusive ``flock`` on a file beside the
database before ``BEGIN IMMEDIATE``: they queue in the kernel and wake when it is released,
instead of SQLite's busy handler sleeping 25–100 ms between retries.
"""

from __future__ import annotations

import fcntl
import functools
import json
import logging
import os
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from django.db import DatabaseError, connection
from django.utils import translation

from chongdich.bulk_insert import bound_cursor, in_params, in_values, prepared
from chongdich.errors import ErrorCode, ServiceError

from .models import CheckIn, Episode, EpisodeStatus

logger = logging.getLogger(__name__)

MAX_BATCH = 256  # check-ins per transaction at most (a commit waits for no one: see _run)


@functools.lru_cache(maxsize=2 * MAX_BATCH)
def _episodes_sql(tokens: int, vendor: str) -> str:
    """The active episodes of ``tokens`` tokens with what ``clinical.assess`` and
    ``checkin_store`` read of them and their case, as one plain statement: the ORM's query
    compiler cost more than running the query (names from the models, not spelled here)."""
    from chongdich.geo.models import AdminUnit
    from chongdich.surveillance.models import Case

    qn = connection.ops.quote_name

    def col(model: Any, alias: str, name: str) -> str:
        return f"{alias}.{qn(model._meta.get_field(name).column)}"

    e, c, cm, p = "e", "c", "cm", "p"
    columns = [col(Episode, e, n) for n in _EPISODE_COLUMNS]
    columns += [col(Case, c, n) for n in _CASE_COLUMNS]
    columns += [col(AdminUnit, p, "id"), col(AdminUnit, p, "code")]
    return prepared(
        f"SELECT {', '.join(columns)} FROM {qn(Episode._meta.db_table)} {e} "
        f"LEFT JOIN {qn(Case._meta.db_table)} {c} ON {c}.{qn('id')} = {col(Episode, e, 'case')} "
        f"LEFT JOIN {qn(AdminUnit._meta.db_table)} {cm} "
        f"ON {cm}.{qn('id')} = {col(Case, c, 'commune')} "
        f"LEFT JOIN {qn(AdminUnit._meta.db_table)} {p} "
        f"ON {p}.{qn('id')} = {col(AdminUnit, cm, 'province')} "
        f"WHERE {in_values(connection, col(Episode, e, 'checkin_token'), tokens, 'text')} "
        f"AND {col(Episode, e, 'status')} = %s"
    )


_EPISODE_COLUMNS = (
    *("id", "checkin_token", "commune", "place", "can_self_care", "has_phone", "has_caregiver"),
)
_CASE_COLUMNS = ("id", "birth_year", "is_pregnant", "doses", "comorbidities")


def _json(value: Any) -> Any:
    """A JSON column as read: text on SQLite, and on PostgreSQL as Django loads jsonb."""
    return json.loads(value) if isinstance(value, str | bytes) else value


def _flag(value: Any) -> bool | None:
    return None if value is None else bool(value)  # SQLite answers 0/1


def _episodes_by_token(tokens: set[str]) -> dict[str, Any]:
    """The active episodes of these tokens, read in one query as plain objects with the
    attributes ``clinical.assess`` and ``checkin_store`` read (model instances of the four
    joined tables cost three times the query itself)."""
    found = {}
    with bound_cursor(connection) as cursor:
        many = 0 if connection.vendor == "postgresql" else len(tokens)  # one text: an array
        sql = _episodes_sql(many, connection.vendor)
        cursor.execute(sql, [*in_params(connection, list(tokens)), EpisodeStatus.ACTIVE.value])
        rows = cursor.fetchall()
    for row in rows:
        pk, token, commune_id, place, self_care, phone, caregiver = row[:7]
        case_id, birth_year, pregnant, doses, comorbidities, province_id, province_code = row[7:]
        case = SimpleNamespace(
            pk=case_id,
            birth_year=birth_year,
            is_pregnant=_flag(pregnant),
            doses=_json(doses),
            comorbidities=_json(comorbidities),
            commune=SimpleNamespace(
                province_id=province_id, province=SimpleNamespace(code=province_code)
            ),
        )
        found[token] = SimpleNamespace(
            pk=pk,
            commune_id=commune_id,
            place=place,
            can_self_care=_flag(self_care),
            has_phone=_flag(phone),
            has_caregiver=_flag(caregiver),
            case=case,
        )
    return found


Result = tuple[CheckIn, bool] | ServiceError | BaseException


@dataclass(eq=False)
class CheckinJob:
    """One patient's check-in as it came over HTTP: the token is checked by the writer."""

    token: str
    episode_id: int
    idempotency_key: str
    measured_at: Any
    values: dict[str, Any]
    language: str
    done: threading.Event = field(default_factory=threading.Event)
    result: Result | None = None
    # Called on the writer's thread once ``result`` is set (the event loop's front end
    # wakes its request with it; it must not raise, and must be quick).
    on_done: Callable[[CheckinJob], None] | None = None

    def finish(self, result: Result) -> None:
        self.result = result
        self.done.set()
        if self.on_done is not None:
            self.on_done(self)


def writer_threads() -> int:
    """Writer threads per process: one. On SQLite a database file has one writer at a time.
    On PostgreSQL a second thread, preparing a batch while the first waited on the server,
    split the queue into batches half as large whose episodes' row locks overlapped: 15-25 %
    fewer check-ins per second and 20 % more CPU for each (ADR 0084)."""
    return 1


class CheckinWriter:
    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[CheckinJob] = queue.SimpleQueue()
        self._started_in: int | None = None
        self._start_lock = threading.Lock()
        self._threads = 0
        self._released = threading.Barrier(1)

    def submit(self, job: CheckinJob) -> Result:
        """Queue the check-in and wait until its transaction committed (or refused it)."""
        self._ensure_running()
        self._queue.put(job)
        job.done.wait()
        assert job.result is not None
        return job.result

    def submit_nowait(self, job: CheckinJob, on_done: Callable[[CheckinJob], None]) -> None:
        """Queue the check-in without waiting: ``on_done(job)`` is called on the writer's
        thread when its transaction has committed (or refused it)."""
        job.on_done = on_done
        self._ensure_running()
        self._queue.put(job)

    def release_connection(self) -> None:
        """Have the writer close its database connection (reopened on the next check-in):
        before the database is dropped or replaced, e.g. at the end of a test run."""
        if self._started_in == os.getpid():
            # One for each writer thread: each waits at the barrier after its own.
            self._released = threading.Barrier(self._threads)
            jobs = [CheckinJob("", 0, "", None, {}, "") for _ in range(self._threads)]
            for job in jobs:
                self._queue.put(job)
            for job in jobs:
                job.done.wait()

    def _ensure_running(self) -> None:
        # Started lazily, in each worker process (a thread does not survive a fork).
        if self._started_in == os.getpid():
            return
        with self._start_lock:
            if self._started_in != os.getpid():
                self._queue = queue.SimpleQueue()
                self._threads = writer_threads()
                for n in range(self._threads):
                    name = f"checkin-writer-{n}"
                    threading.Thread(target=self._run, name=name, daemon=True).start()
                self._started_in = os.getpid()

    def _run(self) -> None:
        while True:
            # No timer: whatever arrived while the previous batch committed is the next batch,
            # so a lone check-in is written at once and a crowd shares one commit.
            first = self._queue.get()
            if not first.token:  # release_connection()
                connection.close()
                first.finish(ServiceError(ErrorCode.NOT_AUTHENTICATED))
                self._released.wait()
                continue
            batch = [first]
            while len(batch) < MAX_BATCH:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                if not job.token:
                    self._queue.put(job)  # for after this batch, or for another writer
                    break
                batch.append(job)
            try:
                write_batch(batch)
            except BaseException as exc:  # never leave a request waiting
                logger.exception("check-in batch failed")
                for job in batch:
                    if not job.done.is_set():
                        job.finish(exc)


WRITER = CheckinWriter()


def write_batch(batch: list[CheckinJob]) -> None:
    """Authenticate, prepare and store a batch; each job gets its result after the commit.
    If the batch's transaction fails as a whole, each check-in is tried again alone, so one
    bad check-in cannot sink the others and none is half-written."""
    episodes = _episodes_by_token({job.token for job in batch})
    prepared: dict[CheckinJob, Any] = {}
    languages = dict.fromkeys(job.language for job in batch)
    for language in languages:  # one translation override per language, not per check-in
        with translation.override(language):
            for job in batch:
                if job.language == language:
                    _prepare(job, episodes.get(job.token), prepared)
    ready = [(job, prepared[job]) for job in batch if job in prepared]
    if not ready:
        return
    try:
        _commit(ready)
    except DatabaseError:
        if len(ready) == 1:
            raise
        logger.exception("check-in batch of %d failed; storing one by one", len(ready))
        for one in ready:
            try:
                _commit([one])
            except DatabaseError as exc:
                one[0].finish(exc)


def _prepare(job: CheckinJob, episode: Any, prepared: dict[CheckinJob, Any]) -> None:
    """Who may submit, the values and the assessment; a refusal answers the job at once."""
    from .services import PatientActor, prepare_checkin

    if episode is None:
        job.finish(ServiceError(ErrorCode.NOT_AUTHENTICATED))
        return
    if episode.pk != job.episode_id:
        job.finish(ServiceError(ErrorCode.FORBIDDEN))
        return
    try:
        prepared[job] = prepare_checkin(
            episode,
            idempotency_key=job.idempotency_key,
            measured_at=job.measured_at,
            values=job.values,
            actor=PatientActor(episode.pk),
        )
    except ServiceError as refused:
        job.finish(refused)
    except Exception as exc:  # a fault in one check-in is its own, not the batch's
        logger.exception("preparing a check-in failed")
        job.finish(exc)


def _commit(ready: list[tuple[CheckinJob, Any]]) -> None:
    from .checkin_store import store_checkins_atomically

    try:
        with _sqlite_writer_turn():
            results = store_checkins_atomically([prepared for _, prepared in ready])
    except DatabaseError:
        connection.close()  # a broken connection is opened afresh for the next try
        raise
    for (job, _), result in zip(ready, results, strict=True):
        job.finish(result)  # only now, after the commit


# (process, lock file) -> descriptor, kept open; per process, as a forked copy shares the lock.
_lock_files: dict[tuple[int, str], int] = {}


@contextmanager
def _sqlite_writer_turn() -> Iterator[None]:
    name = str(connection.settings_dict["NAME"])
    if connection.vendor != "sqlite" or name.startswith("file:") or ":memory:" in name:
        yield
        return
    path = f"{name}-checkin-lock"
    fd = _lock_files.get((os.getpid(), path))
    if fd is None:
        fd = _lock_files[(os.getpid(), path)] = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
