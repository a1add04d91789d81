"""``chongdich levels assess --input FILE.json --format json``: the contract of issue 4."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CONTRACT_UNIT = {
    "id": "any",
    "population": 95000,
    "cases_7d": 120,
    "community_cases_7d": 80,
    "oxygen_cases_7d": None,
    "deaths_7d": 0,
    "adult_first_dose_pct": 72.0,
    "age50_full_pct": 85.0,
    "population_full_pct": None,
    "high_risk_full_pct": None,
    "capacity_met": True,
    "free_beds_per_100k": None,
    "previous_level": 2,
}
REQUIRED = {
    "id",
    "level",
    "color",
    "rule_set",
    "cases_per_100k_week",
    "band",
    "reasons",
    "evidence",
}


def run(tmp_path: Path, payload: Any, *extra: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "in.json"
    path.write_text(payload if isinstance(payload, str) else json.dumps(payload))
    return subprocess.run(
        [sys.executable, "-m", "chongdich.cli", "levels", "assess", "--input", str(path),
         "--format", "json", *extra],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_the_issue_example_under_qd4800(tmp_path: Path) -> None:
    done = run(tmp_path, {"as_of": "2021-11-15", "rule_set": None, "units": [CONTRACT_UNIT]})
    assert done.returncode == 0, done.stderr
    [out] = json.loads(done.stdout)
    assert set(out) >= REQUIRED
    # 80 community cases / 95,000 people = 84.2 per 100,000: band 3; coverage met → level 3.
    assert out["id"] == "any"
    assert (out["level"], out["color"], out["rule_set"], out["band"]) == (3, "cam", "QD4800", 3)
    assert out["cases_per_100k_week"] == pytest.approx(84.21, abs=0.01)
    assert out["evidence"] == "R"
    assert all(isinstance(r, str) for r in out["reasons"]) and len(out["reasons"]) >= 3


def test_rule_set_by_name_and_by_date(tmp_path: Path) -> None:
    very_high = {**CONTRACT_UNIT, "cases_7d": 700, "free_beds_per_100k": 20.0}
    by_date = run(tmp_path, {"as_of": "2022-02-10", "rule_set": None, "units": [very_high]})
    named = run(tmp_path, {"as_of": "2021-11-15", "rule_set": "QD218", "units": [very_high]})
    for done in (by_date, named):
        assert done.returncode == 0, done.stderr
        [out] = json.loads(done.stdout)
        # 700 / 95,000 = 736.8 per 100,000 (> 600: very high); vaccination without data +1
        # (capped at 4); 20 free beds/100k: medium → level 4.
        assert (out["rule_set"], out["band"], out["level"], out["color"]) == (
            "QD218", 4, 4, "đỏ",
        )  # fmt: skip


def test_vietnamese_reasons_on_request(tmp_path: Path) -> None:
    done = run(
        tmp_path, {"as_of": "2021-11-15", "rule_set": "QD4800", "units": [CONTRACT_UNIT]},
        "--lang", "vi",
    )  # fmt: skip
    [out] = json.loads(done.stdout)
    assert out["reasons"][0].startswith("Tiêu chí 1: 84,2 ca cộng đồng/100.000 dân/tuần")


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"population": -1}, "population must be a positive"),
        ({"adult_first_dose_pct": 150}, "adult_first_dose_pct must be a percentage"),
        ({"age50_full_pct": -0.5}, "age50_full_pct must be a percentage"),
        ({"cases_7d": None, "community_cases_7d": None}, "cases_7d is required"),
    ],
)
def test_invalid_units_exit_non_zero_with_a_clear_message(
    tmp_path: Path, payload: dict[str, Any], message: str
) -> None:
    done = run(
        tmp_path, {"as_of": "2021-11-15", "rule_set": None, "units": [{**CONTRACT_UNIT, **payload}]}
    )
    assert done.returncode != 0 and done.stdout == ""
    assert message in done.stderr and "'any'" in done.stderr


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"as_of": "2021-11-15", "rule_set": "QD5000", "units": []}, "unknown rule set 'QD5000'"),
        ({"as_of": "15/11/2021", "rule_set": None, "units": []}, "as_of must be a date"),
        ({"as_of": "2021-01-01", "rule_set": None, "units": []}, "no epidemic-level rule set"),
        ("{not json", "input is not JSON"),
    ],
)
def test_invalid_files_exit_non_zero(tmp_path: Path, payload: Any, message: str) -> None:
    done = run(tmp_path, payload)
    assert done.returncode != 0 and message in done.stderr
