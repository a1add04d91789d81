"""A running total at an earlier cut-off than the day's count ("Như vậy, trong ngày 6/8, Việt
Nam ghi nhận 8.324 ca nhiễm mới …" and "Tính đến chiều ngày 5/8, Việt Nam có 185.057 ca"):
one record has one `as_of`, so the day's count stands and the total of the other cut-off is
left out (docs/intake-annotation.md, "Running totals at another cut-off than the day's
count"). The country's bulletins only."""

from __future__ import annotations

import datetime as dt

from .stat_collector import StatCollector


def without_totals_of_an_earlier_cutoff(
    stats: StatCollector, total_days: dict[str, dt.date]
) -> None:
    """Drop the `cumulative_cases` the country's day's count dates later than the total's own
    day (the country's only: a province's day is often dated by the page, "Hôm qua, tỉnh …
    ghi nhận 23 ca", where its total's day is the one written)."""
    for province, day in total_days.items():
        if province != "national":
            continue
        record = stats.by_province.get(province)
        if record is None or record.get("new_cases_24h") is None or not record.get("as_of"):
            continue
        try:
            as_of = dt.date.fromisoformat(record["as_of"])
        except ValueError:
            continue
        if day < as_of and record.get("cumulative_cases") is not None:
            record["cumulative_cases"] = None
            record["cumulative_is_lower_bound"] = None
            record["spans"].pop("cumulative_cases", None)
            record["spans"].pop("cumulative_is_lower_bound", None)
