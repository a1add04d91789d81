"""Check-ins over HTTP: the app under Granian (as ``chongdich serve`` runs it) on loopback,
load from a second process, rows counted after. Baseline: the same server answering an
unauthenticated API call (401 through the same middleware and router, no database write).

    python -m bench checkins_http                     # SQLite (WAL) temporary file
    DATABASE_URL=postgresql://... python -m bench checkins_http
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from typing import Any

from .harness import Figure, Options, benchmark

REQUESTS = 6000
CONNECTIONS = 16
EPISODES = 200
THREADS = int(os.environ.get("CHONGDICH_THREADS", 32))  # chongdich serve's default


# ---------------------------------------------------------------- the load (second process)


async def _one_connection(
    host: str, port: int, requests: list[bytes], latencies: list[float], statuses: list[int]
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    for raw in requests:
        start = time.perf_counter()
        writer.write(raw)
        await writer.drain()
        status_line = await reader.readline()
        length = 0
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        if length:
            await reader.readexactly(length)
        latencies.append(time.perf_counter() - start)
        statuses.append(int(status_line.split()[1]))
    writer.close()


def _requests(kind: str, host: str, episodes: list[tuple[int, str]], n: int) -> list[bytes]:
    out = []
    for i in range(n):
        if kind == "baseline":
            out.append(f"GET /api/care/capacity HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            continue
        episode_id, token = episodes[i % len(episodes)]
        body = json.dumps(
            {
                "idempotency_key": uuid.uuid4().hex,
                "measured_at": "2021-11-05T08:00:00+07:00",
                "spo2": 97 + i % 3,
                "pulse": 70 + i % 40,
                "respiratory_rate": 16 + i % 5,
                "temperature": 37.0,
                "symptoms": ["cough"] if i % 4 == 0 else [],
            }
        ).encode()
        head = (
            f"POST /api/care/episodes/{episode_id}/checkins HTTP/1.1\r\nHost: {host}\r\n"
            f"X-Checkin-Token: {token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        out.append(head + body)
    return out


def drive(kind: str, port: int, episodes_file: str, n: int) -> dict[str, Any]:
    with open(episodes_file, encoding="utf-8") as fh:
        episodes = [tuple(e) for e in json.load(fh)]
    requests = _requests(kind, "127.0.0.1", episodes, n)  # built before the clock starts
    chunks = [requests[i::CONNECTIONS] for i in range(CONNECTIONS)]
    latencies: list[float] = []
    statuses: list[int] = []

    async def main() -> None:
        await asyncio.gather(
            *(_one_connection("127.0.0.1", port, c, latencies, statuses) for c in chunks)
        )

    start = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "rps": n / elapsed,
        "p99_ms": 1000 * latencies[int(0.99 * (len(latencies) - 1))],
        "median_ms": 1000 * statistics.median(latencies),
        "statuses": {str(s): statuses.count(s) for s in set(statuses)},
    }


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

    env = dict(os.environ)
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        env["DATABASE_URL"] = (
            f"postgresql://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST']}:"
            f"{settings['PORT']}/{settings['NAME']}"
        )
    from chongdich.ops.management.commands.serve import default_workers, server_argv

    argv = server_argv("127.0.0.1", port, default_workers(), THREADS, access_log=False)
    server = subprocess.Popen(argv, env=env)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("the server did not start")


def _load(kind: str, port: int, episodes_file: str, n: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.checkins_http", kind, str(port), episodes_file, str(n)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


@benchmark("checkins_http", "check-ins over HTTP (chongdich serve, loopback, second process)")
def run(options: Options) -> Iterator[Figure]:
    from chongdich.care.models import CheckIn

    episodes = _setup_episodes()
    episodes_file = os.path.join(os.environ["CHONGDICH_DATA_DIR"], "episodes.json")
    with open(episodes_file, "w", encoding="utf-8") as fh:
        json.dump(episodes, fh)
    port = _free_port()
    server = _serve(port)
    try:
        _load("checkin", port, episodes_file, 300)  # warm-up: workers, connections, caches
        _load("baseline", port, episodes_file, 300)
        warm_rows = CheckIn.objects.count()
        results, baselines = [], []
        for _ in range(options.rounds(2)):
            results.append(_load("checkin", port, episodes_file, REQUESTS))
            baselines.append(_load("baseline", port, episodes_file, REQUESTS))
    finally:
        server.terminate()
        server.wait(30)
    stored = CheckIn.objects.count() - warm_rows
    accepted = sum(r["statuses"].get("201", 0) for r in results)
    sent = REQUESTS * len(results)
    print(
        f"# sent {sent}, accepted (201) {accepted}, rows stored {stored}, lost {sent - stored}; "
        f"statuses {[r['statuses'] for r in results]}",
        file=sys.stderr,
    )
    best = max(results, key=lambda r: r["rps"])
    base = max(baselines, key=lambda r: r["rps"])
    baseline = "unauthenticated GET /api/care/capacity (401) on the same server and client"
    yield Figure("checkins_http", best["rps"], "r/s", baseline, base["rps"])
    yield Figure("checkins_http_p99", best["p99_ms"], "ms", baseline, base["p99_ms"])
    yield Figure("checkins_http_lost", sent - stored, "n", "check-ins sent", sent)


if __name__ == "__main__":
    kind, port, episodes_file, n = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    print(json.dumps(drive(kind, port, episodes_file, n)))
