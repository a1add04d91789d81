"""chongdich serve: the web app under Granian (Rust HTTP server; ADR 0080, 0083): the
patients' check-ins answered in front of Django with group commit, everything else by Django
(static files by WhiteNoise). Granian's WSGI interface (``chongdich.wsgi``: a thread per
request) by default; its RSGI interface (``chongdich.rsgi``: check-ins on the event loop,
Django in a thread pool) with ``--interface rsgi``, which measured no cheaper (ADR 0083)."""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

# Threads per worker process. WSGI: requests waiting for the check-in writer's commit each
# hold one, so there must be more than the connections that send check-ins at once. RSGI: the
# check-ins wait on the event loop; the threads serve Django's requests only.
DEFAULT_THREADS = 32
INTERFACES = {"rsgi": "chongdich.rsgi:application", "wsgi": "chongdich.wsgi:application"}
# WSGI: the RSGI front cost as much CPU per check-in or more, measured (ADR 0083).
DEFAULT_INTERFACE = "wsgi"
# RSGI: requests one worker process takes at once; a full batch of check-ins (the writer's
# MAX_BATCH) can wait for its commit while Django's requests queue for a thread.
RSGI_BACKPRESSURE = 256


def default_workers() -> int:
    """``WEB_CONCURRENCY``, else one process on SQLite (one check-in writer for the one
    database file: two would take turns on its lock, ADR 0080) and on PostgreSQL one per two
    cores: a process's check-ins take about a core (its GIL) and the database's backends
    much of another; the former layout on two cores, two processes of two writers each,
    split the check-ins into smaller batches whose locks overlapped: 30 % fewer check-ins
    per second at twice the CPU each (ADR 0084)."""
    from django.db import connection

    if "WEB_CONCURRENCY" in os.environ:
        return int(os.environ["WEB_CONCURRENCY"])
    return 1 if connection.vendor == "sqlite" else max(1, (os.cpu_count() or 2) // 2)


def server_argv(
    host: str,
    port: int,
    workers: int,
    threads: int = DEFAULT_THREADS,
    access_log: bool = True,
    interface: str = DEFAULT_INTERFACE,
) -> list[str]:
    """The server command line, shared with the benchmark (bench/checkins_http.py); run it
    with ``server_env(threads)``."""
    if interface not in INTERFACES:
        raise ValueError(f"interface {interface!r}: expected one of {', '.join(INTERFACES)}")
    if interface == "wsgi":
        # Granian's blocking threads are the request threads.
        concurrency = ["--blocking-threads", str(threads), "--backpressure", str(threads)]
    else:
        # One blocking thread runs the event loop (Granian allows no more on RSGI); the
        # Django pool's size comes from CHONGDICH_THREADS (server_env).
        concurrency = ["--backpressure", str(RSGI_BACKPRESSURE)]
    return [
        *(sys.executable, "-m", "granian", "--interface", interface, INTERFACES[interface]),
        *("--host", host, "--port", str(port), "--workers", str(workers)),
        *concurrency,
        *("--log-level", "warning", "--access-log" if access_log else "--no-access-log"),
    ]


def server_env(threads: int) -> dict[str, str]:
    """The server's environment: this one, with the thread count the RSGI application reads."""
    return {**os.environ, "CHONGDICH_THREADS": str(threads)}


class Command(BaseCommand):
    help = "Chạy ứng dụng web / run the web application"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers",
            type=int,
            help="worker processes (default: WEB_CONCURRENCY, else 1 on SQLite, one per two cores "
            "on PostgreSQL)",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=int(os.environ.get("CHONGDICH_THREADS", DEFAULT_THREADS)),
            help="threads per worker process (RSGI: Django's requests; WSGI: every request)",
        )
        parser.add_argument(
            "--interface",
            choices=sorted(INTERFACES),
            default=os.environ.get("CHONGDICH_INTERFACE", DEFAULT_INTERFACE),
            help="Granian's interface: wsgi (a thread per request) or rsgi (check-ins on an "
            "event loop); default CHONGDICH_INTERFACE, else wsgi",
        )
        parser.add_argument("--no-migrate", action="store_true", help="do not apply migrations")

    def handle(self, *args: Any, **opts: Any) -> None:
        if not opts["no_migrate"]:
            call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(
            f"chongdich: http://{opts['host']}:{opts['port']}/  (Ctrl+C để dừng / to stop)"
        )
        workers = opts["workers"] or default_workers()
        argv = server_argv(
            opts["host"], opts["port"], workers, opts["threads"], interface=opts["interface"]
        )
        # Replace this process: signals go straight to the server.
        os.execvpe(argv[0], argv, server_env(opts["threads"]))
