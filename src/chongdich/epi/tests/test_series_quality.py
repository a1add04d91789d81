"""Spikes and reporting gaps in daily series, on the real national portal series."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from chongdich.epi.series_quality import check_series

NATIONAL = (
    Path(__file__).resolve().parents[4].parent
    / "shared/data/vn_covid_province_daily_ncsc_2020-03-18_2022-01-22.csv"
)


def real_series(province: str) -> tuple[list[str], list[float]]:
    dates, values = [], []
    with NATIONAL.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["gso_code"] == province:
                dates.append(row["date"])
                values.append(float(row["new_cases"]) if row["new_cases"] else np.nan)
    return dates, values


def spikes(province: str) -> list[str]:
    dates, values = real_series(province)
    return [dates[p.index] for p in check_series(values)[1] if p.reason == "spike"]


@pytest.mark.skipif(not NATIONAL.exists(), reason="needs ../shared/data")
@pytest.mark.parametrize(
    ("province", "day"),
    [("96", "2021-10-25"), ("91", "2021-09-28"), ("80", "2021-07-23"), ("58", "2021-11-03")],
)
def test_the_known_defects_of_the_national_series_are_flagged(province: str, day: str) -> None:
    # Cà Mau 151,919 and Kiên Giang 49,170 in one day (SOURCES.md), Long An, Ninh Thuận.
    assert day in spikes(province)


@pytest.mark.skipif(not NATIONAL.exists(), reason="needs ../shared/data")
def test_a_real_surge_is_not_a_spike() -> None:
    # Hồ Chí Minh City, July 2021: thousands a day that stayed; an outbreak, not an error.
    assert not [d for d in spikes("79") if d.startswith("2021-07")]


def test_a_spike_is_corrected_to_the_median_before_it() -> None:
    values = [10.0] * 20 + [5000.0] + [12.0] * 10
    corrected, points = check_series(values)
    assert [(p.index, p.reason) for p in points] == [(20, "spike")]
    assert corrected[20] == 10.0
    assert corrected[21] == 12.0


def test_a_zero_gap_shares_the_next_report_and_keeps_the_total() -> None:
    values = [300.0] * 16 + [0.0, 0.0, 900.0] + [300.0] * 5
    corrected, points = check_series(values)
    assert [(p.index, p.reason) for p in points] == [(16, "zero_gap"), (17, "zero_gap")]
    assert corrected[16:19].tolist() == [300.0, 300.0, 300.0]
    assert corrected.sum() == sum(values)


def test_a_day_without_report_is_missing_not_zero() -> None:
    corrected, points = check_series([5.0, np.nan, 7.0])
    assert [(p.index, p.reason, p.raw) for p in points] == [(1, "missing", None)]
    assert not np.isnan(corrected).any()
    assert corrected.sum() == 12.0


def test_small_numbers_are_never_spikes() -> None:
    assert check_series([0.0] * 20 + [40.0] + [0.0] * 5)[1] == []


def test_negative_counts_are_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="negative"):
        check_series([1.0, -2.0])
