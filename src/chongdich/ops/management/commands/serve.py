"""chongdich serve: the web app under gunicorn (several workers; static files by WhiteNoise)."""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Chạy ứng dụng web / run the web application"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 2))
        )
        parser.add_argument("--no-migrate", action="store_true", help="do not apply migrations")

    def handle(self, *args: Any, **opts: Any) -> None:
        if not opts["no_migrate"]:
            call_command("migrate", interactive=False, verbosity=0)
        bind = f"{opts['host']}:{opts['port']}"
        self.stdout.write(f"chongdich: http://{bind}/  (Ctrl+C để dừng / to stop)")
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "chongdich.wsgi:application",
            "--bind",
            bind,
            "--workers",
            str(opts["workers"]),
            "--threads",
            "4",
            "--access-logfile",
            "-",
            "--log-level",
            "warning",
        ]
        os.execvp(argv[0], argv)  # replace this process: signals go straight to gunicorn
