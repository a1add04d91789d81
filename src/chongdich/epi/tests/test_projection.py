"""Projections: reporting-defect correction, renewal paths, baselines."""

from __future__ import annotations

import numpy as np
import pytest

from chongdich.epi import projection as pj


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
