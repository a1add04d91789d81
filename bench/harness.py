"""The benchmark registry, the timer, and a throwaway database to run against.

A figure is never a bare time: the same process times a baseline next to the operation,
rounds alternating, and reports the ratio. On a shared 2-core machine absolute times drift
by tens of percent from one run to the next; the ratio moves much less.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    baseline: str  # what the baseline does, in words
    baseline_value: float

    @property
    def ratio(self) -> float:
        return self.value / self.baseline_value if self.baseline_value else float("inf")

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": round(self.value, 4),
            "unit": self.unit,
            "baseline": self.baseline,
            "baseline_value": round(self.baseline_value, 4),
            "ratio": round(self.ratio, 3),
        }


@dataclass(frozen=True)
class Options:
    repeat: int | None = None  # rounds of timing; None lets each benchmark choose

    def rounds(self, default: int) -> int:
        return self.repeat or default


BenchmarkFn = Callable[[Options], Iterable[Figure]]


@dataclass(frozen=True)
class Benchmark:
    name: str
    description: str
    run: BenchmarkFn


REGISTRY: dict[str, Benchmark] = {}
NOT_BENCHMARKS = {"harness", "__main__"}


def benchmark(name: str, description: str) -> Callable[[BenchmarkFn], BenchmarkFn]:
    """Register a benchmark; it yields one Figure per number it measures."""

    def register(fn: BenchmarkFn) -> BenchmarkFn:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} registered twice")
        REGISTRY[name] = Benchmark(name, description, fn)
        return fn

    return register


def discover() -> dict[str, Benchmark]:
    """Import every module of this package; they register themselves (without Django)."""
    for module in pkgutil.iter_modules([os.path.dirname(__file__)]):
        if module.name not in NOT_BENCHMARKS:
            importlib.import_module(f"{__package__}.{module.name}")
    return dict(sorted(REGISTRY.items()))


def compare(
    operation: Callable[[], Any],
    baseline: Callable[[], Any],
    *,
    rounds: int,
    before_operation: Callable[[], Any] | None = None,
    before_baseline: Callable[[], Any] | None = None,
) -> tuple[float, float]:
    """Median seconds of ``operation`` and of ``baseline``, timed in alternating rounds.

    Alternating means a slow spell of the machine hits both sides alike. Each is called once
    untimed first, to warm caches and connections. ``before_operation`` runs untimed before
    every call of the operation (to empty a table, say); ``before_baseline`` likewise before
    every call of the baseline.
    """
    op_times: list[float] = []
    base_times: list[float] = []
    for i in range(rounds + 1):
        if before_operation is not None:
            before_operation()
        start = time.perf_counter()
        operation()
        op_time = time.perf_counter() - start
        if before_baseline is not None:
            before_baseline()
        start = time.perf_counter()
        baseline()
        base_time = time.perf_counter() - start
        if i > 0:  # round 0 is the warm-up
            op_times.append(op_time)
            base_times.append(base_time)
    return statistics.median(op_times), statistics.median(base_times)


@contextmanager
def django_database() -> Iterator[str]:
    """Configure Django on a database of its own; yield a label of it; drop it afterwards.

    By default a temporary SQLite file (with the same WAL settings as production). With
    ``DATABASE_URL=postgresql://...``, a throwaway database created beside the named one on
    that server: a benchmark never writes to a database someone uses.
    """
    data_dir = tempfile.mkdtemp(prefix="chongdich-bench-")
    given_url = os.environ.get("DATABASE_URL", "")
    use_server = given_url.startswith(("postgres://", "postgresql://"))
    os.environ["CHONGDICH_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chongdich.settings")
    if not use_server:
        os.environ["DATABASE_URL"] = f"sqlite:///{data_dir}/bench.sqlite3"
    try:
        import django
        from django.core.management import call_command
        from django.db import connection

        django.setup()
        if use_server:
            connection.settings_dict.setdefault("TEST", {})
            connection.settings_dict["TEST"]["NAME"] = f"chongdich_bench_{os.getpid()}"
            old_name = connection.settings_dict["NAME"]
            name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
            try:
                yield f"postgresql ({name})"
            finally:
                connection.creation.destroy_test_db(old_name, verbosity=0)
        else:
            call_command("migrate", verbosity=0, interactive=False, skip_checks=True)
            yield "sqlite (temporary file, WAL)"
            connection.close()
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
