"""An import killed mid-way (SIGKILL, a real process) leaves nothing behind; the same file
run again gives the right result. See docs/adr/0060-line-list-import-atomic-after-a-crash.md.

The test database is handed to child processes: on SQLite the in-memory test database is
copied to a file, on PostgreSQL the children connect to the test database itself.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from chongdich.geo.models import AdminUnit

# The child imports the file but its storing is cut short: half the cases are written,
# then the process is killed outright (no exception handler, no rollback of its own).
CRASH = """
import os, signal, sys
import django
django.setup()
from django.core.management import call_command
from chongdich.surveillance import services

original = services._insert_cases

def half_then_killed(rows, batch):
    original(rows[: len(rows) // 2], batch)
    os.kill(os.getpid(), signal.SIGKILL)

services._insert_cases = half_then_killed
call_command("cases", "import", sys.argv[1], "--province", "95")
"""

# A file of new people goes through the slice-by-slice path (ADR 0062): killed once every
# row was handed to the database, before the commit.
CRASH_STREAMED = """
import os, signal, sys
from contextlib import contextmanager
import django
django.setup()
from django.core.management import call_command
from chongdich.surveillance import services

original = services._case_store

@contextmanager
def stored_then_killed(batch):
    with original(batch) as store:
        yield store
    os.kill(os.getpid(), signal.SIGKILL)

services._case_store = stored_then_killed
call_command("cases", "import", sys.argv[1], "--province", "95")
"""

STATE = """
import json
import django
django.setup()
from chongdich.surveillance.models import Case, DailyCaseCount, ImportBatch, LineListCount
daily = DailyCaseCount.objects.filter(source="line_list")
provinces = LineListCount.objects.filter(area__level="province")
print(json.dumps({
    "cases": Case.objects.count(),
    "batches": ImportBatch.objects.count(),
    "daily": sum(daily.values_list("new_cases", flat=True)),
    "province_rows": sum(provinces.values_list("new_cases", flat=True)),
}))
"""


def child_environment(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "chongdich.settings"}
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        path = tmp_path / "crash.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        env["DATABASE_URL"] = f"sqlite:///{path}"
    else:
        env["DATABASE_URL"] = (
            f"postgresql://{settings['USER']}:{settings['PASSWORD'] or ''}@"
            f"{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{settings['NAME']}"
        )
    return env


def line_list(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    lines = ["Họ tên,Năm sinh,Mã xã,Ngày báo cáo,Nơi phát hiện"]
    lines += [f"{name},1980,{code},{day},Cộng đồng" for name, code, day in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, check=False, timeout=300
    )


@pytest.mark.django_db(transaction=True)
def test_an_import_killed_midway_leaves_nothing_and_the_file_runs_again(
    tmp_path: Path, baclieu: Any
) -> None:
    communes = list(
        AdminUnit.objects.filter(province=baclieu, level="commune")
        .order_by("code")
        .values_list("code", flat=True)
    )
    env = child_environment(tmp_path)
    first = line_list(
        tmp_path / "dot1.csv", [(f"Người {i}", communes[i % 10], "30/10/2021") for i in range(40)]
    )
    # The second file repeats 10 people of the first and adds 300 new ones.
    second = line_list(
        tmp_path / "dot2.csv",
        [(f"Người {i}", communes[i % 10], "30/10/2021") for i in range(30, 40)]
        + [(f"Người mới {i}", communes[i % 50], "31/10/2021") for i in range(300)],
    )
    done = run(env, "-m", "chongdich.cli", "cases", "import", str(first), "--province", "95")
    assert done.returncode == 0, done.stderr
    before = json.loads(run(env, "-c", STATE).stdout)
    assert before == {"cases": 40, "batches": 1, "daily": 40, "province_rows": 40}

    crashed = run(env, "-c", CRASH, str(second))
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    # Nothing of the killed batch is stored, and what was stored before is unchanged.
    assert json.loads(run(env, "-c", STATE).stdout) == before

    again = run(env, "-m", "chongdich.cli", "cases", "import", str(second), "--province", "95")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["created"] == 300
    assert json.loads(again.stdout)["duplicates"] == 10
    after = json.loads(run(env, "-c", STATE).stdout)
    assert after == {"cases": 340, "batches": 2, "daily": 340, "province_rows": 340}
    rebuilt = run(env, "-m", "chongdich.cli", "counts", "rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    result = json.loads(rebuilt.stdout)
    assert (result["corrected"], result["added"], result["removed"]) == (0, 0, 0)
    # And once more: the same file adds nothing.
    third = run(env, "-m", "chongdich.cli", "cases", "import", str(second), "--province", "95")
    assert json.loads(third.stdout)["created"] == 0


@pytest.mark.django_db(transaction=True)
def test_a_file_of_new_people_killed_before_its_commit_leaves_nothing(
    tmp_path: Path, baclieu: Any
) -> None:
    communes = list(
        AdminUnit.objects.filter(province=baclieu, level="commune")
        .order_by("code")
        .values_list("code", flat=True)
    )
    env = child_environment(tmp_path)
    first = line_list(
        tmp_path / "dot1.csv", [(f"Người {i}", communes[i % 10], "30/10/2021") for i in range(40)]
    )
    fresh = line_list(
        tmp_path / "dot2.csv",
        [(f"Người mới {i}", communes[i % 50], "31/10/2021") for i in range(300)],
    )
    done = run(env, "-m", "chongdich.cli", "cases", "import", str(first), "--province", "95")
    assert done.returncode == 0, done.stderr
    before = json.loads(run(env, "-c", STATE).stdout)

    crashed = run(env, "-c", CRASH_STREAMED, str(fresh))
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    assert json.loads(run(env, "-c", STATE).stdout) == before

    again = run(env, "-m", "chongdich.cli", "cases", "import", str(fresh), "--province", "95")
    assert again.returncode == 0, again.stderr
    assert (json.loads(again.stdout)["created"], json.loads(again.stdout)["duplicates"]) == (300, 0)
    after = json.loads(run(env, "-c", STATE).stdout)
    assert after == {"cases": 340, "batches": 2, "daily": 340, "province_rows": 340}
