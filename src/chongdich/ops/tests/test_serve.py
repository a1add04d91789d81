"""``chongdich serve``'s defaults: how many worker processes run the application."""

from __future__ import annotations

import pytest
from django.db import connection

from chongdich.ops.management.commands.serve import default_workers


@pytest.mark.parametrize(
    ("vendor", "cores", "workers"),
    [
        ("sqlite", 2, 1),  # one database file, one writer (ADR 0080)
        ("sqlite", 16, 1),
        ("postgresql", 1, 1),
        ("postgresql", 2, 1),  # one writer in one process beat 2 x 2 (ADR 0084)
        ("postgresql", 8, 4),
        ("postgresql", None, 1),  # cores unknown
    ],
)
def test_one_worker_per_two_cores_on_postgresql_and_one_on_sqlite(
    monkeypatch: pytest.MonkeyPatch, vendor: str, cores: int | None, workers: int
) -> None:
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    monkeypatch.setattr(connection, "vendor", vendor)
    monkeypatch.setattr("os.cpu_count", lambda: cores)
    assert default_workers() == workers


def test_web_concurrency_chooses_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    assert default_workers() == 3
