"""Projections: reporting-defect correction, renewal paths, baselines."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from chongdich.epi import projection as pj

from .shared_data import SHARED_DATA


def test_the_documented_bac_lieu_reporting_gaps_are_corrected() -> None:
    with open(SHARED_DATA / "vn_covid_baclieu_daily_2021-09_2021-12.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    raw = np.array([float(r["new_cases_ncsc_case_by_day_snapshot_2022_01_22"]) for r in rows])
    fixed = pj.correct_reporting_defects(raw)[0]
    changed = [rows[i]["date"] for i in np.flatnonzero(fixed != raw)]
    # shared/data/SOURCES.md: zeros that are reporting gaps.
    assert changed == ["2021-10-28", "2021-11-04", "2021-12-02"]
    assert all(fixed[i] > 100 for i in np.flatnonzero(fixed != raw))


def test_a_one_day_batch_report_is_not_read_as_an_outbreak() -> None:
    series = np.full(40, 100.0)
    series[20] = 151_919  # as Cà Mau on 2021-10-25
    fixed = pj.correct_reporting_defects(series)[0]
    assert fixed[20] == 100


def test_projection_of_a_steady_epidemic_stays_near_its_level() -> None:
    rng = np.random.default_rng(1)
    steady = rng.poisson(200, size=90).astype(float)
    p = pj.project_cases(steady, horizon=14, n_paths=400)
    assert 150 < p.median[0, 0] < 260
    assert np.all(p.lower[0.95] <= p.median) and np.all(p.median <= p.upper[0.95])
    # Intervals widen with the horizon.
    width = p.upper[0.9][0] - p.lower[0.9][0]
    assert width[-1] > width[0]


def test_a_growing_epidemic_is_projected_to_grow() -> None:
    growing = np.round(20 * 1.05 ** np.arange(60))
    p = pj.project_cases(growing, horizon=7, n_paths=400)
    assert p.median[0, 0] > growing[-7:].mean()
    assert p.r_shape[0] * p.r_scale[0] > 1.1


def test_baselines() -> None:
    x = np.arange(30, dtype=float)
    np.testing.assert_allclose(pj.persistence_forecast(x, 3)[0], [26, 26, 26])
    np.testing.assert_allclose(pj.linear_trend_forecast(x, 3)[0], [30, 31, 32])


def test_horizon_is_bounded() -> None:
    with pytest.raises(ValueError, match=r"horizon must be 1\.\.28"):
        pj.project_cases(np.ones(40), horizon=40)
