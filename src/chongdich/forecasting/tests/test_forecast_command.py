"""The `chongdich forecast rt|chime` contract (issue 7), run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from chongdich.epi.tests.shared_data import SHARED_DATA

RT_HEADER = "t_start,t_end,mean_r,std_r,q0025,q005,q025,median,q075,q095,q0975"
EPIESTIM = {
    "mean_r": "Mean(R)",
    "std_r": "Std(R)",
    "q0025": "Quantile.0.025(R)",
    "q005": "Quantile.0.05(R)",
    "q025": "Quantile.0.25(R)",
    "median": "Median(R)",
    "q075": "Quantile.0.75(R)",
    "q095": "Quantile.0.95(R)",
    "q0975": "Quantile.0.975(R)",
}
CHIME_COLUMNS = (
    "day,date,admits_hospitalized,admits_icu,admits_ventilated,census_hospitalized,census_icu,"
    "census_ventilated,ever_hospitalized,ever_icu,ever_ventilated,susceptible,infected,recovered"
)


def forecast(*args: str) -> str:
    out = io.StringIO()
    call_command("forecast", *args, stdout=out)
    return out.getvalue()


def flu_incidence(tmp_path: Path, header: str = "date,cases") -> Path:
    with open(SHARED_DATA / "epiestim_flu2009_incidence.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    path = tmp_path / "incidence.csv"
    if header == "date,cases":
        lines = [f"{r['date']},{r['I']}" for r in rows]
    else:
        lines = [f"{r['date']},{r['I']},0" for r in rows]
    path.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def expected_r() -> list[dict[str, str]]:
    with open(SHARED_DATA / "epiestim_flu2009_parametric_si_expected_R.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("header", ["date,cases", "date,local,imported"])
def test_rt_csv_matches_epiestim_reference(tmp_path: Path, header: str) -> None:
    inc = flu_incidence(tmp_path, header)
    out = forecast(
        "rt",
        "--incidence",
        str(inc),
        "--si-mean",
        "2.6",
        "--si-sd",
        "1.5",
        "--window",
        "7",
        "--format",
        "csv",
    )
    assert out.splitlines()[0] == RT_HEADER
    rows = list(csv.DictReader(io.StringIO(out)))
    expected = expected_r()
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected, strict=True):
        assert (got["t_start"], got["t_end"]) == (want["t_start"], want["t_end"])
        for ours, theirs in EPIESTIM.items():
            assert abs(float(got[ours]) - float(want[theirs])) < 1e-6, (got["t_start"], ours)


def test_rt_json_with_a_non_parametric_si(tmp_path: Path) -> None:
    inc = flu_incidence(tmp_path)
    from chongdich.epi.rt import discretise_gamma_si

    si = tmp_path / "si.csv"
    si.write_text("\n".join(repr(float(v)) for v in discretise_gamma_si(32, 2.6, 1.5)) + "\n")
    out = json.loads(
        forecast(
            "rt",
            "--incidence",
            str(inc),
            "--si-distr",
            str(si),
            "--window",
            "7",
            "--format",
            "json",
        )
    )
    assert list(out[0]) == RT_HEADER.split(",")
    for got, want in zip(out, expected_r(), strict=True):
        assert got["t_start"] == int(want["t_start"])
        assert abs(got["median"] - float(want["Median(R)"])) < 1e-6


def test_rt_refuses_a_bad_count_naming_the_line(tmp_path: Path) -> None:
    inc = tmp_path / "bad.csv"
    inc.write_text("date,cases\n2021-10-01,3\n2021-10-02,abc\n2021-10-03,4\n")
    with pytest.raises(CommandError, match="line 3, column cases"):
        forecast("rt", "--incidence", str(inc), "--si-mean", "4.7", "--si-sd", "2.9")


def test_rt_refuses_a_gap_in_the_dates(tmp_path: Path) -> None:
    inc = tmp_path / "gap.csv"
    inc.write_text("date,cases\n2021-10-01,3\n2021-10-03,5\n2021-10-04,4\n")
    with pytest.raises(CommandError, match="day by day"):
        forecast(
            "rt", "--incidence", str(inc), "--si-mean", "4.7", "--si-sd", "2.9", "--window", "1"
        )


def chime_params(tmp_path: Path, **changes: object) -> Path:
    params = {
        "population": 500000,
        "current_hospitalized": 100,
        "doubling_time": 6.0,
        "hospitalized": {"rate": 0.05, "days": 7},
        "icu": {"rate": 0.02, "days": 9},
        "ventilated": {"rate": 0.01, "days": 10},
        "infectious_days": 14,
        "market_share": 0.05,
        "relative_contact_rate": 0.15,
        "mitigation_date": "2020-03-28",
        "n_days": 60,
        "current_date": "2020-03-28",
        "recovered": 0,
    }
    params.update(changes)
    path = tmp_path / "chime.json"
    path.write_text(json.dumps(params))
    return path


def test_chime_json_reproduces_chime(tmp_path: Path) -> None:
    out = json.loads(forecast("chime", "--params", str(chime_params(tmp_path)), "--format", "json"))
    assert out["i_day"] == 43
    assert out["r_t"] == pytest.approx(2.307298374881539)
    assert out["r_naught"] == pytest.approx(2.7144686763312222)
    assert out["doubling_time_t"] == pytest.approx(7.764405988534983)
    assert out["beta"] == pytest.approx(3.880917128461658e-07)
    assert list(out["rows"][0]) == CHIME_COLUMNS.split(",")
    day0 = next(r for r in out["rows"] if r["day"] == 0)
    assert day0["date"] == "2020-03-28"
    assert round(day0["infected"]) == 45810


def test_chime_csv_columns(tmp_path: Path) -> None:
    out = forecast("chime", "--params", str(chime_params(tmp_path)), "--format", "csv")
    lines = out.splitlines()
    assert lines[0] == CHIME_COLUMNS
    assert len(lines) == 1 + 104
    assert lines[1].startswith("-43,2020-02-14,,,,0.0,")


def test_chime_refuses_unknown_names(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"unknown CHIME parameter.*doubling"):
        forecast("chime", "--params", str(chime_params(tmp_path, doubling=3)))


def test_rt_windows_before_the_si_mean_are_empty_as_epiestims_na(tmp_path: Path) -> None:
    inc = tmp_path / "short.csv"
    inc.write_text(
        "date,local,imported\n"
        + "".join(f"2021-10-{d:02d},{d},{1 if d == 3 else 0}\n" for d in range(1, 13))
    )
    out = forecast(
        "rt",
        "--incidence",
        str(inc),
        "--si-mean",
        "5.5",
        "--si-sd",
        "2",
        "--window",
        "2",
        "--format",
        "json",
    )
    rows = json.loads(out)
    assert [r["t_end"] for r in rows[:4]] == [3, 4, 5, 6]
    assert [r["mean_r"] is None for r in rows[:4]] == [True, True, True, False]
    csv_out = forecast(
        "rt",
        "--incidence",
        str(inc),
        "--si-mean",
        "5.5",
        "--si-sd",
        "2",
        "--window",
        "2",
        "--format",
        "csv",
    )
    assert csv_out.splitlines()[1] == "2,3" + "," * 9
