"""The RSGI application ``chongdich serve`` runs under Granian (ADR 0083): the patients'
check-ins answered on the event loop, everything else by Django's WSGI application in a pool
of threads (``wsgi_bridge``).

A check-in waits for its group commit (``care.checkin_writer``) as an asyncio future, not
as a blocked thread: the writer completes the futures of a batch with one wake-up of the
loop. Parsing, answers and errors are those of the WSGI dispatcher (``care.checkin_http``).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from functools import partial
from typing import Any

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chongdich.settings")
django_application = get_wsgi_application()

# Django is set up from here on.
from chongdich.care.checkin_http import (  # noqa: E402
    Answer,
    checkin_answer,
    checkin_episode,
    is_for_django,
    length_to_read,
    read_checkin,
    request_language,
    within_limit,
)
from chongdich.care.checkin_writer import WRITER, CheckinJob  # noqa: E402
from chongdich.ops.management.commands.serve import DEFAULT_THREADS  # noqa: E402
from chongdich.wsgi_bridge import WSGIApp, WSGIBridge  # noqa: E402


class AnsweredCheckins:
    """Hands the writer's results to the event loop: the writer's thread queues each job as
    it is answered, and only the first of a batch wakes the loop, which then completes every
    queued request (a wake-up is a write to the loop's socket; one per check-in cost more)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._lock = threading.Lock()
        self._answered: list[tuple[asyncio.Future[Any], CheckinJob]] = []

    def put(self, future: asyncio.Future[Any], job: CheckinJob) -> None:
        """On the writer's thread."""
        with self._lock:
            self._answered.append((future, job))
            wake = len(self._answered) == 1
        if wake:
            # RuntimeError: the loop is closed, the server is stopping.
            with contextlib.suppress(RuntimeError):
                self.loop.call_soon_threadsafe(self._complete)

    def _complete(self) -> None:
        with self._lock:
            answered, self._answered = self._answered, []
        for future, job in answered:
            if not future.done():  # not cancelled (the client left)
                future.set_result(job.result)


class Application:
    """RSGI: the patient's check-in on the loop, everything else to Django in threads."""

    def __init__(self, django_app: WSGIApp, threads: int) -> None:
        self.django = WSGIBridge(django_app, threads)
        self._answered: AnsweredCheckins | None = None

    def __rsgi_init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._answered = AnsweredCheckins(loop)

    async def __rsgi__(self, scope: Any, proto: Any) -> None:
        if scope.proto != "http":
            proto.close(403)  # no websockets here
            return
        headers = scope.headers
        token = headers.get("x-checkin-token")
        episode_id = checkin_episode(scope.method, scope.path, token)
        if episode_id is None:
            await self.django(scope, proto)
        else:
            await self._checkin(scope, proto, episode_id, token)

    async def _checkin(self, scope: Any, proto: Any, episode_id: int, token: str) -> None:
        cookie = scope.headers.get("cookie")
        language = request_language(cookie)
        body = await _limited_body(proto, scope.headers.get("content-length"))
        job = read_checkin(body, token, episode_id, language)
        if isinstance(job, Answer):
            _send(proto, job)
            return
        if self._answered is None:  # run without Granian's init hook
            self._answered = AnsweredCheckins(asyncio.get_running_loop())
        answered = self._answered.loop.create_future()
        WRITER.submit_nowait(job, partial(self._answered.put, answered))
        result = await answered
        if is_for_django(result, cookie):
            await self.django(scope, proto, body)
        else:
            _send(proto, checkin_answer(result, language))


async def _limited_body(proto: Any, content_length: str | None) -> bytes | None:
    """The body, or None when it is larger than Django would accept (as the WSGI
    dispatcher reads it: a declared length at once, else chunks up to the limit)."""
    to_read = length_to_read(content_length)
    if to_read is None:
        return None
    if content_length and int(content_length) >= 0:
        return within_limit(await proto())
    body = bytearray()
    async for chunk in proto:
        body += chunk
        if len(body) >= to_read:
            break
    return within_limit(bytes(body))


def _send(proto: Any, answer: Answer) -> None:
    proto.response_bytes(answer.status, answer.headers(), answer.body)


application = Application(
    django_application, int(os.environ.get("CHONGDICH_THREADS", DEFAULT_THREADS))
)
