"""The checkins_http benchmark's client: wrk with bench/checkins_http.lua (ADR 0081)."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bench import checkins_http


class _Echo(BaseHTTPRequestHandler):
    """Answers a check-in 201 with its key (as the app does), anything else 400."""

    protocol_version = "HTTP/1.1"
    seen: list[dict[str, Any]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        try:
            checkin = json.loads(body)
        except ValueError:
            status, answer = 400, b'{"error": {}}'
        else:
            checkin["token"] = self.headers["X-Checkin-Token"]
            checkin["path"] = self.path
            _Echo.seen.append(checkin)
            status = 201
            answer = json.dumps({"idempotency_key": checkin["idempotency_key"]}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def echo_port() -> Iterator[int]:
    _Echo.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def test_without_wrk_the_bench_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(SystemExit, match="apt-get install wrk"):
        checkins_http._wrk()


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed")
def test_each_checkin_has_its_own_key_and_every_201_key_is_reported(
    echo_port: int, tmp_path: Path
) -> None:
    episodes = tmp_path / "episodes.txt"
    episodes.write_text("11 token-a\n12 token-b\n13 token-c\n", encoding="ascii")
    result = checkins_http._load("checkin", echo_port, str(episodes), 1)
    answered = result["statuses"]["201"]
    assert answered == result["requests"] > 0
    keys = result["accepted_keys"]
    assert len(keys) == len(set(keys)) == answered  # each key once, each 201 reported
    sent = {c["idempotency_key"] for c in _Echo.seen}
    assert set(keys) <= sent
    pairs = {(c["path"], c["token"]) for c in _Echo.seen}
    spread = ((11, "a"), (12, "b"), (13, "c"))  # every episode, each with its own token
    assert pairs == {(f"/api/care/episodes/{pk}/checkins", f"token-{t}") for pk, t in spread}
    assert result["p99_ms"] >= result["median_ms"] > 0


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed")
def test_the_baseline_sends_a_body_that_is_not_json(echo_port: int, tmp_path: Path) -> None:
    episodes = tmp_path / "episodes.txt"
    episodes.write_text("11 token-a\n", encoding="ascii")
    result = checkins_http._load("baseline", echo_port, str(episodes), 1)
    assert result["statuses"] == {"400": result["requests"]} and result["requests"] > 0
    assert result["accepted_keys"] == [] and _Echo.seen == []
