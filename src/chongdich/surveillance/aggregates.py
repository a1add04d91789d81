"""Reading daily totals reported per area (provinces that report totals, not line lists).

Two layouts are accepted, recognised from the header:

- the national portal's export: ``date,ncsc_id,gso_code,iso_3166_2,province,new_cases,new_deaths``
  (``../shared/data/vn_covid_province_daily_ncsc_2020-03-18_2022-01-22.csv``);
- our own: ``date,area,new_cases[,new_deaths]``, ``area`` an official code as in
  ``chongdich sitrep --area`` (``95``, ``95 954``..., ``2025:`` + a current code).

An empty ``new_cases`` is a day without a report: it is left out (a gap the data-quality
check will show), never stored as zero.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.errors import ErrorCode, RowError, ServiceError
from chongdich.geo.models import AdminUnit
from chongdich.geo.queries import resolve_area_code

from .models import CountSource

AREA_COLUMNS = ("area", "gso_code")


@dataclass
class AggregateFile:
    source: str
    rows: dict[AdminUnit, list[tuple[dt.date, int, int | None]]] = field(default_factory=dict)
    row_count: int = 0
    days_without_report: int = 0


def parse_date(text: str) -> dt.date:
    text = text.strip()
    if "/" in text:
        day, month, year = (int(p) for p in text.split("/"))
        return dt.date(year, month, day)
    return dt.date.fromisoformat(text)


def _count(text: str) -> int | None:
    text = text.strip().replace(".", "").replace(",", "")
    if text == "":
        return None
    value = int(text)  # ValueError for anything else
    if value < 0:
        raise ValueError(text)
    return value


def read_aggregate_file(content: str, *, source: str | None = None) -> AggregateFile:
    """Parse and check a whole file; any bad line refuses it, with every reason by line."""
    reader = csv.DictReader(io.StringIO(content.lstrip("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or []]
    area_column = next((c for c in AREA_COLUMNS if c in header), None)
    missing = [c for c in ("date", "new_cases") if c not in header]
    if area_column is None:
        missing.append("area")
    if missing or area_column is None:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("Missing columns: %(columns)s. Expected date,area,new_cases[,new_deaths].")
            % {"columns": ", ".join(missing)},
        )
    source = source or (CountSource.NCSC if "ncsc_id" in header else CountSource.MANUAL)
    if source not in CountSource.values:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown source “%(source)s”.") % {"source": source}
        )
    parsed = AggregateFile(source=source)
    errors: list[RowError] = []
    units: dict[str, AdminUnit | None] = {}
    seen: dict[tuple[int, dt.date], int] = {}
    rows: dict[AdminUnit, list[tuple[dt.date, int, int | None]]] = defaultdict(list)
    today = timezone.localdate()
    for line, raw in enumerate(reader, start=2):
        row = {k.strip(): (v or "") for k, v in raw.items() if k}
        parsed.row_count += 1
        code = row[area_column].strip()
        if code not in units:
            try:
                units[code] = resolve_area_code(code)
            except LookupError:
                units[code] = None
        unit = units[code]
        if unit is None:
            errors.append(
                RowError(line, area_column, _("Unknown area code “%(code)s”.") % {"code": code})
            )
            continue
        try:
            date = parse_date(row["date"])
        except ValueError:
            errors.append(
                RowError(line, "date", _("“%(value)s” is not a date.") % {"value": row["date"]})
            )
            continue
        if date > today:
            errors.append(
                RowError(line, "date", _("The date %(date)s is in the future.") % {"date": date})
            )
            continue
        try:
            cases = _count(row["new_cases"])
            deaths = _count(row.get("new_deaths", ""))
        except ValueError:
            column = "new_deaths" if _is_count(row["new_cases"]) else "new_cases"
            errors.append(
                RowError(line, column, _("“%(value)s” is not a count.") % {"value": row[column]})
            )
            continue
        first = seen.setdefault((unit.pk, date), line)
        if first != line:
            errors.append(
                RowError(line, "date", _("Same area and date as line %(line)d.") % {"line": first})
            )
            continue
        if cases is None:
            parsed.days_without_report += 1
            continue
        rows[unit].append((date, cases, deaths))
    if parsed.row_count == 0:
        raise ServiceError(ErrorCode.INVALID_FILE, _("The file has no data rows."))
    if errors:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("%(count)d row(s) are not valid; nothing was imported.") % {"count": len(errors)},
            details=[e.as_dict() for e in errors[:500]],
        )
    parsed.rows = dict(rows)
    return parsed


def _is_count(text: str) -> bool:
    try:
        _count(text)
    except ValueError:
        return False
    return True
