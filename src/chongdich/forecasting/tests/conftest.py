from __future__ import annotations

import csv
import datetime as dt
from typing import Any

import pytest

from chongdich.geo.reference import DATA_DIR


@pytest.fixture
def baclieu_counts(system: Any, baclieu: Any) -> Any:
    from chongdich.surveillance.services import import_daily_counts

    with (DATA_DIR / "vn_covid_baclieu_daily_2021-09_2021-12.csv").open(encoding="utf-8") as fh:
        rows = [
            (
                dt.date.fromisoformat(r["date"]),
                int(r["new_cases_ncsc_case_by_day_snapshot_2022_01_22"]),
                None,
            )
            for r in csv.DictReader(fh)
        ]
    import_daily_counts(baclieu, rows, source="ncsc", actor=system)
    return baclieu
