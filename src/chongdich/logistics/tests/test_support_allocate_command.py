"""`chongdich support allocate --input FILE.json --format json`: the contract of issue 6."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBLEM = {
    "needs": [
        {
            "id": "bl-o2",
            "recipient": "Bạc Liêu",
            "item": "oxygen_concentrator",
            "quantity": 100,
            "urgency": 5,
        },
        {
            "id": "cm-o2",
            "recipient": "Cà Mau",
            "item": "oxygen_concentrator",
            "quantity": 50,
            "urgency": 3,
        },
        {"id": "cm-vent", "recipient": "Cà Mau", "item": "ventilator", "quantity": 5, "urgency": 4},
    ],
    "offers": [
        {
            "id": "bd",
            "donor": "Bình Dương",
            "item": "oxygen_concentrator",
            "quantity": 120,
            "recipients": None,
        },
        {
            "id": "vt",
            "donor": "Viettel",
            "item": "oxygen_concentrator",
            "quantity": 20,
            "recipients": ["Cà Mau"],
        },
        {
            "id": "cr",
            "donor": "Chợ Rẫy",
            "item": "ventilator",
            "quantity": 3,
            "recipients": ["Bạc Liêu"],
        },
    ],
    "distance_km": {"Bình Dương|Bạc Liêu": 280, "Bình Dương|Cà Mau": 340},
}


def run(tmp_path: Path, data: object) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "problem.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "chongdich.cli",
            "support",
            "allocate",
            "--input",
            str(path),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def test_it_prints_allocations_unmet_and_objective(tmp_path: Path) -> None:
    done = run(tmp_path, PROBLEM)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) == {"allocations", "unmet", "objective"}
    assert all(set(a) == {"offer", "need", "item", "quantity"} for a in out["allocations"])
    given = {(a["offer"], a["need"]): a["quantity"] for a in out["allocations"]}
    # Bạc Liêu (urgency 5) gets its 100 first; Viettel's 20 may only go to Cà Mau.
    assert given == {("bd", "bl-o2"): 100, ("bd", "cm-o2"): 20, ("vt", "cm-o2"): 20}
    assert {u["need"]: u["quantity"] for u in out["unmet"]} == {"cm-o2": 10, "cm-vent": 5}
    assert out["objective"] == 5 * 100 + 3 * 40


def test_bad_input_exits_non_zero_with_the_reason(tmp_path: Path) -> None:
    bad = {"needs": [{**PROBLEM["needs"][0], "urgency": 0}], "offers": []}  # type: ignore[dict-item]
    done = run(tmp_path, bad)
    assert done.returncode == 2
    error = json.loads(done.stdout)["error"]
    assert error["code"] == "invalid_input"
    assert any("got 0" in d for d in error["details"])


def test_a_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "problem.json"
    path.write_text("{not json", encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "chongdich.cli",
            "support",
            "allocate",
            "--input",
            str(path),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "not JSON" in json.loads(done.stdout)["error"]["message"]
