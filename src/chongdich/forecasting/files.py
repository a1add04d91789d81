"""Reading the CLI's input files and writing its outputs (the contract of issue 7).

``chongdich forecast rt``: incidence CSV with columns ``date,local[,imported]`` or
``date,cases``; ``--si-distr`` one probability per line from day 0. Output columns
``t_start,t_end,mean_r,std_r,q0025,q005,q025,median,q075,q095,q0975`` (1-based days).

``chongdich forecast chime``: CHIME's parameter names in a JSON object.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from typing import Any

import numpy as np
from django.utils import timezone

from chongdich.epi.chime import OUTPUT_COLUMNS, ChimeParameters, ChimeResult, Disposition
from chongdich.epi.rt import RtEstimate

RT_COLUMNS = (
    "t_start",
    "t_end",
    "mean_r",
    "std_r",
    "q0025",
    "q005",
    "q025",
    "median",
    "q075",
    "q095",
    "q0975",
)


class InputError(ValueError):
    """A problem in an input file, with the line it is on."""


def read_incidence(text: str) -> tuple[list[str], np.ndarray, np.ndarray | None]:
    """(dates, local, imported or None) from ``date,local[,imported]`` or ``date,cases``."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    fields = [f.strip() for f in reader.fieldnames or []]
    reader.fieldnames = fields
    if "date" not in fields or not ({"local", "cases"} & set(fields)):
        raise InputError(
            f"incidence columns must be date,local[,imported] or date,cases; got {','.join(fields)}"
        )
    local_col = "local" if "local" in fields else "cases"
    has_imported = "imported" in fields and local_col == "local"
    dates: list[str] = []
    local: list[float] = []
    imported: list[float] = []
    for line, row in enumerate(reader, start=2):
        dates.append((row.get("date") or "").strip())
        local.append(_count(row.get(local_col), line, local_col))
        if has_imported:
            imported.append(_count(row.get("imported"), line, "imported"))
    if len(dates) < 2:
        raise InputError(f"incidence needs at least 2 days, got {len(dates)}")
    _check_consecutive(dates)
    return dates, np.array(local), (np.array(imported) if has_imported else None)


def _count(raw: str | None, line: int, column: str) -> float:
    value = (raw or "").strip()
    try:
        number = float(value)
    except ValueError:
        raise InputError(f"line {line}, column {column}: not a number: {value!r}") from None
    if not math.isfinite(number) or number < 0:
        raise InputError(f"line {line}, column {column}: must be a count >= 0, got {value!r}")
    return number


def _check_consecutive(dates: list[str]) -> None:
    try:
        parsed = [dt.date.fromisoformat(d) for d in dates]
    except ValueError:
        return  # dates are labels only; EpiEstim works on day indexes
    for k in range(1, len(parsed)):
        if (parsed[k] - parsed[k - 1]).days != 1:
            raise InputError(
                f"line {k + 2}: dates must follow one another day by day "
                f"({dates[k - 1]} then {dates[k]})"
            )


def read_si_distr(text: str) -> np.ndarray:
    values = []
    for line, raw in enumerate(text.splitlines(), start=1):
        cell = raw.split(",")[0].strip()
        if not cell:
            continue
        try:
            values.append(float(cell))
        except ValueError:
            raise InputError(f"serial interval line {line}: not a number: {cell!r}") from None
    return np.array(values)


def rt_rows(estimate: RtEstimate, series: int = 0) -> list[dict[str, Any]]:
    rows = []
    for k in range(estimate.t_start.size):
        values = [estimate.mean[series, k], estimate.std[series, k], *estimate.quantiles[series, k]]
        row: dict[str, Any] = {
            "t_start": int(estimate.t_start[k]) + 1,
            "t_end": int(estimate.t_end[k]) + 1,
        }
        for name, value in zip(RT_COLUMNS[2:], values, strict=True):
            row[name] = None if not np.isfinite(value) else float(value)
        rows.append(row)
    return rows


def write_rows(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row[c] is None else _cell(row[c]) for c in columns])
    return out.getvalue().rstrip("\n")


def _cell(value: Any) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def parse_chime_params(data: Any) -> ChimeParameters:
    if not isinstance(data, dict):
        raise InputError("the CHIME parameters must be a JSON object")
    known = {
        "population",
        "current_hospitalized",
        "doubling_time",
        "date_first_hospitalized",
        "hospitalized",
        "icu",
        "ventilated",
        "infectious_days",
        "market_share",
        "relative_contact_rate",
        "mitigation_date",
        "n_days",
        "current_date",
        "recovered",
    }
    unknown = sorted(set(data) - known)
    if unknown:
        raise InputError(f"unknown CHIME parameter(s): {', '.join(unknown)}")
    for name in ("population", "current_hospitalized", "hospitalized", "icu", "ventilated"):
        if name not in data:
            raise InputError(f"missing CHIME parameter: {name}")
    try:
        return ChimeParameters(
            population=int(data["population"]),
            current_hospitalized=int(data["current_hospitalized"]),
            hospitalized=_disposition(data, "hospitalized"),
            icu=_disposition(data, "icu"),
            ventilated=_disposition(data, "ventilated"),
            current_date=_date(data, "current_date") or timezone.localdate(),
            doubling_time=_optional_float(data, "doubling_time"),
            date_first_hospitalized=_date(data, "date_first_hospitalized"),
            infectious_days=int(data.get("infectious_days", 14)),
            market_share=float(data.get("market_share", 1.0)),
            relative_contact_rate=float(data.get("relative_contact_rate", 0.0)),
            mitigation_date=_date(data, "mitigation_date"),
            n_days=int(data.get("n_days", 100)),
            recovered=int(data.get("recovered", 0)),
        )
    except (TypeError, ValueError) as exc:
        raise InputError(str(exc)) from exc


def _disposition(data: dict[str, Any], name: str) -> Disposition:
    value = data[name]
    if not isinstance(value, dict) or set(value) != {"rate", "days"}:
        raise InputError(f'{name} must be {{"rate": ..., "days": ...}}, got {value!r}')
    return Disposition(rate=float(value["rate"]), days=int(value["days"]))


def _optional_float(data: dict[str, Any], name: str) -> float | None:
    value = data.get(name)
    return None if value is None else float(value)


def _date(data: dict[str, Any], name: str) -> dt.date | None:
    value = data.get(name)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{name} must be a date YYYY-MM-DD, got {value!r}") from None


def chime_rows(result: ChimeResult) -> list[dict[str, Any]]:
    rows = []
    for k, day in enumerate(result.columns["day"]):
        row: dict[str, Any] = {"day": int(day), "date": result.dates[k].isoformat()}
        for name in OUTPUT_COLUMNS[2:]:
            value = float(result.columns[name][k])
            row[name] = value if math.isfinite(value) else None
        rows.append(row)
    return rows


def chime_json(result: ChimeResult) -> str:
    return json.dumps(
        {
            "i_day": result.i_day,
            "r_t": result.r_t,
            "r_naught": result.r_naught,
            "doubling_time_t": result.doubling_time_t,
            "beta": result.beta,
            "beta_t": result.beta_t,
            "doubling_time": result.doubling_time,
            "date_first_hospitalized": result.date_first_hospitalized.isoformat(),
            "rows": chime_rows(result),
        }
    )
