"""`chongdich care triage --input FILE.json --format json`: the contract of issue 5."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

FIELDS = [
    "id",
    "severity",
    "tier",
    "home_eligible",
    "unmet",
    "warnings",
    "action",
    "rule_set",
    "reasons",
]
INPUT = {
    "as_of": "2022-02-10",
    "province": None,
    "patients": [
        {
            "id": "home",
            "age_years": 34,
            "pregnant": False,
            "obese": False,
            "comorbidities": [],
            "doses": 2,
            "last_dose_on": "2021-10-01",
            "respiratory_rate": 18,
            "spo2": 98,
            "pulse": 88,
            "systolic": 120,
            "diastolic": 75,
            "symptoms": ["fever", "cough"],
            "can_self_care": True,
            "has_phone": True,
            "has_caregiver": None,
        },
        {
            "id": "tier2",
            "age_years": 67,
            "comorbidities": ["diabetes", "hypertension"],
            "comorbidities_stable": True,
            "respiratory_rate": 24,
            "spo2": 95,
            "symptoms": ["dyspnoea"],
        },
        {"id": "unmeasured", "age_years": 40, "can_self_care": True, "has_phone": True},
    ],
}


def run_cli(tmp_path: Path, data: Any, *extra: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "patients.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    exe = Path(sys.executable).with_name("chongdich")
    return subprocess.run(
        [str(exe), "care", "triage", "--input", str(path), "--format", "json", *extra],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_subprocess_run_gives_the_contract(tmp_path: Path) -> None:
    done = run_cli(tmp_path, INPUT)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["as_of"] == "2022-02-10" and out["province"] is None
    rows = {p["id"]: p for p in out["patients"]}
    assert [list(p) for p in out["patients"]] == [FIELDS] * 3
    home, tier2, unmeasured = rows["home"], rows["tier2"], rows["unmeasured"]
    assert (home["severity"], home["tier"], home["home_eligible"], home["action"]) == (
        "mild",
        "home",
        True,
        "continue_home",
    )
    assert home["unmet"] == [] and home["warnings"] == []
    assert home["rule_set"] == "QD250/QD261/QD261"
    assert (tier2["severity"], tier2["tier"], tier2["action"]) == ("moderate", "2", "transfer")
    assert tier2["warnings"] == ["dyspnoea", "respiratory_rate_high", "spo2_low"]
    assert unmeasured["unmet"] == ["respiratory_rate_unknown", "spo2_unknown"]
    assert unmeasured["action"] == "notify_station"
    reason = tier2["reasons"][0]
    assert list(reason) == ["code", "vi", "en", "evidence"]


def test_bad_input_exits_2_with_structured_errors(tmp_path: Path) -> None:
    bad = {"as_of": "2022-02-10", "patients": [{"id": "a", "spo2": 120, "temperature": 39}]}
    done = run_cli(tmp_path, bad)
    assert done.returncode == 2
    errors = json.loads(done.stdout)["errors"]
    assert [(e["path"], e["code"]) for e in errors] == [
        ("patients[0].temperature", "unknown_field"),
        ("patients[0].spo2", "out_of_range"),
    ]
    assert set(errors[0]) == {"path", "code", "message_vi", "message_en"}
    assert "patients[0].spo2" in done.stderr


def test_not_json_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("{as_of:", encoding="utf-8")
    out = io.StringIO()
    with pytest.raises(CommandError) as err:
        call_command("care", "triage", "--input", str(path), stdout=out, stderr=io.StringIO())
    assert err.value.returncode == 2
    assert json.loads(out.getvalue())["errors"][0]["code"] == "not_json"
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "care",
            "triage",
            "--input",
            str(tmp_path / "none.json"),
            stdout=out,
            stderr=io.StringIO(),
        )
    assert json.loads(out.getvalue())["errors"][0]["code"] == "unreadable"


def test_call_command_json_and_text(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps(INPUT), encoding="utf-8")
    out = io.StringIO()
    call_command("care", "triage", "--input", str(path), "--format", "json", stdout=out)
    assert [p["id"] for p in json.loads(out.getvalue())["patients"]] == [
        "home",
        "tier2",
        "unmeasured",
    ]
    out = io.StringIO()
    call_command("care", "triage", "--input", str(path), "--format", "text", stdout=out)
    text = out.getvalue()
    assert text.startswith("home: mild, tier home, continue_home")
    assert "Chưa đo SpO₂" in text
