"""chongdich serve: the web app under Granian (Rust HTTP server, WSGI; ADR 0080): the
patients' check-ins answered in front of Django with group commit, everything else by Django
(static files by WhiteNoise)."""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

# Threads per worker process: requests waiting for the check-in writer's commit each hold one,
# so there must be more than the connections that send check-ins at once.
DEFAULT_THREADS = 32


def default_workers() -> int:
    """``WEB_CONCURRENCY``, else one process on SQLite (one check-in writer for the one
    database file: two would take turns on its lock, ADR 0080) and two on PostgreSQL."""
    from django.db import connection

    if "WEB_CONCURRENCY" in os.environ:
        return int(os.environ["WEB_CONCURRENCY"])
    return 1 if connection.vendor == "sqlite" else 2


def server_argv(
    host: str, port: int, workers: int, threads: int = DEFAULT_THREADS, access_log: bool = True
) -> list[str]:
    """The server command line, shared with the benchmark (bench/checkins_http.py)."""
    return [
        sys.executable,
        "-m",
        "granian",
        "--interface",
        "wsgi",
        "chongdich.wsgi:application",
        "--host",
        host,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--blocking-threads",
        str(threads),
        "--backpressure",
        str(threads),
        "--log-level",
        "warning",
        "--access-log" if access_log else "--no-access-log",
    ]


class Command(BaseCommand):
    help = "Chạy ứng dụng web / run the web application"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers",
            type=int,
            help="worker processes (default: WEB_CONCURRENCY, else 1 on SQLite, 2 on PostgreSQL)",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=int(os.environ.get("CHONGDICH_THREADS", DEFAULT_THREADS)),
            help="threads per worker process",
        )
        parser.add_argument("--no-migrate", action="store_true", help="do not apply migrations")

    def handle(self, *args: Any, **opts: Any) -> None:
        if not opts["no_migrate"]:
            call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(
            f"chongdich: http://{opts['host']}:{opts['port']}/  (Ctrl+C để dừng / to stop)"
        )
        workers = opts["workers"] or default_workers()
        argv = server_argv(opts["host"], opts["port"], workers, opts["threads"])
        os.execvp(argv[0], argv)  # replace this process: signals go straight to the server
