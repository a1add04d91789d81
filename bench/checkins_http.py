"""Check-ins over HTTP: the app under Granian (as ``chongdich serve`` runs it) on loopback,
load from a second process: ``wrk`` (C) with ``checkins_http.lua``, each check-in with its own
idempotency key and its episode's token; every key answered 201 is then looked up in the
database (0 lost). Baseline: the same server, route, token and client with a body that is not
JSON (the check-in dispatcher's 400, no database).

Each round runs two loads. Saturating: 16 connections, each sending its next check-in as soon
as the previous is answered: the most the server can take (``checkins_http``) and its p99
there. Paced: the issue's goal rate (1,500/s, ``CHECKINS_HTTP_PACED_RATE``) offered on a
schedule, each latency counted from the request's scheduled time (no coordinated omission):
the p99 a user meets at that rate (``checkins_http_paced_p99``). Every figure is the worst of
the rounds (lowest rate, highest p99), and every round is printed.

    python -m bench checkins_http                     # SQLite (WAL) temporary file
    DATABASE_URL=postgresql://... python -m bench checkins_http
    CHONGDICH_INTERFACE=wsgi python -m bench checkins_http   # Granian's WSGI front instead

Needs ``wrk`` (``apt-get install wrk``; ``scripts/setup.sh --with-test-deps`` installs it):
the Python asyncio client it replaced was itself the bottleneck on 2 cores.
"""

from __future__ import annotations

import functools
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from typing import Any

from .harness import Figure, Options, benchmark

SECONDS = int(os.environ.get("CHECKINS_HTTP_SECONDS", 10))  # per round
CONNECTIONS = 16
PACED_RATE = int(os.environ.get("CHECKINS_HTTP_PACED_RATE", 1500))  # the goal
EPISODES = 200
THREADS = int(os.environ.get("CHONGDICH_THREADS", 32))  # chongdich serve's default
LUA = os.path.join(os.path.dirname(__file__), "checkins_http.lua")


# ---------------------------------------------------------------- the benchmark


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _setup_episodes() -> list[tuple[int, str]]:
    from chongdich.accounts.services import system_user
    from chongdich.care.services import start_home_care
    from chongdich.geo.models import AdminUnit
    from chongdich.surveillance.models import Case

    actor = system_user()
    province = AdminUnit.objects.create(
        map_version="legacy",
        level="province",
        code="95",
        name="Tỉnh Bạc Liêu",
        short_name="Bạc Liêu",
        unit_type="Tỉnh",
        key="bac_lieu",
    )
    province.province = province
    province.save()
    commune = AdminUnit.objects.create(
        map_version="legacy",
        level="commune",
        code="31825",
        name="Phường 1",
        short_name="1",
        unit_type="Phường",
        key="phuong_1",
        parent=province,
        province=province,
        latitude=9.29,
        longitude=105.72,
    )
    cases = Case.objects.bulk_create(
        Case(full_name=f"Bench {i}", commune=commune, reported_on="2021-10-31", birth_year=1980)
        for i in range(EPISODES)
    )
    episodes = [start_home_care(c, actor=actor) for c in cases]
    return [(e.pk, e.checkin_token) for e in episodes]


def _serve(port: int) -> subprocess.Popen[bytes]:
    from django.db import connection

    from chongdich.ops.management.commands.serve import default_workers, server_argv, server_env

    env = server_env(THREADS)
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        env["DATABASE_URL"] = (
            f"postgresql://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST']}:"
            f"{settings['PORT']}/{settings['NAME']}"
        )
    argv = server_argv(
        "127.0.0.1", port, default_workers(), THREADS, access_log=False, interface=_interface()
    )
    server = subprocess.Popen(argv, env=env)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("the server did not start")


def _interface() -> str:
    """Granian's interface, as ``chongdich serve`` chooses it (CHONGDICH_INTERFACE)."""
    from chongdich.ops.management.commands.serve import DEFAULT_INTERFACE

    return os.environ.get("CHONGDICH_INTERFACE", DEFAULT_INTERFACE)


def _wrk() -> str:
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit(
            "checkins_http needs wrk, the HTTP load generator (C): apt-get install wrk, "
            "or bash scripts/setup.sh --with-test-deps"
        )
    return wrk


def _load(
    kind: str, port: int, episodes_file: str, seconds: int, paced: bool = False
) -> dict[str, Any]:
    """One wrk run; its JSON summary plus the idempotency keys it saw answered 201. Paced:
    ``PACED_RATE`` requests/s on a schedule, over one connection per wrk thread."""
    keys_prefix = os.path.join(os.path.dirname(episodes_file), f"keys-{uuid.uuid4().hex[:8]}")
    threads = CONNECTIONS if paced else 1
    argv = [
        *(_wrk(), f"-t{threads}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "-s", LUA),
        *(f"http://127.0.0.1:{port}", "--", kind, episodes_file, keys_prefix),
        uuid.uuid4().hex[:12],  # this run's part of every idempotency key
        *((str(PACED_RATE), str(threads)) if paced else ()),
    ]
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("CHECKINS_JSON "))
    result: dict[str, Any] = json.loads(line.removeprefix("CHECKINS_JSON "))
    keys: list[str] = []
    for path in glob.glob(f"{keys_prefix}-*"):
        with open(path, encoding="ascii") as fh:
            keys += fh.read().split()
        os.remove(path)
    result["accepted_keys"] = keys
    if paced:  # wrk's own duration includes starting and stopping; the schedule's does not
        result["rps"] = round(result["requests"] / seconds, 3)
    return result


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time these processes have used (all their threads), from /proc."""
    ticks = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue  # ended meanwhile
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def _process_tree(root: int) -> list[int]:
    """``root`` and its descendants (the server and its worker processes)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += children.get(pid, [])
    return tree


