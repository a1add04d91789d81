"""A WSGI application (Django) served from Granian's RSGI interface (ADR 0083).

Each request is run in a thread of a pool, as a WSGI server would: the environ is built from
the RSGI scope, the body is read on the event loop first, and the response goes back whole
(``response_bytes``) when the application returns a list, else chunk by chunk
(``response_stream``) from the same thread, which waits for each chunk to be sent (file
wrappers, WhiteNoise's static files, streaming responses). ``close()`` is called on the
application's iterable in that thread, as Django's request-finished signal expects.
"""

from __future__ import annotations

import asyncio
import io
import logging
import sys
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import IO, Any
from wsgiref.util import FileWrapper

logger = logging.getLogger(__name__)

StartResponse = Callable[..., Callable[[bytes], None]]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

IN_MEMORY_BODY = 1024 * 1024  # larger bodies (uploads) are spooled to a temporary file
FILE_BLOCK = 64 * 1024  # a static file is sent in blocks of this size (Django asks for 4 KB)


def wsgi_environ(scope: Any, body: IO[bytes]) -> dict[str, Any]:
    """The WSGI environ (PEP 3333) of an RSGI request scope."""
    server_name, server_port = _host_and_port(scope.server)
    client, _ = _host_and_port(scope.client)
    environ: dict[str, Any] = {
        "REQUEST_METHOD": scope.method,
        "SCRIPT_NAME": "",
        # Granian gives the path percent-decoded as UTF-8 text; WSGI wants the decoded bytes
        # as latin-1 text, which Django encodes back to bytes and decodes as UTF-8.
        "PATH_INFO": scope.path.encode("utf-8").decode("latin-1"),
        "QUERY_STRING": scope.query_string,
        "SERVER_NAME": server_name,
        "SERVER_PORT": server_port,
        "SERVER_PROTOCOL": f"HTTP/{scope.http_version}",
        "REMOTE_ADDR": client,
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.scheme,
        "wsgi.input": body,
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.input_terminated": True,
        "wsgi.file_wrapper": _file_wrapper,
    }
    for name, value in scope.headers.items():
        if "_" in name:
            continue  # as nginx and gunicorn do: "X_Token" must not pass for "X-Token"
        if name == "content-type":
            key = "CONTENT_TYPE"
        elif name == "content-length":
            key = "CONTENT_LENGTH"
        else:
            key = "HTTP_" + name.upper().replace("-", "_")
        if key in environ:  # a repeated header: one value, as RFC 9110 allows (cookies: "; ")
            value = environ[key] + ("; " if key == "HTTP_COOKIE" else ",") + value
        environ[key] = value
    return environ


def _host_and_port(address: str) -> tuple[str, str]:
    host, _, port = address.rpartition(":")
    return host.strip("[]"), port


def _file_wrapper(filelike: Any, block_size: int = FILE_BLOCK) -> FileWrapper:
    return FileWrapper(filelike, max(block_size, FILE_BLOCK))


async def read_body(proto: Any, content_length: str | None) -> IO[bytes]:
    """The request body as a file: in memory when small, else spooled to disk."""
    try:
        declared = int(content_length or -1)
    except ValueError:
        declared = -1
    if 0 <= declared <= IN_MEMORY_BODY:
        return io.BytesIO(await proto())
    spool = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_BODY)  # noqa: SIM115 (caller closes)
    async for chunk in proto:
        spool.write(chunk)
    spool.seek(0)
    return spool


@dataclass
class _Response:
    """What the application started: status and headers, then what was sent."""

    status: int = 500
    headers: list[tuple[str, str]] = field(default_factory=list)
    started: bool = False
    written: list[bytes] = field(default_factory=list)  # the legacy write() callable's
    transport: Any = None  # Granian's stream, once the first chunk is sent

    @property
    def streamed(self) -> bool:
        return self.transport is not None


class WSGIBridge:
    """Serves a WSGI application to RSGI requests from a pool of ``threads`` threads."""

    def __init__(self, app: WSGIApp, threads: int) -> None:
        self.app = app
        self.threads = threads
        self._pool: ThreadPoolExecutor | None = None

    @property
    def pool(self) -> ThreadPoolExecutor:
        if self._pool is None:  # made in the worker process, after the fork
            self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="wsgi")
        return self._pool

    def shutdown(self) -> None:
        """Wait for the requests being served and end the threads."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    async def __call__(self, scope: Any, proto: Any, body: bytes | None = None) -> None:
        """Serve the request; ``body`` when it has been read already."""
        if body is None:
            stream = await read_body(proto, scope.headers.get("content-length"))
        else:
            stream = io.BytesIO(body)
        environ = wsgi_environ(scope, stream)
        loop = asyncio.get_running_loop()
        try:
            response = await loop.run_in_executor(self.pool, self._run, environ, proto, loop)
        finally:
            stream.close()
        if not response.streamed:
            proto.response_bytes(response.status, response.headers, b"".join(response.written))

    def _run(self, environ: dict[str, Any], proto: Any, loop: asyncio.AbstractEventLoop) -> Any:
        """In a pool thread: the application, then its body, whole or streamed."""
        response = _Response()

        def start_response(
            status: str, headers: list[tuple[str, str]], exc_info: Any = None
        ) -> Callable[[bytes], None]:
            if exc_info is not None and response.streamed:
                raise exc_info[1].with_traceback(exc_info[2])  # too late to change the status
            response.status = int(status.split(" ", 1)[0])
            response.headers = list(headers)
            response.started = True
            return response.written.append

        try:
            iterable = self.app(environ, start_response)
        except Exception:
            logger.exception("the WSGI application failed")
            return _server_error()
        try:
            if isinstance(iterable, list | tuple):
                response.written.extend(iterable)
            else:
                for chunk in iterable:
                    if chunk:
                        self._send(proto, loop, response, chunk)
                if response.streamed:
                    self._send(proto, loop, response, b"")  # any write() not yet sent
        except Exception:
            if response.streamed:
                raise  # the status is sent: the connection is cut short
            logger.exception("the WSGI application's response failed")
            return _server_error()
        finally:
            close = getattr(iterable, "close", None)
            if close is not None:
                close()
        if not response.started:
            logger.error("the WSGI application returned without calling start_response")
            return _server_error()
        return response

    @staticmethod
    def _send(
        proto: Any, loop: asyncio.AbstractEventLoop, response: _Response, chunk: bytes
    ) -> None:
        """Send one chunk from the pool thread, opening the stream with the first, and wait
        until it is sent (the client's pace is the application's)."""
        pending = b"".join([*response.written, chunk])
        response.written.clear()
        if not response.streamed:
            opened = _open_stream(proto, response.status, response.headers)
            response.transport = asyncio.run_coroutine_threadsafe(opened, loop).result()
        if pending:
            sent = _send_bytes(response.transport, pending)
            asyncio.run_coroutine_threadsafe(sent, loop).result()


# Granian's protocol and transport objects are used on the event loop's thread only.
async def _open_stream(proto: Any, status: int, headers: list[tuple[str, str]]) -> Any:
    return proto.response_stream(status, headers)


async def _send_bytes(transport: Any, data: bytes) -> None:
    await transport.send_bytes(data)


def _server_error() -> _Response:
    body = HTTPStatus.INTERNAL_SERVER_ERROR.phrase.encode()
    return _Response(
        status=500,
        headers=[("Content-Type", "text/plain"), ("Content-Length", str(len(body)))],
        started=True,
        written=[body],
    )
