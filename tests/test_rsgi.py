"""Django behind the RSGI application (``chongdich.rsgi``, ADR 0083) under Granian: pages,
query strings, static files, a signed-in form POST with its cookies, redirects and errors come
through the WSGI bridge as a WSGI server would pass them."""

from __future__ import annotations

import http.client
import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from django.conf import settings

from conftest import PERSONA_PASSWORD, rsgi_server

pytestmark = pytest.mark.django_db(transaction=True)

STATIC_CSS = Path(settings.STATICFILES_DIRS[0]) / "chongdich" / "app.css"
SRC = Path(__file__).parents[1] / "src"


class Answer:
    def __init__(self, response: http.client.HTTPResponse) -> None:
        self.status = response.status
        self.headers = response.getheaders()
        self.body = response.read()

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def cookies(self) -> dict[str, str]:
        """The cookies set, by name (every Set-Cookie header)."""
        found = {}
        for key, value in self.headers:
            if key.lower() == "set-cookie":
                name, _, rest = value.strip().partition("=")
                found[name] = rest.split(";", 1)[0]
        return found


def fetch(port: int, method: str, path: str, body: bytes = b"", **headers: str) -> Answer:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        sent = {name.replace("_", "-"): value for name, value in headers.items()}
        conn.request(method, path, body or None, sent)
        return Answer(conn.getresponse())
    finally:
        conn.close()


@pytest.fixture
def port() -> Iterator[int]:
    with rsgi_server() as rsgi_port:
        yield rsgi_port


def test_a_page_gets_its_query_string(port: int) -> None:
    answer = fetch(port, "GET", "/accounts/login/?next=/care/%3Fpage%3D2")
    assert answer.status == 200
    assert b'name="next" value="/care/?page=2"' in answer.body
    assert answer.header("Content-Type") == "text/html; charset=utf-8"


def test_a_static_file_whole_and_in_part(port: int) -> None:
    expected = STATIC_CSS.read_bytes()
    answer = fetch(port, "GET", "/static/chongdich/app.css")
    assert (answer.status, answer.body) == (200, expected)
    assert answer.header("Content-Length") == str(len(expected))
    part = fetch(port, "GET", "/static/chongdich/app.css", Range="bytes=0-9")
    assert (part.status, part.body) == (206, expected[:10])
    # The path is percent-decoded as a WSGI server does ("%2E" is ".").
    assert fetch(port, "GET", "/static/chongdich/app%2Ecss").body == expected


def test_signing_in_posts_the_form_with_its_csrf_cookie_and_redirects(
    port: int, baclieu_officer: Any
) -> None:
    form = fetch(port, "GET", "/accounts/login/")
    csrf_cookie = form.cookies()["csrftoken"]
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form.body)
    assert token is not None
    fields = {
        "username": baclieu_officer.username,
        "password": PERSONA_PASSWORD,
        "csrfmiddlewaretoken": token[1].decode(),
        "next": "/care/",
    }
    signed_in = fetch(
        port,
        "POST",
        "/accounts/login/",
        urlencode(fields).encode(),
        Content_Type="application/x-www-form-urlencoded",
        Cookie=f"csrftoken={csrf_cookie}",
    )
    assert (signed_in.status, signed_in.header("Location")) == (302, "/care/")
    cookies = signed_in.cookies()  # the session and a new CSRF secret: two Set-Cookie headers
    assert {"sessionid", "csrftoken"} <= set(cookies)
    page = fetch(port, "GET", "/care/", Cookie=f"sessionid={cookies['sessionid']}")
    assert page.status == 200
    assert baclieu_officer.username.encode() in page.body


def test_a_page_that_needs_a_session_redirects_to_sign_in(port: int) -> None:
    answer = fetch(port, "GET", "/care/?x=1")
    assert answer.status == 302
    assert answer.header("Location") == "/accounts/login/?next=/care/%3Fx%3D1"


def test_an_unknown_path_is_djangos_404(port: int) -> None:
    answer = fetch(port, "GET", "/no-such-page/")
    assert answer.status == 404
    assert answer.header("Content-Type") == "text/html; charset=utf-8"


def test_chongdich_serve_runs_the_rsgi_application_under_granian(tmp_path: Path) -> None:
    """The command line ``chongdich serve`` runs: Granian starts ``chongdich.rsgi`` and
    answers a static file and a check-in's error (neither needs the database's rows)."""
    from chongdich.ops.management.commands.serve import server_argv, server_env

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    env = server_env(4)
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        CHONGDICH_DATA_DIR=str(tmp_path),
        # This tree's code, as the tests run it.
        PYTHONPATH=os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")]),
    )
    argv = server_argv("127.0.0.1", port, 1, 4, access_log=False, interface="rsgi")
    assert argv[argv.index("--interface") + 1 :][:2] == ["rsgi", "chongdich.rsgi:application"]
    server = subprocess.Popen(argv, env=env)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert server.poll() is None, "the server stopped"
                time.sleep(0.1)
        css = fetch(port, "GET", "/static/chongdich/app.css")
        assert (css.status, css.body) == (200, STATIC_CSS.read_bytes())
        refused = fetch(
            port,
            "POST",
            "/api/care/episodes/1/checkins",
            b"{not json",
            X_Checkin_Token="any",
            Content_Type="application/json",
        )
        assert refused.status == 400
        assert refused.header("Content-Language") == "vi"
        assert b'"code": "invalid_input"' in refused.body
    finally:
        server.terminate()
        server.wait(30)