def _database_backends() -> list[int]:
    """The PostgreSQL backends serving this database (the server's writers), if on the same
    machine; none on SQLite, whose work is done inside the server process."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return [pid for (pid,) in cursor.fetchall() if os.path.exists(f"/proc/{pid}")]


class CpuMeter:
    """CPU seconds spent by the server's processes and by the database's backends during a
    load: per request, this moves far less with the machine's other work than a rate does."""

    def __init__(self, server: subprocess.Popen[bytes]) -> None:
        self.server = server

    def measure(self, load: Any) -> dict[str, Any]:
        server_pids = _process_tree(self.server.pid)
        backends = _database_backends()
        app0, db0 = _cpu_seconds(server_pids), _cpu_seconds(backends)
        result: dict[str, Any] = load()
        backends = sorted(set(backends) | set(_database_backends()))
        app = _cpu_seconds(_process_tree(self.server.pid)) - app0
        db = _cpu_seconds(backends) - db0
        requests = max(result["requests"], 1)
        result["app_cpu_ms"] = round(1000 * app / requests, 4)
        result["db_cpu_ms"] = round(1000 * db / requests, 4)
        return result


def _missing(keys: list[str]) -> int:
    """How many of these keys (answered 201) have no stored check-in."""
    from chongdich.care.models import CheckIn

    found = 0
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        found += CheckIn.objects.filter(idempotency_key__in=chunk).count()
    return len(keys) - found


def _worst(rounds: list[dict[str, Any]], figure: str) -> float:
    """The round least in the goal's favour: the lowest rate, the highest latency."""
    values = [r[figure] for r in rounds]
    return float(min(values) if figure == "rps" else max(values))


@benchmark("checkins_http", "check-ins over HTTP (chongdich serve, loopback, wrk as the client)")
def run(options: Options) -> Iterator[Figure]:
    from chongdich.care.models import CheckIn
    from chongdich.ops.management.commands.serve import default_workers

    _wrk()  # say so before setting anything up
    episodes = _setup_episodes()
    episodes_file = os.path.join(os.environ["CHONGDICH_DATA_DIR"], "episodes.txt")
    with open(episodes_file, "w", encoding="ascii") as fh:
        fh.writelines(f"{pk} {token}\n" for pk, token in episodes)
    port = _free_port()
    server = _serve(port)
    try:
        _load("checkin", port, episodes_file, 2)  # warm-up: threads, connections, caches
        _load("baseline", port, episodes_file, 2)
        meter = CpuMeter(server)
        results: list[dict[str, Any]] = []
        baselines: list[dict[str, Any]] = []
        paced: list[dict[str, Any]] = []
        paced_baselines: list[dict[str, Any]] = []
        loads = (
            ("checkin", False, results),
            ("baseline", False, baselines),
            ("checkin", True, paced),
            ("baseline", True, paced_baselines),
        )
        for _ in range(options.rounds(2)):
            for kind, on_schedule, into in loads:
                load = functools.partial(_load, kind, port, episodes_file, SECONDS, on_schedule)
                into.append(meter.measure(load))
    finally:
        server.terminate()
        server.wait(30)
    accepted = [k for r in results + paced for k in r.pop("accepted_keys")]
    for b in baselines + paced_baselines:
        b.pop("accepted_keys")
    lost = _missing(accepted)
    print(
        f"# check-ins answered 201: {len(accepted)}, of which not stored: {lost}; "
        f"rows in all {CheckIn.objects.count()}; interface {_interface()}, "
        f"workers {default_workers()}; rounds {results}; baselines {baselines}; "
        f"paced at {PACED_RATE}/s {paced}; paced baselines {paced_baselines}; "
        f"load average {os.getloadavg()}",
        file=sys.stderr,
    )
    baseline = "the dispatcher's 400 to a body that is not JSON (same route, token, client)"
    yield Figure("checkins_http", _worst(results, "rps"), "r/s", baseline, _worst(baselines, "rps"))
    yield Figure(
        "checkins_http_p99",
        _worst(results, "p99_ms"),
        "ms",
        baseline,
        _worst(baselines, "p99_ms"),
    )
    paced_baseline = f"{baseline}, paced at {PACED_RATE}/s too"
    yield Figure(
        "checkins_http_paced",
        _worst(paced, "rps"),
        "r/s",
        paced_baseline,
        _worst(paced_baselines, "rps"),
    )
    yield Figure(
        "checkins_http_paced_p99",
        _worst(paced, "paced_p99_ms"),
        "ms",
        paced_baseline,
        _worst(paced_baselines, "paced_p99_ms"),
    )
    yield Figure("checkins_http_lost", lost, "n", "check-ins answered 201", len(accepted))
    # CPU per request over all rounds: the cost the rate is made of, steadier than the rate.
    app = sum(r["app_cpu_ms"] * r["requests"] for r in results) / sum(
        r["requests"] for r in results
    )
    db = sum(r["db_cpu_ms"] * r["requests"] for r in results) / sum(r["requests"] for r in results)
    base_app = sum(b["app_cpu_ms"] * b["requests"] for b in baselines) / sum(
        b["requests"] for b in baselines
    )
    yield Figure("checkins_http_app_cpu", app, "ms", f"CPU per {baseline}", base_app)
    yield Figure("checkins_http_db_cpu", db, "ms", "the server's CPU per check-in", app)
